// `GET /Api/R3/Contact` search: reads the query parameters into a contact predicate.

import { SYSTEM_USER_LABEL, USERS } from './catalog';
import { normalizeWallTime } from './budapest-time';
import { CONTACT_TYPES, ContactType } from './contact-catalog';
import { ContactSchema, ResolvedContactField } from './contact-schema';
import { Contact, contactName } from './contacts';
import { splitFlagLabels } from './data';
import {
  foldForSearch,
  invalidValue as invalid,
  isInteger,
  isRefusal,
  lastValues,
  noFilterMessage,
  SearchRefusal,
  takePage,
  unknownParameter,
} from './query-params';

type Predicate = (contact: Contact) => boolean;

/** A parsed contact search: which contacts match, and which page of them to return. */
export interface ContactSearchPlan {
  readonly page: number;
  readonly matches: Predicate;
}

const ENTITY = 'Contact';
const invalidValue = (name: string, value: string): SearchRefusal => invalid(ENTITY, name, value);

/** The shortest phone number tail a search matches on (H-SEARCH: "at least the last 6 digits"). */
const MIN_PHONE_DIGITS = 6;
/** Longest tail compared: a national number without its prefix, so `0721…`, `+40 721…` and `40721…` all match. */
const MAX_PHONE_DIGITS = 9;

const digitsOf = (text: string): string => text.replace(/\D/g, '');

/** Matches a phone number on its last digits: those the query gives, at least 6, at most 9. */
function phoneMatcher(query: string): ((phone: string) => boolean) | null {
  const wanted = digitsOf(query);
  if (wanted.length < MIN_PHONE_DIGITS) return null;
  const tail = wanted.slice(-MAX_PHONE_DIGITS);
  return phone => digitsOf(phone).endsWith(tail);
}

function textsOf(contact: Contact, schema: ContactSchema): string[] {
  const texts = [contactName(contact)];
  for (const field of schema.fields(contact.type))
    if (field.kind === 'text') texts.push(String(contact.values.get(field.name) ?? ''));
  return texts;
}

/**
 * `Query`: an accent- and case-insensitive substring of the name or any text field; a query of six or more
 * digits (spaces and `+` allowed) also matches phone numbers on their last digits.
 */
function queryFilter(value: string, schema: ContactSchema): Predicate {
  const needle = foldForSearch(value.trim());
  const phone = /^[\d\s+()-]+$/.test(value.trim()) ? phoneMatcher(value) : null;
  return contact =>
    textsOf(contact, schema).some(text => foldForSearch(text).includes(needle)) ||
    (phone !== null && phone(String(contact.values.get('Phone') ?? '')));
}

/** An exact-value filter on a field, for the contacts whose type has it. */
function fieldFilter(
  field: ResolvedContactField,
  value: string,
): ((stored: string) => boolean) | SearchRefusal {
  switch (field.kind) {
    case 'int':
      return isInteger(value) ? stored => Number(stored) === Number(value) : invalidValue(field.name, value);
    case 'datetime': {
      const normalized = normalizeWallTime(value);
      if (!normalized) return invalidValue(field.name, value);
      return value.trim().length === 10
        ? stored => stored.slice(0, 10) === normalized.slice(0, 10)
        : stored => stored === normalized;
    }
    case 'enum':
      if (!field.optionList.some(option => option.label === value)) return invalidValue(field.name, value);
      return stored => stored === value;
    case 'multi':
    case 'checkbox':
      if (!field.optionList.some(option => option.label === value)) return invalidValue(field.name, value);
      return stored => (splitFlagLabels(field, stored) ?? []).includes(value);
    case 'users': {
      const user = USERS.find(candidate => String(candidate.id) === value || candidate.name === value);
      const label = user?.name ?? (value === SYSTEM_USER_LABEL ? value : undefined);
      return label === undefined ? invalidValue(field.name, value) : stored => stored === label;
    }
    case 'text':
      return stored => stored === value;
  }
}

/** A schema field filter over both contact types: a contact matches when its own type has the field. */
function schemaFieldFilter(name: string, value: string, schema: ContactSchema): Predicate | SearchRefusal {
  if (name === 'Id')
    return isInteger(value) ? contact => contact.id === Number(value) : invalidValue(name, value);
  const byType = new Map<ContactType, (stored: string) => boolean>();
  for (const type of CONTACT_TYPES) {
    const field = schema.field(type, name);
    if (!field) continue;
    const filter = fieldFilter(field, value);
    if (isRefusal(filter)) return filter;
    byType.set(type, filter);
  }
  if (byType.size === 0) return unknownParameter(ENTITY, name);
  return contact => byType.get(contact.type)?.(String(contact.values.get(name) ?? '')) ?? false;
}

/** One filter parameter → predicate. */
function buildFilter(name: string, value: string, schema: ContactSchema): Predicate | SearchRefusal {
  switch (name) {
    case 'Name': {
      const needle = foldForSearch(value.trim());
      return contact => foldForSearch(contactName(contact)).includes(needle);
    }
    case 'Email': {
      const wanted = value.trim().toLowerCase();
      return contact => String(contact.values.get('Email') ?? '').toLowerCase() === wanted;
    }
    case 'Phone': {
      const matches = phoneMatcher(value);
      return matches
        ? contact => matches(String(contact.values.get('Phone') ?? ''))
        : invalidValue(name, value);
    }
    case 'UpdatedSince': {
      const since = normalizeWallTime(value);
      // Inclusive, as for cards: a contact changed in the very second of the last sync is fetched again.
      return since ? contact => String(contact.values.get('UpdatedAt')) >= since : invalidValue(name, value);
    }
    case 'Query':
      return queryFilter(value, schema);
    case 'Type':
      if (!CONTACT_TYPES.includes(value as ContactType)) return invalidValue(name, value);
      return contact => contact.type === value;
    case 'MainContactId':
      // MAN p.47–55: a company's id finds its persons and the company itself.
      if (!isInteger(value)) return invalidValue(name, value);
      return contact =>
        contact.type === 'Business'
          ? contact.id === Number(value)
          : Number(contact.values.get('BusinessId')) === Number(value);
  }
  return schemaFieldFilter(name, value, schema);
}

/** Reads a contact search's query string; every parameter other than `Page` is a filter, one is required. */
export function planContactSearch(
  params: URLSearchParams,
  schema: ContactSchema,
): ContactSearchPlan | SearchRefusal {
  const values = lastValues(params);
  const page = takePage(values, ENTITY);
  if (isRefusal(page)) return page;
  if (values.size === 0) return { refusal: noFilterMessage(ENTITY) };
  const predicates: Predicate[] = [];
  for (const [name, value] of values) {
    const filter = buildFilter(name, value, schema);
    if (isRefusal(filter)) return filter;
    predicates.push(filter);
  }
  return { page, matches: contact => predicates.every(predicate => predicate(contact)) };
}
