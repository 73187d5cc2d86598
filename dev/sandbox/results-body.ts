// The `{"Count":N,"Results":…}` envelope of MiniCRM's paged answers, and the page arithmetic behind it.

import { encodePhpJson } from './php-json';

/** MiniCRM's fixed page size (MAN p.37, 43). */
export const PAGE_SIZE = 100;

/** The rows of a 0-based page. */
export function pageOf<T>(all: readonly T[], page: number): T[] {
  return all.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
}

/**
 * Encodes `{"Count":count,"Results":{"<id>":row,…}}` with the rows in the given order. An empty page is
 * `{}`, or `[]` when `emptyAsArray` (PHP's `json_encode` of an empty array, as live Invoice/List sends).
 */
export function resultsBody(
  count: number,
  rows: readonly [number, unknown][],
  emptyAsArray: boolean,
): string {
  const results =
    rows.length === 0 && emptyAsArray ? [] : new Map(rows.map(([id, row]) => [String(id), row]));
  return encodePhpJson(
    new Map<string, unknown>([
      ['Count', count],
      ['Results', results],
    ]),
  );
}
