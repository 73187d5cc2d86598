// Validates and applies field changes to cards for the /__sandbox/touch control endpoint.

import { SYSTEM_USER_LABEL, USERS } from './catalog';
import { formatBudapest, normalizeWallTime } from './budapest-time';
import { Card, CardStore, CustomValue, joinFlagLabels, splitFlagLabels } from './data';
import { ContactDirectory } from './contacts';
import { AccountSchema, ResolvedField, ResolvedModule } from './schema';

/** A requested change: field name → value as a MiniCRM write would send it (labels for enums). */
export type FieldEdits = Record<string, string | number>;

type Apply = (card: Card, now: string) => void;

/** A change that cannot be made, with the reason. */
interface EditError {
  error: string;
}

const isEditError = (value: Apply | EditError): value is EditError => typeof value !== 'function';

function userIdOf(value: string | number): number | undefined {
  if (value === SYSTEM_USER_LABEL) return 0;
  return USERS.find(user => user.id === Number(value) || user.name === value)?.id;
}

function nonNegativeInt(value: string | number): number | undefined {
  const number = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(number) && number >= 0 ? number : undefined;
}

function zeroOrOne(value: string | number): 0 | 1 | undefined {
  const number = nonNegativeInt(value);
  return number === 0 || number === 1 ? number : undefined;
}

const invalid = (name: string, value: string | number): EditError => ({
  error: `invalid value ${JSON.stringify(value)} for ${name}`,
});

/** A contact id a card may point at: any contact for `ContactId`; a company (or 0, none) for `BusinessId`. */
function isLinkableContact(
  name: 'ContactId' | 'BusinessId',
  id: number,
  contacts: ContactDirectory,
): boolean {
  if (name === 'BusinessId') return id === 0 || contacts.get(id)?.type === 'Business';
  return contacts.get(id) !== undefined;
}

/** An edit of a system field, or undefined when `name` is not one that can be edited. */
function systemEdit(
  name: string,
  value: string | number,
  module: ResolvedModule,
  contacts: ContactDirectory,
): Apply | EditError | undefined {
  switch (name) {
    case 'Name': {
      if (typeof value !== 'string' || value === '') return invalid(name, value);
      return card => {
        card.name = value;
      };
    }
    case 'StatusId': {
      const status = module.def.statuses.find(s => s.id === Number(value) || s.label === value);
      if (!status) return invalid(name, value);
      return (card, now) => {
        if (card.statusId !== status.id) card.statusUpdatedAt = now;
        card.statusId = status.id;
      };
    }
    case 'UserId': {
      const userId = userIdOf(value);
      // A card's owner is a person; "MiniCRM" (0) may only appear as creator or updater.
      if (userId === undefined || userId === 0) return invalid(name, value);
      return card => {
        card.userId = userId;
      };
    }
    case 'ContactId':
    case 'BusinessId': {
      const id = nonNegativeInt(value);
      // Every card's contact and company exist, as in a real account.
      if (id === undefined || !isLinkableContact(name, id, contacts)) return invalid(name, value);
      return card => {
        if (name === 'ContactId') card.contactId = id;
        else card.businessId = id;
      };
    }
    case 'IsPrivate':
    case 'Deleted': {
      const flag = zeroOrOne(value);
      if (flag === undefined) return invalid(name, value);
      return card => {
        if (name === 'IsPrivate') card.isPrivate = flag;
        else card.deleted = flag;
      };
    }
  }
  return undefined;
}

/** Turns an input value into the stored API form of a custom field, or undefined when it does not fit. */
function customStoredValue(field: ResolvedField, value: string | number): CustomValue | undefined {
  const text = String(value);
  switch (field.kind) {
    case 'text':
    case 'file':
      return text;
    case 'int':
      if (text === '') return 0;
      return /^-?\d+$/.test(text) ? Number(text) : undefined;
    case 'float':
      if (text === '') return '';
      return Number.isFinite(Number(text)) ? Number(text) : undefined;
    case 'date': {
      if (text === '') return '';
      const normalized = normalizeWallTime(text);
      return normalized === null ? undefined : `${normalized.slice(0, 10)} 23:59:59`;
    }
    case 'datetime':
      if (text === '') return '';
      return normalizeWallTime(text) ?? undefined;
    case 'enum':
      if (text === '') return '';
      return field.optionList.find(option => option.label === text || String(option.key) === text)?.label;
    case 'multi':
    case 'checkbox': {
      const labels = splitFlagLabels(field, text);
      if (!labels) return undefined;
      const keys = field.optionList.filter(option => labels.includes(option.label)).map(option => option.key);
      return joinFlagLabels(field, keys);
    }
  }
}

function fieldEdit(
  name: string,
  value: string | number,
  module: ResolvedModule,
  schema: AccountSchema,
  contacts: ContactDirectory,
): Apply | EditError {
  const system = systemEdit(name, value, module, contacts);
  if (system) return system;
  const field = schema.customField(name);
  if (!field || field.moduleId !== module.def.id)
    return { error: `module ${module.def.id} has no field ${name}` };
  const stored = customStoredValue(field, value);
  if (stored === undefined) return invalid(name, value);
  return card => {
    card.custom.set(name, stored);
  };
}

/**
 * Applies `fields` to every card, then marks them updated at `nowMs` (Budapest wall time) by `UpdatedBy`
 * when given, else by the card's owner. Validates everything first: on any error nothing changes.
 */
export function touchCards(
  store: CardStore,
  schema: AccountSchema,
  contacts: ContactDirectory,
  ids: readonly number[],
  fields: FieldEdits,
  nowMs: number,
): string | null {
  const { UpdatedBy: updatedByInput, ...edits } = fields;
  const updatedBy = updatedByInput === undefined ? undefined : userIdOf(updatedByInput);
  if (updatedByInput !== undefined && updatedBy === undefined)
    return invalid('UpdatedBy', updatedByInput).error;

  const plans: { card: Card; applies: Apply[] }[] = [];
  for (const id of ids) {
    const card = store.get(id);
    if (!card) return `no card ${id}`;
    const module = store.moduleOf(card);
    const applies: Apply[] = [];
    for (const [name, value] of Object.entries(edits)) {
      const edit = fieldEdit(name, value, module, schema, contacts);
      if (isEditError(edit)) return edit.error;
      applies.push(edit);
    }
    plans.push({ card, applies });
  }

  const now = formatBudapest(nowMs);
  for (const { card, applies } of plans) {
    for (const apply of applies) apply(card, now);
    card.updatedAt = now;
    card.updatedBy = updatedBy ?? card.userId;
  }
  return null;
}
