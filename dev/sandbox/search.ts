// `GET /Api/R3/Project` search: reads the query parameters into a card predicate, and pages the matches.

import { STATUS_GROUPS, SYSTEM_USER_LABEL, StatusGroup, USERS } from './catalog';
import { normalizeWallTime } from './budapest-time';
import { Card, CardStore, flagValueHas } from './data';
import {
  foldForSearch,
  invalidValue as invalidProjectValue,
  isInteger,
  isRefusal,
  lastValues,
  noFilterMessage,
  SearchRefusal,
  takePage,
  unknownParameter as unknownProjectParameter,
} from './query-params';
import { pageOf } from './results-body';
import { AccountSchema, ResolvedField, SYSTEM_FIELD_NAMES } from './schema';

export { PAGE_SIZE } from './results-body';

type Predicate = (card: Card) => boolean;

/** A parsed search: which cards match, and which page of them to return. */
export interface SearchPlan {
  readonly page: number;
  readonly matches: Predicate;
  /** True when the request asked for trashed cards (`Deleted=1`). */
  readonly trashed: boolean;
}

export type { SearchRefusal } from './query-params';
export { foldForSearch } from './query-params';

const ENTITY = 'Project';

/** The message of a search without any filter (real MiniCRM refuses those; the exact text is unknown). */
export const NO_FILTER_MESSAGE = noFilterMessage(ENTITY);

const unknownParameter = (name: string): SearchRefusal => unknownProjectParameter(ENTITY, name);
const invalidValue = (name: string, value: string): SearchRefusal => invalidProjectValue(ENTITY, name, value);

/** An Int field filter: exact numeric equality. */
function intFilter(name: string, value: string, read: (card: Card) => number): Predicate | SearchRefusal {
  if (!isInteger(value)) return invalidValue(name, value);
  const wanted = Number(value);
  return card => read(card) === wanted;
}

/** A DateTime filter: a full time matches exactly; a date alone matches that whole day. */
function dateTimeFilter(
  name: string,
  value: string,
  read: (card: Card) => string,
): Predicate | SearchRefusal {
  const normalized = normalizeWallTime(value);
  if (!normalized) return invalidValue(name, value);
  const dateOnly = value.trim().length === 10;
  return dateOnly
    ? card => read(card).slice(0, 10) === normalized.slice(0, 10)
    : card => read(card) === normalized;
}

/** User filters take an id or a name; "MiniCRM" stands for changes the system made. */
function userFilter(name: string, value: string, read: (card: Card) => number): Predicate | SearchRefusal {
  const user = USERS.find(candidate => String(candidate.id) === value || candidate.name === value);
  if (user) return card => read(card) === user.id;
  if (value === SYSTEM_USER_LABEL) return card => read(card) === 0;
  return invalidValue(name, value);
}

function statusFilter(value: string, schema: AccountSchema): Predicate | SearchRefusal {
  const ids = new Set(
    schema.modules
      .flatMap(module => module.def.statuses)
      .filter(status => String(status.id) === value || status.label === value)
      .map(status => status.id),
  );
  return ids.size > 0 ? card => ids.has(card.statusId) : invalidValue('StatusId', value);
}

function statusGroupFilter(value: string, schema: AccountSchema): Predicate | SearchRefusal {
  if (!STATUS_GROUPS.includes(value as StatusGroup)) return invalidValue('StatusGroup', value);
  return card => schema.status(card.statusId)?.group === value;
}

function textFieldsOf(card: Card, schema: AccountSchema): string[] {
  const texts = [card.name];
  for (const [name, value] of card.custom)
    if (schema.customField(name)?.kind === 'text') texts.push(String(value));
  return texts;
}

/** Full-text search: an accent- and case-insensitive substring of the name or any text field. */
function queryFilter(value: string, schema: AccountSchema): Predicate {
  const needle = foldForSearch(value.trim());
  return card => textFieldsOf(card, schema).some(text => foldForSearch(text).includes(needle));
}

function customFieldFilter(field: ResolvedField, value: string, origin: string): Predicate | SearchRefusal {
  const stored = (card: Card) => card.custom.get(field.name);
  switch (field.kind) {
    case 'int':
      return intFilter(field.name, value, card => Number(stored(card) ?? Number.NaN));
    case 'float': {
      const wanted = Number(value);
      if (value.trim() === '' || Number.isNaN(wanted)) return invalidValue(field.name, value);
      return card => stored(card) !== '' && Number(stored(card)) === wanted;
    }
    case 'date':
    case 'datetime':
      return dateTimeFilter(field.name, value, card => String(stored(card) ?? ''));
    case 'enum':
      if (!field.optionList.some(option => option.label === value)) return invalidValue(field.name, value);
      return card => stored(card) === value;
    case 'multi':
    case 'checkbox':
      if (!field.optionList.some(option => option.label === value)) return invalidValue(field.name, value);
      return card => flagValueHas(field, stored(card) ?? '', value);
    case 'file':
      return card => stored(card) === value || `${origin}${stored(card)}` === value;
    case 'text':
      return card => stored(card) === value;
  }
}

function systemFieldFilter(name: string, value: string, schema: AccountSchema): Predicate | SearchRefusal {
  switch (name) {
    case 'Id':
      return intFilter(name, value, card => card.id);
    case 'CategoryId':
      return intFilter(name, value, card => card.categoryId);
    case 'ContactId':
      return intFilter(name, value, card => card.contactId);
    case 'BusinessId':
      return intFilter(name, value, card => card.businessId);
    case 'IsPrivate':
      return intFilter(name, value, card => card.isPrivate);
    case 'StatusId':
      return statusFilter(value, schema);
    case 'UserId':
      return userFilter(name, value, card => card.userId);
    case 'CreatedBy':
      return userFilter(name, value, card => card.createdBy);
    case 'UpdatedBy':
      return userFilter(name, value, card => card.updatedBy);
    case 'Name':
      return card => card.name === value;
    case 'StatusUpdatedAt':
      return dateTimeFilter(name, value, card => card.statusUpdatedAt);
    case 'CreatedAt':
      return dateTimeFilter(name, value, card => card.createdAt);
    default:
      return dateTimeFilter(name, value, card => card.updatedAt);
  }
}

/** One filter parameter → predicate; `Deleted` is handled by the caller, `Page` is not a filter. */
function buildFilter(
  name: string,
  value: string,
  schema: AccountSchema,
  origin: string,
): Predicate | SearchRefusal {
  switch (name) {
    case 'StatusGroup':
      return statusGroupFilter(value, schema);
    case 'UpdatedSince': {
      const since = normalizeWallTime(value);
      // Inclusive: a card changed in the very second of the last sync is fetched again rather than lost.
      return since ? card => card.updatedAt >= since : invalidValue(name, value);
    }
    case 'Query':
      return queryFilter(value, schema);
    case 'MainContactId':
      // Documented (MAN p.69): the company's id, i.e. the card's BusinessId.
      return intFilter(name, value, card => card.businessId);
    case 'ReferenceId':
      // External ids come from XML sync or API writes; no seeded card has one.
      return () => false;
  }
  if (SYSTEM_FIELD_NAMES.includes(name)) return systemFieldFilter(name, value, schema);
  const field = schema.customField(name);
  return field ? customFieldFilter(field, value, origin) : unknownParameter(name);
}

/**
 * Reads a search's query string. Every parameter other than `Page` is a filter; at least one is required.
 * Parameter names are case-sensitive, as MiniCRM's are.
 */
export function planSearch(
  params: URLSearchParams,
  schema: AccountSchema,
  origin: string,
): SearchPlan | SearchRefusal {
  const values = lastValues(params);
  const page = takePage(values, ENTITY);
  if (isRefusal(page)) return page;
  if (values.size === 0) return { refusal: NO_FILTER_MESSAGE };

  const deletedText = values.get('Deleted') ?? '0';
  if (deletedText !== '0' && deletedText !== '1') return invalidValue('Deleted', deletedText);
  values.delete('Deleted');

  const predicates: Predicate[] = [];
  for (const [name, value] of values) {
    const filter = buildFilter(name, value, schema, origin);
    if (isRefusal(filter)) return filter;
    predicates.push(filter);
  }
  const trashed = deletedText === '1';
  return {
    page,
    trashed,
    matches: card => card.deleted === (trashed ? 1 : 0) && predicates.every(predicate => predicate(card)),
  };
}

/** True when planSearch refused the request. */
export function isSearchRefusal(result: SearchPlan | SearchRefusal): result is SearchRefusal {
  return isRefusal(result);
}

/** The outcome of a search: all matches in ascending id order and the requested page of them. */
export interface SearchOutcome {
  readonly matches: readonly Card[];
  readonly page: readonly Card[];
}

/** Runs a plan over the store. */
export function runSearch(store: CardStore, plan: SearchPlan): SearchOutcome {
  const matches = store.all().filter(plan.matches);
  return { matches, page: pageOf(matches, plan.page) };
}
