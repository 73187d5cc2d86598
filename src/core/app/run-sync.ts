// One step of a sync: fetch what its filter holds (in steps when it is large), guard, commit, record, report.
import type { CardsFilterInput, LastRun, RunResult, Sync } from '../../shared/contract';
import type { MiniCrmClient } from '../crm/client';
import { AppError, formatError, isAppError, notFound } from '../errors';
import { RUN_MESSAGES, type RunFacts } from '../i18n/run-messages';
import { Library, type RunRecord, type StoredFilter } from '../store/library';
import { cardTable, columnsFor, type Table } from '../sync/card-table';
import { cardStep, markCommitted, type CardSyncState } from '../sync/card-step';
import {
  checkTarget,
  checkUniqueKeys,
  commitAppend,
  commitReplace,
  commitUpsert,
  plannedBlock,
  type CommitOutcome,
} from '../sync/commit';
import { documentStep } from '../sync/document-source';
import { logRun } from '../sync/run-log';
import { sharedTable } from '../sync/shared-source';
import { feedClient, requireClient } from './connection';
import type { AppContext } from './context';
import { MAX_ROW_LIMIT } from './syncs';

/** How long a run waits for another run of the same spreadsheet to finish before saying it is busy. */
export const LOCK_WAIT_MS = 10_000;

/** Who started a run. */
export type RunOrigin = 'manual' | 'scheduled';

/** What fetching produced: a table ready to commit, or work still in progress. */
type Fetched =
  | { kind: 'table'; table: Table; total: number; truncated: boolean; onCommitted?: () => void }
  | { kind: 'running'; fetched: number; total: number };

function fetchCards(
  context: AppContext,
  client: MiniCrmClient,
  filter: CardsFilterInput,
  sync: Sync,
  state: CardSyncState,
): Fetched {
  const limit = Math.min(sync.rowLimit ?? MAX_ROW_LIMIT, MAX_ROW_LIMIT);
  const columns = columnsFor(sync, filter.fields);
  const step = cardStep(
    {
      client,
      workbook: context.workbook,
      clock: context.clock,
      syncId: sync.id,
      filter,
      fields: columns.map(column => column.key),
      rowLimit: limit,
      truncate: sync.overLimit === 'truncate',
    },
    state,
  );
  if (step.kind === 'over-limit') throw new AppError('ROW_LIMIT', { total: step.total, limit });
  if (step.kind === 'running') return step;
  const schema = client.projectSchema(filter.moduleId);
  return {
    kind: 'table',
    table: cardTable(schema, step.records, columns),
    total: step.total,
    truncated: step.truncated,
    onCommitted: () => markCommitted(state, step),
  };
}

/** Keeps and renames the columns a sync chose, by header (documents' fields, `Item: …`). */
function selectColumns(table: Table, sync: Sync): Table {
  if (!sync.columns?.length) return table;
  const indexes = sync.columns.map(column => table.header.indexOf(column.key));
  return {
    header: sync.columns.map(column => column.header?.trim() || column.key),
    rows: table.rows.map(row => indexes.map(index => (index >= 0 ? row[index] : { value: '' }))),
  };
}

function fetchTable(
  context: AppContext,
  client: MiniCrmClient,
  filter: StoredFilter,
  sync: Sync,
  record: RunRecord,
): Fetched {
  const limit = Math.min(sync.rowLimit ?? MAX_ROW_LIMIT, MAX_ROW_LIMIT);
  const truncate = sync.overLimit === 'truncate';
  switch (filter.kind) {
    case 'cards':
      record.cards ??= {};
      return fetchCards(context, client, filter, sync, record.cards);
    case 'shared':
      return { kind: 'table', ...sharedTable(client, filter, sync, limit, truncate) };
    case 'documents': {
      const input = {
        client,
        workbook: context.workbook,
        clock: context.clock,
        syncId: sync.id,
        filter,
        rowLimit: limit,
        truncate,
      };
      const result = documentStep(input);
      return result.kind === 'running'
        ? result
        : { ...result, kind: 'table', table: selectColumns(result.table, sync) };
    }
  }
}

/**
 * Commits the table. Before the sheet is touched, the run record already claims the union of the old and the
 * new block: if the execution dies or a later save fails, the next run still clears all that this one wrote.
 */
function commit(
  context: AppContext,
  library: Library,
  sync: Sync,
  table: Table,
  record: RunRecord,
): CommitOutcome {
  const mode = sync.mode ?? 'replace';
  // A target sheet someone deleted is new again: its old block means nothing there.
  const previous = context.workbook.sheet(sync.sheetName) ? record.block : undefined;
  const planned = plannedBlock(table, mode, previous);
  const existing = checkTarget(context.workbook, sync.sheetName, previous, planned);
  if (mode === 'upsert') checkUniqueKeys(table);
  const claimed = {
    rows: Math.max(previous?.rows ?? 0, planned.rows),
    columns: Math.max(previous?.columns ?? 0, planned.columns),
  };
  library.saveRunRecord(sync.id, { ...record, block: claimed });
  record.block = claimed;
  const sheet = existing ?? context.workbook.createSheet(sync.sheetName);
  if (mode === 'append') return commitAppend(sheet, table, previous, new Date(context.clock.now()));
  if (mode === 'upsert') return commitUpsert(sheet, table, previous);
  return commitReplace(sheet, table, previous);
}

function messageFor(context: AppContext, sync: Sync, facts: RunFacts, truncated: boolean): string {
  const mode = sync.mode ?? 'replace';
  const kind = truncated
    ? 'truncated'
    : mode === 'append'
      ? 'appended'
      : mode === 'upsert'
        ? 'upserted'
        : 'written';
  return RUN_MESSAGES[kind][context.language](facts);
}

/** Does the step's work; failures come back as AppErrors for `runSync` to report. */
function step(
  context: AppContext,
  library: Library,
  sync: Sync,
  record: RunRecord,
  client: { current: MiniCrmClient | null },
): RunResult {
  const filter = library.filter(sync.filterId);
  if (!filter) throw notFound('theSavedFilter');
  // A pasted shared code carries its own secret (the Hash): it needs no MiniCRM sign-in.
  client.current = filter.kind === 'shared' ? feedClient(context, filter.code) : requireClient(context);
  const fetched = fetchTable(context, client.current, filter, sync, record);
  const requests = () => client.current?.requests ?? 0;
  const rowsBefore = Math.max(0, (record.block?.rows ?? 1) - 1);
  const facts: RunFacts = {
    rows: rowsBefore,
    total: 0,
    sheet: sync.sheetName,
    requests: 0,
    limit: sync.rowLimit ?? MAX_ROW_LIMIT,
    added: 0,
    updated: 0,
    removed: 0,
    fetched: 0,
  };
  if (fetched.kind === 'running') {
    Object.assign(facts, { fetched: fetched.fetched, total: fetched.total, requests: requests() });
    return {
      state: 'running',
      rows: rowsBefore,
      totalRows: fetched.total,
      requests: requests(),
      message: RUN_MESSAGES.running[context.language](facts),
    };
  }
  const outcome = commit(context, library, sync, fetched.table, record);
  record.block = outcome.block;
  fetched.onCommitted?.();
  Object.assign(facts, {
    rows: outcome.rows,
    total: fetched.total,
    requests: requests(),
    added: outcome.added,
    updated: outcome.updated,
    removed: outcome.removed,
  });
  const result: RunResult = {
    state: 'done',
    rows: outcome.rows,
    totalRows: fetched.total,
    requests: requests(),
    message: messageFor(context, sync, facts, fetched.truncated),
  };
  if (fetched.truncated) result.code = 'ROW_LIMIT';
  return result;
}

/** Runs one step of a sync and records it; failures come back as a result, not a throw. */
export function runSync(context: AppContext, syncId: string, origin: RunOrigin = 'manual'): RunResult {
  const library = new Library(context.documentStore);
  const sync = library.sync(String(syncId));
  if (!sync) throw notFound('theSync');
  const startedAt = context.clock.now();
  if (!context.lock.tryAcquire(LOCK_WAIT_MS)) {
    const rows = Math.max(0, (library.runRecord(sync.id).block?.rows ?? 1) - 1);
    return {
      state: 'stopped',
      code: 'BUSY',
      rows,
      requests: 0,
      message: formatError(new AppError('BUSY'), context.language),
    };
  }
  const client: { current: MiniCrmClient | null } = { current: null };
  let result: RunResult;
  let record: RunRecord = library.runRecord(sync.id);
  const working = structuredCloneJson(record);
  try {
    result = step(context, library, sync, working, client);
    record = working;
  } catch (error) {
    // The card state goes with the mirror sheet, which the step already wrote; the block is the one claimed
    // before any write to the sheet (unchanged when nothing was written).
    record = { ...record, cards: working.cards, block: working.block };
    if (!isAppError(error))
      context.log.warn(
        `runSync ${sync.id}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    const appError = isAppError(error) ? error : new AppError('INTERNAL');
    // Out of time: what was fetched is kept (mirror, pending state), so the work goes on at the next step.
    const outOfTime = appError.code === 'TIME_BUDGET';
    const stopped =
      appError.code === 'ROW_LIMIT' || appError.code === 'CELL_LIMIT' || appError.code === 'SHEET_NOT_EMPTY';
    result = {
      state: outOfTime ? 'running' : stopped ? 'stopped' : 'failed',
      code: appError.code,
      rows: Math.max(0, (record.block?.rows ?? 1) - 1),
      requests: client.current?.requests ?? 0,
      message: formatError(appError, context.language),
    };
    if (appError.code === 'ROW_LIMIT' && typeof appError.params.total === 'number')
      result.totalRows = appError.params.total;
  }
  try {
    const fullCheck = record.cards?.lastFullCheckAt;
    if (fullCheck !== undefined) result.lastFullCheckAt = new Date(fullCheck).toISOString();
    const lastRun: LastRun = {
      at: new Date(context.clock.now()).toISOString(),
      state: result.state,
      rows: result.rows,
      message: result.message,
      requests: result.requests,
      durationMs: context.clock.now() - startedAt,
      origin,
    };
    if (result.code) lastRun.code = result.code;
    if (result.totalRows !== undefined) lastRun.totalRows = result.totalRows;
    if (result.lastFullCheckAt) lastRun.lastFullCheckAt = result.lastFullCheckAt;
    try {
      library.saveRunRecord(sync.id, { ...record, lastRun });
    } catch (error) {
      // The sheet may already hold the new rows (the block was claimed before writing); say why the run
      // could not be recorded rather than letting the error escape a scheduled run.
      const appError = isAppError(error) ? error : new AppError('INTERNAL');
      result = {
        ...result,
        state: 'failed',
        code: appError.code,
        message: formatError(appError, context.language),
      };
    }
    logRunSafely(context, {
      at: new Date(context.clock.now()),
      sheet: sync.sheetName,
      startedBy: origin,
      result,
      durationMs: context.clock.now() - startedAt,
    });
  } finally {
    context.lock.release();
  }
  return result;
}

/** The run log is a convenience: a log that cannot be written (a full spreadsheet) never fails the run. */
function logRunSafely(context: AppContext, entry: Parameters<typeof logRun>[1]): void {
  try {
    logRun(context.workbook, entry);
  } catch (error) {
    context.log.warn(`run log not written: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A deep copy of JSON data (the run record), so a failed step leaves the stored one untouched. */
function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
