// A shared filter's CSV feed (MiniCRM's own Google Sheets sync) as a typed table, checked for truncation.
import type { SharedFilterInput, Sync } from '../../shared/contract';
import type { MiniCrmClient } from '../crm/client';
import { AppError, isAppError, notFound } from '../errors';
import { parseCsv } from '../text/csv';
import type { Table } from './card-table';
import type { TypedCell } from './cells';
import { typeColumn } from './infer-columns';

/** The table of a shared filter, and how it compares with the limit. */
export interface SharedTable {
  table: Table;
  total: number;
  truncated: boolean;
}

/** Reads the feed: refuses one that stops mid-record, keeps ragged rows, keeps the header order. */
function readFeed(client: MiniCrmClient, url: string): string[][] {
  let text: string;
  try {
    text = client.sharedFilterCsv(url);
  } catch (error) {
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'AUTH_FAILED'))
      throw notFound('theSharedFilter', error.remoteText);
    throw error;
  }
  const csv = parseCsv(text);
  const header = csv.records[0];
  if (!header || csv.unterminatedQuote)
    throw new AppError('BAD_RESPONSE', {}, 'the CSV feed ends in the middle of a value');
  const last = csv.records[csv.records.length - 1];
  if (csv.records.length > 1 && !csv.endsWithLineBreak && last.length < header.length) {
    throw new AppError('BAD_RESPONSE', {}, 'the CSV feed ends in the middle of a row');
  }
  return csv.records;
}

/** Fetches a shared filter and builds its table: the sync's columns (by CSV header) or all, in feed order. */
export function sharedTable(
  client: MiniCrmClient,
  filter: SharedFilterInput,
  sync: Sync,
  limit: number,
  truncate: boolean,
): SharedTable {
  const [header, ...rows] = readFeed(client, filter.code);
  const width = Math.max(header.length, ...rows.map(row => row.length));
  const headers = Array.from({ length: width }, (_, i) => header[i] || `Column ${i + 1}`);
  const total = rows.length;
  if (total > limit && !truncate) throw new AppError('ROW_LIMIT', { total, limit });
  const kept = rows.slice(0, limit);
  const chosen = sync.columns?.length
    ? sync.columns.map(column => ({
        index: headers.indexOf(column.key),
        header: column.header?.trim() || column.key,
      }))
    : headers.map((name, index) => ({ index, header: name }));
  const columns = chosen.map(({ index }) =>
    typeColumn(kept.map(row => (index >= 0 ? (row[index] ?? '') : ''))),
  );
  const typedRows: TypedCell[][] = kept.map((_row, r) => columns.map(column => column[r]));
  return {
    table: { header: chosen.map(column => column.header), rows: typedRows },
    total,
    truncated: total > kept.length,
  };
}
