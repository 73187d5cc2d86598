// Invoices, orders and offers as a table: one row per document, or per line item ("articole/servicii").
import type { DocumentsFilterInput } from '../../shared/contract';
import type { DocumentType, MiniCrmClient, Query } from '../crm/client';
import { readAllPages } from '../crm/paging';
import { AppError } from '../errors';
import type { Clock, WorkbookPort } from '../ports';
import type { Table } from './card-table';
import { percentCell, typeCell, type TypedCell } from './cells';
import { Mirror, type MirrorRecords } from './mirror';
import { fetchIntoMirror } from './staged-fetch';

/** The document fields the list carries, in the sheet's order. */
export const DOCUMENT_FIELDS = [
  'Id',
  'Number',
  'Type',
  'Status',
  'StatusGroup',
  'Issued',
  'Performance',
  'Prompt',
  'Paid',
  'CurrencyCode',
  'AmountNet',
  'AmountVat',
  'Amount',
  'ProjectId',
  'StornedId',
];
/** The line-item fields, shown after the document's as `Item: <field>`. */
export const ITEM_FIELDS = [
  'Name',
  'Description',
  'SKU',
  'Quantity',
  'Unit',
  'PriceNet',
  'VAT',
  'PriceNetTotal',
  'PriceTotal',
];

const NUMBER_FIELDS = new Set([
  'Id',
  'ProjectId',
  'StornedId',
  'AmountNet',
  'AmountVat',
  'Amount',
  'Quantity',
  'PriceNet',
  'PriceNetTotal',
  'PriceTotal',
]);
const DATE_FIELDS = new Set(['Issued', 'Performance', 'Prompt', 'Paid']);

/** A step's outcome. */
export type DocumentStep =
  | { kind: 'running'; fetched: number; total: number }
  | { kind: 'ready'; table: Table; total: number; truncated: boolean };

/** What a step needs. */
export interface DocumentStepInput {
  client: MiniCrmClient;
  workbook: WorkbookPort;
  clock: Clock;
  syncId: string;
  filter: DocumentsFilterInput;
  rowLimit: number;
  truncate: boolean;
}

function cell(field: string, raw: unknown): TypedCell {
  if (field === 'VAT') return percentCell(raw);
  if (NUMBER_FIELDS.has(field)) return typeCell('number', raw);
  if (DATE_FIELDS.has(field)) return typeCell('date', raw);
  return typeCell('text', raw);
}

function documentCells(row: Record<string, unknown>): TypedCell[] {
  return DOCUMENT_FIELDS.map(field => cell(field, row[field]));
}

function itemsOf(detail: Record<string, unknown> | undefined): Record<string, unknown>[] {
  const items = detail?.Items;
  if (Array.isArray(items))
    return items.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object');
  if (items && typeof items === 'object')
    return Object.values(items as Record<string, Record<string, unknown>>);
  return [];
}

function listAll(client: MiniCrmClient, type: DocumentType, query: Query): Record<string, unknown>[] {
  return readAllPages(pages => client.listDocumentPages(type, query, pages), {
    maxRows: Number.MAX_SAFE_INTEGER,
    keepFirstRowsWhenOver: true,
  }).rows;
}

function guard(rows: TypedCell[][], header: string[], input: DocumentStepInput): DocumentStep {
  if (rows.length > input.rowLimit && !input.truncate)
    throw new AppError('ROW_LIMIT', { total: rows.length, limit: input.rowLimit });
  return {
    kind: 'ready',
    table: { header, rows: rows.slice(0, input.rowLimit) },
    total: rows.length,
    truncated: rows.length > input.rowLimit,
  };
}

/**
 * One step of a document sync. Without items the list is the table. With items each document's details are
 * needed: they are kept in the sync's mirror, and fetched again only for documents whose list row changed
 * (status, amounts, payment) or that are new; documents gone from the list leave the mirror.
 */
export function documentStep(input: DocumentStepInput): DocumentStep {
  const { client, filter } = input;
  const query: Query = { UpdatedSince: filter.updatedSince, StatusGroup: filter.statusGroup };
  const listed = listAll(client, filter.docType, query).sort((a, b) => Number(a.Id) - Number(b.Id));
  if (!filter.items) return guard(listed.map(documentCells), DOCUMENT_FIELDS, input);

  const mirror = Mirror.open(input.workbook, input.syncId);
  const stored = mirror.load();
  const records: MirrorRecords = new Map();
  for (const row of listed) {
    const id = Number(row.Id);
    const previous = stored.get(id);
    const unchanged = previous && JSON.stringify(previous.row) === JSON.stringify(row);
    records.set(id, unchanged ? previous : null);
  }
  const rowsById = new Map(listed.map(row => [Number(row.Id), row]));
  fetchIntoMirror(
    {
      ids: listed.map(row => Number(row.Id)).filter(id => records.get(id) === null),
      fetchBatch: batch => input.client.documents(filter.docType, batch),
      fetchOne: id => input.client.document(filter.docType, id),
      // A document deleted since the listing simply has no lines left to show.
      store: (id, detail) => records.set(id, { row: rowsById.get(id), items: detail ? itemsOf(detail) : [] }),
    },
    mirror,
    records,
    input.clock,
  );
  const stillMissing = [...records.values()].filter(record => record === null).length;
  if (stillMissing > 0) return { kind: 'running', fetched: records.size - stillMissing, total: records.size };

  const header = [...DOCUMENT_FIELDS, ...ITEM_FIELDS.map(field => `Item: ${field}`)];
  const rows: TypedCell[][] = [];
  for (const row of listed) {
    const record = records.get(Number(row.Id)) as {
      row: Record<string, unknown>;
      items: Record<string, unknown>[];
    };
    const base = documentCells(row);
    const items = record.items.length ? record.items : [{}];
    for (const item of items) rows.push([...base, ...ITEM_FIELDS.map(field => cell(field, item[field]))]);
  }
  return guard(rows, header, input);
}
