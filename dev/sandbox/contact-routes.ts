// The R3 contact endpoints: Schema/Person, Schema/Business, Contact search and Contact/{Id}.

import { ApiHandler } from './api-request';
import { ContactType } from './contact-catalog';
import { planContactSearch } from './contact-search';
import { renderContactDetail, renderContactRow } from './contact-view';
import { jsonReply, textReply } from './http-io';
import { encodePhpJson } from './php-json';
import { isRefusal } from './query-params';
import { pageOf, resultsBody } from './results-body';

/** `GET /Api/R3/Schema/Person` or `/Schema/Business`. */
export function contactSchema(type: ContactType): ApiHandler {
  return state => jsonReply(encodePhpJson(state.contactSchema.render(type)));
}

/** `GET /Api/R3/Contact?…`: 100 rows a page in ascending id order, `Count` the total. */
export const contactSearch: ApiHandler = (state, request) => {
  const plan = planContactSearch(request.params, state.contactSchema);
  if (isRefusal(plan)) return textReply(400, plan.refusal);
  const matches = state.contacts.all().filter(plan.matches);
  const rows = pageOf(matches, plan.page).map(
    contact => [contact.id, renderContactRow(contact, request.origin)] as [number, unknown],
  );
  return jsonReply(resultsBody(matches.length, rows, state.faults.current.emptyResultsAsArray));
};

/** `GET /Api/R3/Contact/{Id}`: a person or a company; 404 plain text for an unknown id. */
export const contactDetail: ApiHandler = (state, _request, id) => {
  const contact = /^\d+$/.test(id) ? state.contacts.get(Number(id)) : undefined;
  if (!contact) return textReply(404, `Contact (GET): A kapcsolattartó nem található: ${id}`);
  return jsonReply(encodePhpJson(renderContactDetail(contact)));
};
