// The two JSON views of a contact: the search row and the full `GET /Api/R3/Contact/{Id}` body.

import { CONTACT_TYPE_LABELS } from './contact-catalog';
import { Contact, contactName, ContactValue } from './contacts';

/** The API URL of a contact on this server, as each search row's `Url` gives it. */
export function contactUrl(origin: string, id: number): string {
  return `${origin}/Api/R3/Contact/${id}`;
}

/**
 * A search row as in the live sample (MAK 06-contact-search-name): `Id, Name, Url, Type, Email, Phone`,
 * `Type` as the API word (`Person`/`Business`, not the detail's localized label), and `BusinessId` only
 * for a person who belongs to a company.
 */
export function renderContactRow(contact: Contact, origin: string): Map<string, ContactValue> {
  const row = new Map<string, ContactValue>([
    ['Id', contact.id],
    ['Name', contactName(contact)],
    ['Url', contactUrl(origin, contact.id)],
    ['Type', contact.type],
    ['Email', contact.values.get('Email') ?? ''],
    ['Phone', contact.values.get('Phone') ?? ''],
  ]);
  const businessId = Number(contact.values.get('BusinessId') ?? 0);
  if (businessId) row.set('BusinessId', businessId);
  return row;
}

/**
 * The full contact in the key order of the live sample (MAK 09-contact-detail): `Id`, the **localized**
 * `Type` ("Személy"/"Cég"), every schema field with enums and users as labels, a person's `BusinessId`
 * moved to the end (0 when they have no company), then `Tags` (always `[]`: tags are not modelled).
 */
export function renderContactDetail(contact: Contact): Map<string, ContactValue | never[]> {
  const body = new Map<string, ContactValue | never[]>([
    ['Id', contact.id],
    ['Type', CONTACT_TYPE_LABELS[contact.type].label],
  ]);
  for (const [name, value] of contact.values) if (name !== 'BusinessId') body.set(name, value);
  if (contact.type === 'Person') body.set('BusinessId', contact.values.get('BusinessId') ?? 0);
  body.set('Tags', []);
  return body;
}
