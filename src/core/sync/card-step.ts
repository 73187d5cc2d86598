// One step of a card sync: list or catch up on changes, fetch details within the time budget, or say it is done.
import type { CardsFilterInput } from '../../shared/contract';
import { cardSearchQuery, matchesFilter, searchAllCards } from '../crm/card-search';
import type { MiniCrmClient, Query } from '../crm/client';
import { readAllPages } from '../crm/paging';
import { labelOf, type ModuleSchema } from '../crm/schema';
import type { Clock, WorkbookPort } from '../ports';
import { formatBudapestWallTime } from '../time/budapest';
import { Mirror, type MirrorRecords } from './mirror';
import { fetchIntoMirror, type StagedFetch } from './staged-fetch';

/** Fields every card search row carries; anything else needs one detail request per card. */
export const SEARCH_ROW_FIELDS = new Set([
  'Id',
  'Name',
  'Url',
  'ContactId',
  'StatusId',
  'UserId',
  'Deleted',
  'BusinessId',
]);
/**
 * How far back an incremental run looks before the last one started: clock skew, slow saves, and the autumn
 * hour that Budapest wall time (which MiniCRM compares) lives through twice.
 */
export const UPDATED_SINCE_OVERLAP_MS = 75 * 60_000;
/** A full pass catches cards purged outright and filters MiniCRM cannot check incrementally. */
export const FULL_CHECK_INTERVAL_MS = 24 * 3_600_000;

/** What a card sync remembers between runs (stored with its run record). */
export interface CardSyncState {
  /** What the mirror holds (query and fields); a change means the mirror is rebuilt. */
  fieldsKey?: string;
  /** When the listing of the last committed run started (epoch ms): changes since then are fetched next. */
  lastSuccessAt?: number;
  /** When the last full pass started. */
  lastFullCheckAt?: number;
  /** A run in progress: its listing is done, details are being fetched. */
  pending?: { listedAt: number; fullCheck: boolean; total: number };
}

/** The outcome of a step. */
export type CardStep =
  | { kind: 'running'; fetched: number; total: number }
  | {
      kind: 'ready';
      records: Record<string, unknown>[];
      total: number;
      truncated: boolean;
      listedAt: number;
      fullCheck: boolean;
    }
  | { kind: 'over-limit'; total: number };

/** What a step needs. */
export interface CardStepInput {
  client: MiniCrmClient;
  workbook: WorkbookPort;
  clock: Clock;
  syncId: string;
  filter: CardsFilterInput;
  /** The field keys the sheet shows. */
  fields: string[];
  rowLimit: number;
  truncate: boolean;
  /** Run a full pass now even if one ran today. */
  forceFullCheck?: boolean;
}

/** Whether the sync needs each card's details (fields beyond the search row). */
export function needsDetails(fields: string[]): boolean {
  return fields.some(field => !SEARCH_ROW_FIELDS.has(field));
}

/** The fields kept per card in the mirror: the shown ones plus Id. */
function keptFields(fields: string[]): string[] {
  return [...new Set(['Id', ...fields])];
}

function pick(record: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of fields) if (field in record) picked[field] = record[field];
  return picked;
}

/** Identifies what the mirror holds, so a changed filter or field choice rebuilds it. */
export function cardFieldsKey(
  filter: CardsFilterInput,
  fields: string[],
  rowLimit: number,
  truncate: boolean,
): string {
  return JSON.stringify({
    query: cardSearchQuery(filter),
    statusIds: filter.statusIds,
    userIds: filter.userIds,
    fields: keptFields(fields).sort(),
    rowLimit,
    truncate,
  });
}

/**
 * Whether a card's stored details disagree with its search row (name, contact, status, owner): a change the
 * incremental runs missed, caught by the full check, which then fetches those details again.
 */
function staleDetails(
  schema: ModuleSchema,
): (row: Record<string, unknown>, record: Record<string, unknown>) => boolean {
  return (row, record) =>
    ['Name', 'ContactId'].some(
      key => key in record && String(record[key] ?? '') !== String(row[key] ?? ''),
    ) ||
    ['StatusId', 'UserId'].some(
      key => key in record && String(record[key] ?? '') !== labelOf(schema, key, row[key]),
    );
}

function readAll(client: MiniCrmClient, query: Query): Record<string, unknown>[] {
  return readAllPages(pages => client.searchProjectPages(query, pages), {
    maxRows: Number.MAX_SAFE_INTEGER,
    keepFirstRowsWhenOver: true,
  }).rows;
}

/**
 * Brings the mirror up to date with MiniCRM's list: a full pass (every matching card, purged ones dropped)
 * when due, then the changes since the last run — cards updated since then that match the filter (added
 * or refreshed), those updated that no longer match (removed), and those trashed (removed).
 */
function list(
  input: CardStepInput,
  state: CardSyncState,
  records: MirrorRecords,
  fullCheck: boolean,
): { over?: number; total: number } {
  const { client, filter } = input;
  const query = cardSearchQuery(filter);
  const fields = keptFields(input.fields);
  const detailed = needsDetails(input.fields);
  const narrow = (filter.statusIds?.length ?? 0) > 1 || (filter.userIds?.length ?? 0) > 1;
  let sourceTotal = 0;
  const accept = (row: Record<string, unknown>) => {
    const id = Number(row.Id);
    if (!detailed) records.set(id, pick(row, fields));
    else records.set(id, null);
  };
  if (fullCheck) {
    const listing = searchAllCards(client, filter, {
      maxRows: input.rowLimit,
      keepFirstRowsWhenOver: input.truncate,
    });
    if (listing.partial && !input.truncate) return { over: listing.total, total: listing.total };
    sourceTotal = listing.total;
    const listed = new Set(listing.rows.map(row => Number(row.Id)));
    for (const id of [...records.keys()]) if (!listed.has(id)) records.delete(id);
    const stale = detailed ? staleDetails(client.projectSchema(filter.moduleId)) : () => true;
    for (const row of listing.rows) {
      const record = records.get(Number(row.Id));
      if (!detailed || !record || stale(row, record)) accept(row);
    }
  }
  if (state.lastSuccessAt !== undefined) {
    const since = formatBudapestWallTime(state.lastSuccessAt - UPDATED_SINCE_OVERLAP_MS);
    const sinceForFilter = filter.updatedSince && filter.updatedSince > since ? filter.updatedSince : since;
    const matching = readAll(client, { ...query, UpdatedSince: sinceForFilter }).filter(
      row => !narrow || matchesFilter(filter, row),
    );
    const matchingIds = new Set(matching.map(row => Number(row.Id)));
    for (const row of readAll(client, { CategoryId: filter.moduleId, UpdatedSince: since })) {
      if (!matchingIds.has(Number(row.Id))) records.delete(Number(row.Id));
    }
    for (const row of readAll(client, { CategoryId: filter.moduleId, Deleted: 1, UpdatedSince: since }))
      records.delete(Number(row.Id));
    for (const row of matching) accept(row);
  }
  const total = Math.max(sourceTotal, records.size);
  if (records.size > input.rowLimit) {
    if (!input.truncate) return { over: records.size, total };
    const keep = [...records.keys()].sort((a, b) => a - b).slice(0, input.rowLimit);
    const kept = new Set(keep);
    for (const id of [...records.keys()]) if (!kept.has(id)) records.delete(id);
  }
  return { total };
}

/** Fetches missing details in parallel batches until done or out of time; purged cards leave the mirror. */
function fetchDetails(input: CardStepInput, mirror: Mirror, records: MirrorRecords): void {
  const fields = keptFields(input.fields);
  const job: StagedFetch<Record<string, unknown>> = {
    ids: [...records.keys()].filter(id => records.get(id) === null).sort((a, b) => a - b),
    fetchBatch: batch => input.client.projects(batch),
    fetchOne: id => input.client.project(id),
    store: (id, detail) => {
      if (detail === null || Number(detail.Deleted) === 1) records.delete(id);
      else records.set(id, pick(detail, fields));
    },
  };
  fetchIntoMirror(job, mirror, records, input.clock);
}

/** Runs one step of a card sync and updates `state` (the caller stores it). */
export function cardStep(input: CardStepInput, state: CardSyncState): CardStep {
  const fieldsKey = cardFieldsKey(input.filter, input.fields, input.rowLimit, input.truncate);
  if (!Mirror.find(input.workbook, input.syncId)) {
    // No mirror (first run, or someone deleted the hidden sheet): whatever the state says, start afresh.
    delete state.fieldsKey;
    delete state.pending;
  }
  const mirror = Mirror.open(input.workbook, input.syncId);
  let records = mirror.load();
  if (!state.pending || state.fieldsKey !== fieldsKey) {
    const listedAt = input.clock.now();
    const rebuild = state.fieldsKey !== fieldsKey;
    if (rebuild) {
      records = new Map();
      delete state.lastSuccessAt;
    }
    // A truncated sync lists in full every run: only the listing knows how many rows MiniCRM really holds.
    const fullCheck =
      rebuild ||
      input.truncate ||
      input.forceFullCheck === true ||
      listedAt - (state.lastFullCheckAt ?? 0) >= FULL_CHECK_INTERVAL_MS;
    const { over, total } = list(input, state, records, fullCheck);
    if (over !== undefined) return { kind: 'over-limit', total: over };
    mirror.save(records);
    state.fieldsKey = fieldsKey;
    state.pending = { listedAt, fullCheck, total };
  }
  const missingBefore = [...records.values()].filter(record => record === null).length;
  if (missingBefore > 0) {
    fetchDetails(input, mirror, records);
    const missing = [...records.values()].filter(record => record === null).length;
    if (missing > 0) return { kind: 'running', fetched: records.size - missing, total: records.size };
  }
  const pending = state.pending ?? { listedAt: input.clock.now(), fullCheck: false, total: records.size };
  const ids = [...records.keys()].sort((a, b) => a - b);
  const total = Math.max(pending.total, records.size);
  return {
    kind: 'ready',
    records: ids.map(id => records.get(id) as Record<string, unknown>),
    total,
    truncated: pending.total > input.rowLimit,
    listedAt: pending.listedAt,
    fullCheck: pending.fullCheck,
  };
}

/** Marks a step's run as committed: the next run fetches only what changed after its listing began. */
export function markCommitted(state: CardSyncState, step: Extract<CardStep, { kind: 'ready' }>): void {
  state.lastSuccessAt = step.listedAt;
  if (step.fullCheck) state.lastFullCheckAt = step.listedAt;
  delete state.pending;
}
