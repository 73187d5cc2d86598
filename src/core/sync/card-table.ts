// Turns MiniCRM card rows into the sheet's table: the chosen columns, headers and typed cells.
import type { Sync } from '../../shared/contract';
import { multiSelectLabels } from '../crm/multi-select';
import { labelOf, type ModuleSchema } from '../crm/schema';
import { typeCell, type TypedCell } from './cells';

/**
 * The summary fields every card search row carries, in the order the sheet shows them by default. Fixed, so
 * that a field MiniCRM adds later never shifts the user's columns.
 */
export const SUMMARY_FIELDS = ['Id', 'Name', 'StatusId', 'UserId', 'ContactId', 'BusinessId'] as const;

/** Fields whose search-row value is an id that the schema maps to a label (detail rows carry the label). */
const ID_LABEL_FIELDS = new Set(['StatusId', 'UserId', 'CreatedBy', 'UpdatedBy', 'CategoryId']);

/** A table ready to write: header cells and typed rows. */
export interface Table {
  header: string[];
  rows: TypedCell[][];
}

/** The columns of a sync: its own choice, else the filter's fields, else the summary fields. */
export function columnsFor(
  sync: Pick<Sync, 'columns'>,
  filterFields: string[] | undefined,
): { key: string; header: string }[] {
  if (sync.columns && sync.columns.length) {
    return sync.columns.map(column => ({ key: column.key, header: column.header?.trim() || column.key }));
  }
  const keys = filterFields && filterFields.length ? filterFields : [...SUMMARY_FIELDS];
  return keys.map(key => ({ key, header: key }));
}

/** The value of one field of one card row, typed for its cell. */
export function cardCell(schema: ModuleSchema, row: Record<string, unknown>, key: string): TypedCell {
  const raw = row[key];
  const field = schema.byKey.get(key);
  if (ID_LABEL_FIELDS.has(key)) {
    // Search rows carry ids, detail rows labels: map ids through the schema, keep labels.
    const label =
      typeof raw === 'number' || (typeof raw === 'string' && /^\d+$/.test(raw))
        ? labelOf(schema, key, raw)
        : raw;
    return typeCell('text', label);
  }
  if (key === 'Id' || key === 'ContactId' || key === 'BusinessId') return typeCell('number', raw);
  if (field?.type === 'multi') return typeCell('text', multiSelectLabels(raw, field.labels).join(', '));
  // A single-choice field given by id (some answers carry ids) shows its label.
  if (field?.type === 'enum' && (typeof raw === 'number' || (typeof raw === 'string' && /^\d+$/.test(raw)))) {
    return typeCell('text', field.labels?.get(String(raw)) ?? raw);
  }
  return typeCell(field?.type, raw);
}

/** Builds the table for card rows. */
export function cardTable(
  schema: ModuleSchema,
  rows: Record<string, unknown>[],
  columns: { key: string; header: string }[],
): Table {
  return {
    header: columns.map(column => column.header),
    rows: rows.map(row => columns.map(column => cardCell(schema, row, column.key))),
  };
}
