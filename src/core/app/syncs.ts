// Syncs bind one saved filter to one sheet: create, update, delete (the sheet's data stays).
import type { Sync, SyncInput } from '../../shared/contract';
import { AppError, badInput, notFound } from '../errors';
import type { PhraseKey } from '../i18n/phrases';
import { newId } from '../store/ids';
import { Library } from '../store/library';
import { Mirror } from '../sync/mirror';
import type { AppContext } from './context';

/** MiniCRM's own shared-filter sync stops at 8000 rows; so does ours, by default and at most. */
export const MAX_ROW_LIMIT = 8000;
const MODES = ['replace', 'append', 'upsert'] as const;

function bad(field: PhraseKey, problem: PhraseKey): AppError {
  return badInput(field, problem);
}

/** Checks a sync's settings and fills in the defaults. */
export function validateSyncInput(input: Partial<SyncInput>, library: Library, ownId?: string): SyncInput {
  if (input === null || typeof input !== 'object') throw bad('sync', 'empty');
  const filterId = typeof input.filterId === 'string' ? input.filterId : '';
  if (!library.filter(filterId)) throw bad('filter', 'chooseSavedFilter');
  const sheetName = typeof input.sheetName === 'string' ? input.sheetName.trim() : '';
  if (!sheetName || sheetName.length > 100) throw bad('sheetName', 'oneTo100Characters');
  if (
    library
      .syncs()
      .some(sync => sync.id !== ownId && sync.sheetName.toLowerCase() === sheetName.toLowerCase())
  ) {
    throw bad('sheetName', 'sheetTaken');
  }
  const mode = input.mode ?? 'replace';
  if (!MODES.includes(mode)) throw bad('mode', 'pickMode');
  const rowLimit = input.rowLimit ?? MAX_ROW_LIMIT;
  if (!Number.isInteger(rowLimit) || rowLimit < 1 || rowLimit > MAX_ROW_LIMIT) {
    throw bad('rowLimit', 'rowLimitRange');
  }
  const overLimit = input.overLimit ?? 'stop';
  if (overLimit !== 'stop' && overLimit !== 'truncate') throw bad('overLimit', 'pickOverLimit');
  const columns = input.columns;
  if (
    columns !== undefined &&
    (!Array.isArray(columns) ||
      !columns.every(
        c =>
          c && typeof c.key === 'string' && c.key && (c.header === undefined || typeof c.header === 'string'),
      ))
  ) {
    throw bad('columns', 'chooseFromList');
  }
  const filter = library.filter(filterId);
  if (mode === 'upsert' && filter?.kind === 'documents' && filter.items)
    throw bad('mode', 'upsertNeedsUniqueKeys');
  const sync: SyncInput = {
    filterId,
    sheetName,
    mode,
    rowLimit,
    overLimit,
    scheduled: input.scheduled !== false,
  };
  if (columns && columns.length)
    sync.columns = columns.map(c => (c.header ? { key: c.key, header: c.header } : { key: c.key }));
  return sync;
}

/** Creates a sync. */
export function createSync(context: AppContext, input: SyncInput): Sync {
  const library = new Library(context.documentStore);
  const clean = validateSyncInput(input, library);
  const id = newId('s', context.clock.now(), taken => library.sync(taken) !== null);
  const sync: Sync = { ...clean, id };
  library.saveSync(sync);
  return sync;
}

/** Changes some settings of a sync. */
export function updateSync(context: AppContext, id: string, patch: Partial<SyncInput>): Sync {
  const library = new Library(context.documentStore);
  const current = library.sync(String(id));
  if (!current) throw notFound('theSync');
  const { id: _ignored, ...settings } = current;
  const clean = validateSyncInput({ ...settings, ...(patch ?? {}) }, library, current.id);
  const sync: Sync = { ...clean, id: current.id };
  library.saveSync(sync);
  if (clean.sheetName !== current.sheetName) {
    // The block belonged to the old sheet: the new one is checked afresh before anything is written there.
    const { block: _old, ...record } = library.runRecord(current.id);
    library.saveRunRecord(current.id, record);
  }
  return sync;
}

/** Deletes a sync; the sheet keeps its data. */
export function deleteSync(context: AppContext, id: string): null {
  const library = new Library(context.documentStore);
  if (!library.sync(String(id))) throw notFound('theSync');
  library.deleteSync(id);
  Mirror.remove(context.workbook, id);
  return null;
}

/** Every sync of the spreadsheet. */
export function listSyncs(context: AppContext): Sync[] {
  return new Library(context.documentStore).syncs();
}
