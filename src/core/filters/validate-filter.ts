// Checks what the sidebar sends to saveFilter and returns a clean filter, or a [BAD_INPUT]/[INVALID_CODE] error.
import type { CardsFilterInput, DocumentsFilterInput, FilterInput, StatusGroup } from '../../shared/contract';
import { AppError, badInput } from '../errors';
import type { PhraseKey } from '../i18n/phrases';
import { parseSharedCode } from './shared-code';

const STATUS_GROUPS: readonly StatusGroup[] = ['Lead', 'Open', 'Success', 'Failed'];
const DOC_TYPES = ['Invoice', 'Order', 'Offer'] as const;
const MAX_NAME = 100;

function bad(field: PhraseKey, problem: PhraseKey): AppError {
  return badInput(field, problem);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function name(input: Record<string, unknown>): string {
  const value = typeof input.name === 'string' ? input.name.trim() : '';
  if (!value) throw bad('name', 'giveName');
  if (value.length > MAX_NAME) throw bad('name', 'atMost100');
  return value;
}

function optionalDate(input: Record<string, unknown>, key: string): string | undefined {
  const value = input[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw bad('updatedSince', 'dateLike');
  }
  return value;
}

function optionalGroup(input: Record<string, unknown>): StatusGroup | undefined {
  const value = input.statusGroup;
  if (value === undefined || value === null || value === '') return undefined;
  if (!STATUS_GROUPS.includes(value as StatusGroup)) throw bad('statusGroup', 'pickStatusGroup');
  return value as StatusGroup;
}

function optionalIds(input: Record<string, unknown>, key: string, label: PhraseKey): number[] | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every(id => Number.isInteger(id) && id > 0)) {
    throw bad(label, 'chooseFromList');
  }
  return value.length ? (value as number[]) : undefined;
}

function cards(input: Record<string, unknown>, id: string | undefined): CardsFilterInput {
  const moduleId = input.moduleId;
  if (!Number.isInteger(moduleId) || (moduleId as number) <= 0) throw bad('product', 'chooseProduct');
  const fields = input.fields;
  if (fields !== undefined && (!Array.isArray(fields) || !fields.every(f => typeof f === 'string' && f))) {
    throw bad('fields', 'chooseFromList');
  }
  const query = typeof input.query === 'string' && input.query.trim() ? input.query.trim() : undefined;
  const filter: CardsFilterInput = {
    id,
    name: name(input),
    kind: 'cards',
    moduleId: moduleId as number,
    statusGroup: optionalGroup(input),
    statusIds: optionalIds(input, 'statusIds', 'statuses'),
    userIds: optionalIds(input, 'userIds', 'owners'),
    updatedSince: optionalDate(input, 'updatedSince'),
    query,
    fields: fields && (fields as string[]).length ? [...new Set(fields as string[])] : undefined,
    includeConfidential: input.includeConfidential === true ? true : undefined,
  };
  return dropUndefined(filter);
}

function documents(input: Record<string, unknown>, id: string | undefined): DocumentsFilterInput {
  if (!DOC_TYPES.includes(input.docType as (typeof DOC_TYPES)[number])) {
    throw bad('documentType', 'pickDocumentType');
  }
  return dropUndefined({
    id,
    name: name(input),
    kind: 'documents',
    docType: input.docType as DocumentsFilterInput['docType'],
    updatedSince: optionalDate(input, 'updatedSince'),
    statusGroup: optionalGroup(input),
    items: input.items === true ? true : undefined,
  });
}

/** Validates a saveFilter input; a shared filter's code is checked and kept as the clean feed URL. */
export function validateFilterInput(input: unknown, allowLoopback = false): FilterInput {
  if (!isRecord(input)) throw bad('filter', 'empty');
  const id = typeof input.id === 'string' && input.id ? input.id : undefined;
  switch (input.kind) {
    case 'shared':
      return dropUndefined({
        id,
        name: name(input),
        kind: 'shared',
        code: parseSharedCode(String(input.code ?? ''), allowLoopback).url,
      });
    case 'cards':
      return cards(input, id);
    case 'documents':
      return documents(input, id);
    default:
      throw bad('filterKind', 'pickFilterKind');
  }
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
