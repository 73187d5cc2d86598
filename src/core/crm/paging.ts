// Reading every page of a MiniCRM list: 100 rows a page from Page 0, pages after the first fetched in
// parallel, truncation explicit, and a source that changes while we page detected and read again.
import type { ListPage } from './results';

/** MiniCRM's fixed page size. */
export const PAGE_SIZE = 100;
/** Full re-reads allowed when the source changed while paging. */
const MAX_REREADS = 1;

/** How far to read. */
export interface PagingLimits {
  /** Most rows to hold. */
  maxRows: number;
  /**
   * When the list holds more than `maxRows`: whether the first `maxRows` rows are wanted (truncate), or only
   * the fact (stop — then the first page, whose `Count` is the total, is enough).
   */
  keepFirstRowsWhenOver: boolean;
  /** Our own narrowing of rows MiniCRM cannot filter; when given, every page must be read to count. */
  keep?: (row: Record<string, unknown>) => boolean;
}

/** Every row, or as many as allowed; `partial` says when rows were left out. */
export interface PagedRows {
  rows: Record<string, unknown>[];
  /** Rows the list holds (after our narrowing, when there is one). */
  total: number;
  partial: boolean;
  /** The list still changed while it was read again (rows de-duplicated; a later run completes it). */
  changedWhilePaging: boolean;
}

/** Reads pages by number; the caller decides how (the client batches them in parallel within its pace). */
export type PageReader = (pages: number[]) => ListPage[];

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** One pass over the list. */
function readOnce(readPages: PageReader, limits: PagingLimits): PagedRows {
  const [first] = readPages([0]);
  const count = first.count;
  const narrowing = limits.keep !== undefined;
  if (!narrowing && count > limits.maxRows && !limits.keepFirstRowsWhenOver) {
    return { rows: [], total: count, partial: true, changedWhilePaging: false };
  }
  const wanted = !narrowing && count > limits.maxRows ? limits.maxRows : count;
  const pages = [first, ...readPages(range(1, Math.ceil(wanted / PAGE_SIZE)))];
  const seen = new Set<string>();
  const rows: Record<string, unknown>[] = [];
  let changed = false;
  for (const page of pages) {
    if (page.count !== count) changed = true;
    for (const row of page.items) {
      const id = String(row.Id);
      if (seen.has(id)) {
        changed = true;
        continue;
      }
      seen.add(id);
      if (!limits.keep || limits.keep(row)) rows.push(row);
    }
  }
  // Fewer distinct rows than the pages should hold: some shifted out of reach while we read.
  if (seen.size < Math.min(wanted, pages.length * PAGE_SIZE)) changed = true;
  const total = narrowing ? rows.length : count;
  if (rows.length > limits.maxRows) {
    return {
      rows: limits.keepFirstRowsWhenOver ? rows.slice(0, limits.maxRows) : [],
      total,
      partial: true,
      changedWhilePaging: changed,
    };
  }
  return { rows, total, partial: total > rows.length, changedWhilePaging: changed };
}

/**
 * Reads a whole list. When it changed underneath (Count moved, a row appeared twice, rows went missing), it
 * is read once more from the start; a list that keeps changing is returned de-duplicated and flagged.
 */
export function readAllPages(readPages: PageReader, limits: PagingLimits): PagedRows {
  let result = readOnce(readPages, limits);
  for (let reread = 0; result.changedWhilePaging && reread < MAX_REREADS; reread++) {
    result = readOnce(readPages, limits);
  }
  return result;
}
