// The two JSON views of a card: the search summary row and the full `GET /Api/R3/Project/{Id}` body.

import { SYSTEM_USER_LABEL, USERS } from './catalog';
import { Card, CustomValue, CardStore } from './data';

const userNameById = new Map(USERS.map(user => [user.id, user.name]));

/** A user id as the detail view shows it: the user's name, or "MiniCRM" for the system itself. */
export function userLabel(userId: number): string {
  return userNameById.get(userId) ?? SYSTEM_USER_LABEL;
}

/** The API URL of a card on this server, as each search row's `Url` gives it. */
export function cardUrl(origin: string, id: number): string {
  return `${origin}/Api/R3/Project/${id}`;
}

/**
 * A search row: `Id, Name, Url, ContactId, StatusId, UserId, Deleted` with numeric ids, and `BusinessId`
 * only when the card has a company (as in the real project-search samples).
 */
export function renderSummary(card: Card, origin: string): Map<string, string | number> {
  const row = new Map<string, string | number>([
    ['Id', card.id],
    ['Name', card.name],
    ['Url', cardUrl(origin, card.id)],
    ['ContactId', card.contactId],
    ['StatusId', card.statusId],
    ['UserId', card.userId],
    ['Deleted', card.deleted],
  ]);
  if (card.businessId) row.set('BusinessId', card.businessId);
  return row;
}

/**
 * The full card in the key order of the live 2026 sample (MAK 04-project-detail): system fields with
 * labels for status and users, then the custom fields, then `BusinessId` (only when set, as in the real
 * 2019 captures whose details lack it), `ProjectHash` and `ProjectEmail`.
 */
export function renderDetail(card: Card, store: CardStore, origin: string): Map<string, CustomValue> {
  const module = store.moduleOf(card);
  const status = module.statusById.get(card.statusId);
  const body = new Map<string, CustomValue>([
    ['Id', card.id],
    ['CategoryId', card.categoryId],
    ['ContactId', card.contactId],
    ['StatusId', status?.label ?? ''],
    ['UserId', userLabel(card.userId)],
    ['Name', card.name],
    ['StatusUpdatedAt', card.statusUpdatedAt],
    ['IsPrivate', card.isPrivate],
    ['Deleted', card.deleted],
    ['CreatedBy', userLabel(card.createdBy)],
    ['CreatedAt', card.createdAt],
    ['UpdatedBy', userLabel(card.updatedBy)],
    ['UpdatedAt', card.updatedAt],
  ]);
  for (const field of module.fields) {
    const value = card.custom.get(field.name) ?? '';
    // Seeded file links are stored without an origin so that they point at whichever port serves them.
    const isStoredPath = field.kind === 'file' && typeof value === 'string' && value.startsWith('/');
    body.set(field.name, isStoredPath ? `${origin}${value}` : value);
  }
  if (card.businessId) body.set('BusinessId', card.businessId);
  body.set('ProjectHash', card.projectHash);
  body.set('ProjectEmail', card.projectEmail);
  return body;
}
