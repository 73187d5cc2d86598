// `GET /Api/{Invoice,Order,Offer}/List` parameters: Page, UpdatedSince and StatusGroup, nothing else.

import { DocumentType, STATUS_GROUPS, StatusGroup } from './catalog';
import { normalizeWallTime } from './budapest-time';
import { SalesDocument } from './documents';
import {
  invalidValue,
  isRefusal,
  lastValues,
  SearchRefusal,
  takePage,
  unknownParameter,
} from './query-params';
import { ResolvedModule } from './schema';

/** A parsed list request. */
export interface DocumentListPlan {
  readonly page: number;
  readonly matches: (document: SalesDocument) => boolean;
}

/**
 * Reads a list request (MAN p.123, 129–130). Unlike card searches a list needs no filter: the live
 * `GET /Api/Invoice/List` without parameters answered 200 (MAK api-test-log row 8). Only issued
 * documents are listed; drafts are left out.
 */
export function planDocumentList(
  params: URLSearchParams,
  type: DocumentType,
  module: ResolvedModule,
): DocumentListPlan | SearchRefusal {
  const values = lastValues(params);
  const page = takePage(values, type);
  if (isRefusal(page)) return page;
  const predicates: ((document: SalesDocument) => boolean)[] = [document => document.issued !== ''];
  for (const [name, value] of values) {
    if (name === 'UpdatedSince') {
      // `2024-02-12 10:00` (MAN p.129) or with seconds; inclusive, as for cards.
      const since = normalizeWallTime(value);
      if (!since) return invalidValue(type, name, value);
      predicates.push(document => document.updatedAt >= since);
    } else if (name === 'StatusGroup') {
      if (!STATUS_GROUPS.includes(value as StatusGroup)) return invalidValue(type, name, value);
      predicates.push(document => module.statusById.get(document.statusId)?.group === value);
    } else return unknownParameter(type, name);
  }
  return { page, matches: document => predicates.every(predicate => predicate(document)) };
}

/** MAN p.123: "sorted by the most recently modified first"; equal times fall back to the higher id. */
export function byMostRecentlyModified(a: SalesDocument, b: SalesDocument): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : b.id - a.id;
}
