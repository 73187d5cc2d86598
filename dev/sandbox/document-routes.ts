// The item-based document endpoints (outside /Api/R3): Invoice, Order and Offer lists and details.

import { DocumentType } from './catalog';
import { ApiHandler } from './api-request';
import { byMostRecentlyModified, planDocumentList } from './document-search';
import { renderDocumentDetail, renderDocumentRow } from './document-view';
import { jsonReply, textReply } from './http-io';
import { encodePhpJson } from './php-json';
import { isRefusal } from './query-params';
import { pageOf, resultsBody } from './results-body';

/**
 * `GET /Api/{Type}/List`: issued documents, most recently modified first, 100 a page. `Results` is an object
 * keyed by id in that order on the wire (JSON.parse in JS then enumerates it by ascending id), and always
 * `[]` when empty, as the live empty Invoice/List answered.
 */
export function documentList(type: DocumentType): ApiHandler {
  return (state, request) => {
    const module = state.documents.module(type);
    const plan = planDocumentList(request.params, type, module);
    if (isRefusal(plan)) return textReply(400, plan.refusal);
    const matches = state.documents.all(type).filter(plan.matches).sort(byMostRecentlyModified);
    const rows = pageOf(matches, plan.page).map(
      document => [document.id, renderDocumentRow(document, module, request.origin)] as [number, unknown],
    );
    return jsonReply(resultsBody(matches.length, rows, true));
  };
}

/** `GET /Api/{Type}/{Id}`: drafts included; 404 plain text for an unknown id. */
export function documentDetail(type: DocumentType): ApiHandler {
  return (state, request, id) => {
    const document = /^\d+$/.test(id) ? state.documents.get(type, Number(id)) : undefined;
    if (!document) return textReply(404, `${type} (GET): A bizonylat nem található: ${id}`);
    return jsonReply(encodePhpJson(renderDocumentDetail(document, state.store, request.origin)));
  };
}
