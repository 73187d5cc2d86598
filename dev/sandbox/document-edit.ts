// Validates and applies changes to documents for the /__sandbox/touch-document control endpoint.

import { DocumentType } from './catalog';
import { formatBudapest, normalizeWallTime } from './budapest-time';
import { DocumentStore, SalesDocument } from './documents';

/** What `touch-document` may change besides `UpdatedAt`: the status (label or id) and the payment date. */
export interface DocumentEdits {
  Status?: string | number;
  /** `YYYY-MM-DD`, or `""` for unpaid. */
  Paid?: string;
}

type Apply = (document: SalesDocument) => void;

/** The changes as one function, or the reason they cannot be made. */
function planEdits(store: DocumentStore, type: DocumentType, edits: DocumentEdits): Apply[] | string {
  const applies: Apply[] = [];
  for (const [name, value] of Object.entries(edits)) {
    if (name === 'Status') {
      const status = store.module(type).def.statuses.find(s => s.label === value || s.id === Number(value));
      if (!status) return `invalid value ${JSON.stringify(value)} for Status`;
      applies.push(document => void (document.statusId = status.id));
    } else if (name === 'Paid') {
      const paid = value === '' ? '' : normalizeWallTime(String(value));
      if (paid === null || String(value).length > 10)
        return `invalid value ${JSON.stringify(value)} for Paid`;
      applies.push(document => void (document.paid = paid.slice(0, 10)));
    } else return `documents have no editable field ${name}`;
  }
  return applies;
}

/**
 * Applies `edits` to the documents and marks them modified at `nowMs` (Budapest wall time), so that they
 * lead the next list and an `UpdatedSince` list finds them. All-or-nothing: on any error nothing changes.
 */
export function touchDocuments(
  store: DocumentStore,
  type: DocumentType,
  ids: readonly number[],
  edits: DocumentEdits,
  nowMs: number,
): string | null {
  const missing = ids.filter(id => !store.get(type, id));
  if (missing.length > 0) return `no ${type} documents ${missing.join(', ')}`;
  const applies = planEdits(store, type, edits);
  if (typeof applies === 'string') return applies;
  const now = formatBudapest(nowMs);
  for (const id of ids) {
    const document = store.get(type, id) as SalesDocument;
    for (const apply of applies) apply(document);
    document.updatedAt = now;
  }
  return null;
}
