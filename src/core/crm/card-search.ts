// Card queries: a saved `cards` filter as MiniCRM search parameters, and every page of its results.
import type { CardsFilterInput } from '../../shared/contract';
import type { MiniCrmClient, Query } from './client';
import { asInteger } from './wire-values';

/** MiniCRM's fixed page size. */
export const PAGE_SIZE = 100;

/** Every row of a search, or as many as were asked for; truncation is explicit, never silent. */
export interface SearchResult {
  rows: Record<string, unknown>[];
  /** Rows MiniCRM says match (its `Count`), after our own narrowing where we could count it. */
  total: number;
  /** True when `rows` holds fewer rows than match, because of `maxRows`. */
  partial: boolean;
}

/**
 * The search parameters for a cards filter. MiniCRM filters by one StatusId and one UserId at a time, so
 * several chosen statuses or owners are narrowed on our side (`matchesFilter`).
 */
export function cardSearchQuery(filter: CardsFilterInput): Query {
  return {
    CategoryId: filter.moduleId,
    StatusGroup: filter.statusGroup,
    StatusId: filter.statusIds?.length === 1 ? filter.statusIds[0] : undefined,
    UserId: filter.userIds?.length === 1 ? filter.userIds[0] : undefined,
    UpdatedSince: filter.updatedSince,
    Query: filter.query,
    // Shared filters leave confidential cards out unless asked; so do we (the sheet may be shared widely).
    IsPrivate: filter.includeConfidential ? undefined : 0,
  };
}

/** Whether a summary row satisfies the parts of the filter MiniCRM could not apply. */
export function matchesFilter(filter: CardsFilterInput, row: Record<string, unknown>): boolean {
  if (
    filter.statusIds &&
    filter.statusIds.length > 1 &&
    !filter.statusIds.includes(asInteger(row.StatusId) ?? -1)
  )
    return false;
  if (filter.userIds && filter.userIds.length > 1 && !filter.userIds.includes(asInteger(row.UserId) ?? -1))
    return false;
  return true;
}

/** How far to read. */
export interface SearchLimits {
  /** Most rows to hold. */
  maxRows: number;
  /**
   * When the search holds more than `maxRows`, whether the first `maxRows` rows are wanted (truncate) or
   * only the fact (stop: then one page, whose `Count` tells the total, is enough).
   */
  keepFirstRowsWhenOver: boolean;
}

/**
 * Reads every page of a card search (100 per page, `Page` from 0) until a page is empty or `Count` rows were
 * read, or until `maxRows` matching rows are held. Rows are de-duplicated by Id: when cards change while we
 * page, MiniCRM's pages shift and a row can appear twice.
 */
export function searchAllCards(
  client: MiniCrmClient,
  filter: CardsFilterInput,
  limits: SearchLimits,
): SearchResult {
  const query = cardSearchQuery(filter);
  const narrowsOnOurSide = (filter.statusIds?.length ?? 0) > 1 || (filter.userIds?.length ?? 0) > 1;
  const seen = new Set<string>();
  const rows: Record<string, unknown>[] = [];
  for (let page = 0; ; page++) {
    const result = client.searchProjects(query, page);
    const count = result.count;
    for (const row of result.items) {
      const id = String(row.Id);
      if (seen.has(id)) continue;
      seen.add(id);
      if (matchesFilter(filter, row)) rows.push(row);
    }
    // With no narrowing of our own, Count is the total: no need to read what will not be written.
    if (!narrowsOnOurSide && count > limits.maxRows) {
      if (!limits.keepFirstRowsWhenOver) return { rows: [], total: count, partial: true };
      if (rows.length >= limits.maxRows)
        return { rows: rows.slice(0, limits.maxRows), total: count, partial: true };
    }
    if (result.items.length === 0 || seen.size >= count || result.items.length < PAGE_SIZE) break;
  }
  if (rows.length > limits.maxRows) {
    const kept = limits.keepFirstRowsWhenOver ? rows.slice(0, limits.maxRows) : [];
    return { rows: kept, total: rows.length, partial: true };
  }
  return { rows, total: rows.length, partial: false };
}
