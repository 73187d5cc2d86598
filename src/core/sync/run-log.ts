// The run log sheet: one row per run, newest first, the last 500 kept — what ran, when, and what it did.
import type { RunResult } from '../../shared/contract';
import type { CellValue, WorkbookPort } from '../ports';
import { DATE_TIME_FORMAT, verbatimText } from './cells';

/** The log sheet's name. */
export const RUN_LOG_SHEET = 'MiniCRM Sync log';
/** Runs kept in the log. */
export const RUN_LOG_LIMIT = 500;
const HEADER = [
  'When',
  'Sheet',
  'Started by',
  'State',
  'Code',
  'Rows',
  'Rows in MiniCRM',
  'Requests',
  'Seconds',
  'Message',
];

/** One run, as logged. */
export interface RunLogEntry {
  at: Date;
  sheet: string;
  startedBy: 'manual' | 'scheduled';
  result: RunResult;
  durationMs: number;
}

/** Adds a run at the top of the log and drops the oldest beyond 500. */
export function logRun(workbook: WorkbookPort, entry: RunLogEntry): void {
  const sheet = workbook.sheet(RUN_LOG_SHEET) ?? workbook.createSheet(RUN_LOG_SHEET);
  const extent = sheet.contentExtent();
  const previous =
    extent.rows > 1 ? sheet.read(2, 1, Math.min(extent.rows - 1, RUN_LOG_LIMIT - 1), HEADER.length) : [];
  const { result } = entry;
  const row: CellValue[] = [
    entry.at,
    verbatimText(entry.sheet),
    entry.startedBy,
    result.state,
    result.code ?? '',
    result.rows,
    result.totalRows ?? '',
    result.requests,
    Math.round(entry.durationMs / 100) / 10,
    verbatimText(result.message),
  ];
  const values = [
    HEADER,
    row,
    ...previous.map(old => old.map(cell => (typeof cell === 'string' ? verbatimText(cell) : cell))),
  ];
  sheet.ensureGridSize(values.length, HEADER.length);
  sheet.write(1, 1, values, [DATE_TIME_FORMAT, ...HEADER.slice(1).map(() => null)]);
  if (extent.rows > values.length)
    sheet.clear(values.length + 1, 1, extent.rows - values.length, HEADER.length);
  sheet.setFrozenRows(1);
}
