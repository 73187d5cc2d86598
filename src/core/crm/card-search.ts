// Card queries: a saved `cards` filter as MiniCRM search parameters, and every page of its results.
import type { CardsFilterInput } from '../../shared/contract';
import type { MiniCrmClient, Query } from './client';
import { readAllPages, type PagingLimits } from './paging';
import { asInteger } from './wire-values';

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

/**
 * Reads every page of a card search within the limits; several chosen statuses or owners are narrowed on
 * our side, so then every page is read to count what matches.
 */
export function searchAllCards(
  client: MiniCrmClient,
  filter: CardsFilterInput,
  limits: Omit<PagingLimits, 'keep'>,
): SearchResult {
  const query = cardSearchQuery(filter);
  const narrows = (filter.statusIds?.length ?? 0) > 1 || (filter.userIds?.length ?? 0) > 1;
  const result = readAllPages(pages => client.searchProjectPages(query, pages), {
    ...limits,
    keep: narrows ? row => matchesFilter(filter, row) : undefined,
  });
  return { rows: result.rows, total: result.total, partial: result.partial };
}
