// `GET /Api/SharedFilter?Hash=…&Type=…`: a shared filter's CSV feed, with no authentication (the Hash is the secret).

import { ApiHandler } from './api-request';
import { csvReply, textReply } from './http-io';
import { renderFeed } from './shared-filter-feed';

/**
 * Serves the CSV of the filter the Hash names, if that filter is shared under that Type; an unknown or
 * revoked Hash, or a Type that does not match, is 404 plain text. Extra parameters are ignored.
 */
export const sharedFilterFeed: ApiHandler = (state, request) => {
  const filter = state.sharedFilters.find(request.params.get('Hash') ?? '', request.params.get('Type') ?? '');
  if (!filter) return textReply(404, 'SharedFilter (GET): A megosztott szűrő nem található');
  const sources = {
    schema: state.schema,
    store: state.store,
    contacts: state.contacts,
    origin: request.origin,
  };
  return csvReply(renderFeed(filter, sources, state.faults.current.raggedCsv).text);
};
