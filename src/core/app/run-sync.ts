// One step of a sync: fetch what its filter holds, guard the row and cell limits, commit, record, report.
import type { CardsFilterInput, LastRun, RunResult, Sync } from '../../shared/contract';
import { searchAllCards } from '../crm/card-search';
import type { MiniCrmClient } from '../crm/client';
import { AppError, badInput, formatError, isAppError, notFound } from '../errors';
import { RUN_MESSAGES } from '../i18n/run-messages';
import { Library, type StoredFilter } from '../store/library';
import { cardTable, columnsFor, type Table } from '../sync/card-table';
import { checkCellLimit, commitTable, targetSheet } from '../sync/commit';
import { requireClient } from './connection';
import type { AppContext } from './context';
import { MAX_ROW_LIMIT } from './syncs';

/** How long a run waits for another run of the same spreadsheet to finish before saying it is busy. */
export const LOCK_WAIT_MS = 10_000;

/** What fetching produced: a table to write, and how the source compares with the limit. */
interface Fetched {
  table: Table;
  total: number;
  truncated: boolean;
}

function fetchCards(client: MiniCrmClient, filter: CardsFilterInput, sync: Sync): Fetched {
  const limit = Math.min(sync.rowLimit ?? MAX_ROW_LIMIT, MAX_ROW_LIMIT);
  const search = searchAllCards(client, filter, {
    maxRows: limit,
    keepFirstRowsWhenOver: sync.overLimit === 'truncate',
  });
  if (search.partial && sync.overLimit !== 'truncate') {
    throw new AppError('ROW_LIMIT', { total: search.total, limit });
  }
  const schema = client.projectSchema(filter.moduleId);
  const table = cardTable(schema, search.rows, columnsFor(sync, filter.fields));
  return { table, total: search.total, truncated: search.partial };
}

function fetchTable(client: MiniCrmClient, filter: StoredFilter, sync: Sync): Fetched {
  switch (filter.kind) {
    case 'cards':
      if (filter.fields && filter.fields.length) {
        throw badInput('fields', 'onlySummaryFieldsYet');
      }
      return fetchCards(client, filter, sync);
    default:
      throw badInput('filter', 'kindNotSyncedYet');
  }
}

/** Runs one step of a sync and records it; failures come back as a result, not a throw. */
export function runSync(context: AppContext, syncId: string): RunResult {
  const library = new Library(context.documentStore);
  const sync = library.sync(String(syncId));
  if (!sync) throw notFound('theSync');
  if (!context.lock.tryAcquire(LOCK_WAIT_MS)) {
    return {
      state: 'stopped',
      code: 'BUSY',
      rows: library.runRecord(sync.id).block?.rows ?? 0,
      requests: 0,
      message: formatError(new AppError('BUSY'), context.language),
    };
  }
  let client: MiniCrmClient | null = null;
  const record = library.runRecord(sync.id);
  const rowsBefore = Math.max(0, (record.block?.rows ?? 1) - 1);
  let result: RunResult;
  try {
    const filter = library.filter(sync.filterId);
    if (!filter) throw notFound('theSavedFilter');
    client = requireClient(context);
    const fetched = fetchTable(client, filter, sync);
    const sheet = targetSheet(context.workbook, sync.sheetName, record.block);
    const blockSize = { rows: fetched.table.rows.length + 1, columns: fetched.table.header.length };
    checkCellLimit(context.workbook, sheet, blockSize);
    record.block = commitTable(sheet, fetched.table, record.block);
    const rows = fetched.table.rows.length;
    const params = {
      rows,
      total: fetched.total,
      sheet: sync.sheetName,
      requests: client.requests,
      limit: sync.rowLimit ?? MAX_ROW_LIMIT,
    };
    const message = RUN_MESSAGES[fetched.truncated ? 'truncated' : 'written'][context.language](params);
    result = { state: 'done', rows, totalRows: fetched.total, requests: client.requests, message };
    if (fetched.truncated) result.code = 'ROW_LIMIT';
  } catch (error) {
    if (!isAppError(error))
      context.log.warn(
        `runSync ${sync.id}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    const appError = isAppError(error) ? error : new AppError('INTERNAL');
    const stopped =
      appError.code === 'ROW_LIMIT' || appError.code === 'CELL_LIMIT' || appError.code === 'SHEET_NOT_EMPTY';
    result = {
      state: stopped ? 'stopped' : 'failed',
      code: appError.code,
      rows: rowsBefore,
      requests: client?.requests ?? 0,
      message: formatError(appError, context.language),
    };
    if (appError.code === 'ROW_LIMIT' && typeof appError.params.total === 'number')
      result.totalRows = appError.params.total;
  } finally {
    context.lock.release();
  }
  const lastRun: LastRun = {
    at: new Date(context.clock.now()).toISOString(),
    state: result.state,
    rows: result.rows,
    message: result.message,
  };
  library.saveRunRecord(sync.id, { ...record, lastRun });
  return result;
}
