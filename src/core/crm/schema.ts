// A module's card schema (`Schema/Project/{id}`): field types for the sidebar and id→label maps for values.
import type { Field, FieldType } from '../../shared/contract';
import { AppError } from '../errors';

/** What the core knows about one field of a module. */
export interface SchemaField extends Field {
  /** For enum, multi and checkbox fields: option id (or bit flag) → label. */
  labels?: Map<string, string>;
}

/** A module's schema, ready for mapping values. */
export interface ModuleSchema {
  fields: SchemaField[];
  byKey: Map<string, SchemaField>;
}

/** Fields whose schema entry is a list but which always hold a single choice (ids are not bit flags). */
const SINGLE_CHOICE_SYSTEM_FIELDS = new Set(['StatusId', 'UserId', 'CreatedBy', 'UpdatedBy', 'CategoryId']);

function isPowerOfTwo(key: string): boolean {
  if (!/^\d+$/.test(key)) return false;
  // Bit flags reach 2^35 (reference sample): beyond 32-bit, so no bitwise operators here.
  let n = Number(key);
  if (n < 1) return false;
  while (n > 1) {
    if (n % 2 !== 0) return false;
    n /= 2;
  }
  return true;
}

/** The type of a field from its schema entry: a type string (`Int`, `Text(512)`…) or an options object. */
function fieldTypeOf(key: string, entry: unknown): FieldType {
  if (entry !== null && typeof entry === 'object') {
    const keys = Object.keys(entry);
    if (SINGLE_CHOICE_SYSTEM_FIELDS.has(key)) return 'enum';
    // A single checkbox is {"1": "label"}; multi-selects use bit-flag keys 1, 2, 4, 8, …
    if (keys.length === 1 && keys[0] === '1') return 'boolean';
    if (keys.length > 1 && keys.every(isPowerOfTwo)) return 'multi';
    return 'enum';
  }
  const type = String(entry).toLowerCase();
  if (type.startsWith('int') || type.startsWith('float') || type.startsWith('decimal')) return 'number';
  if (type.startsWith('date')) return 'date';
  if (type.startsWith('bool')) return 'boolean';
  if (type.startsWith('file')) return 'file';
  return 'text';
}

/** Turns a raw schema answer into fields with types and label maps. Refuses anything not shaped like one. */
export function parseModuleSchema(raw: unknown): ModuleSchema {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new AppError('BAD_RESPONSE', {}, 'schema is not an object');
  }
  const fields: SchemaField[] = Object.entries(raw as Record<string, unknown>).map(([key, entry]) => {
    const type = fieldTypeOf(key, entry);
    const field: SchemaField = { key, type };
    if (entry !== null && typeof entry === 'object') {
      const labels = new Map(
        Object.entries(entry as Record<string, unknown>).map(([id, label]) => [id, String(label)]),
      );
      field.labels = labels;
      if (type !== 'boolean') field.options = [...labels.values()];
    }
    return field;
  });
  return { fields, byKey: new Map(fields.map(field => [field.key, field])) };
}

/** The label of an option id (search rows carry ids), or the id itself as text when the schema lacks it. */
export function labelOf(schema: ModuleSchema, key: string, id: unknown): string {
  if (id === null || id === undefined || id === '' || id === 0 || id === '0') return '';
  const label = schema.byKey.get(key)?.labels?.get(String(id));
  return label ?? String(id);
}

/** The public shape of a field for the sidebar (no label maps). */
export function toContractField(field: SchemaField): Field {
  return field.options
    ? { key: field.key, type: field.type, options: field.options }
    : { key: field.key, type: field.type };
}
