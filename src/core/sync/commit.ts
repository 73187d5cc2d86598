// Writes a finished table into its sheet in one go, by mode, keeping everything the user owns around the block.
import { AppError, badInput } from '../errors';
import type { CellValue, SheetPort, WorkbookPort } from '../ports';
import type { Table } from './card-table';
import { columnFormat, DATE_TIME_FORMAT, verbatimText, type TypedCell } from './cells';

/** Google's limit on cells in one spreadsheet. */
export const MAX_SPREADSHEET_CELLS = 10_000_000;

/** The grid of a new sheet. */
const NEW_SHEET = { rows: 1000, columns: 26 };

/** The block a sync owns: header row plus data rows, from A1. */
export interface Block {
  rows: number;
  columns: number;
}

/** What a commit did, for the run's message. */
export interface CommitOutcome {
  block: Block;
  /** Data rows the block holds now. */
  rows: number;
  added: number;
  updated: number;
  removed: number;
}

/**
 * Checks the target before anything is written: a sheet that already holds content this sync never wrote
 * belongs to someone and is refused with [SHEET_NOT_EMPTY]; a write that would pass Google's 10-million-cell
 * limit is refused with [CELL_LIMIT]. Returns the sheet, or null when it is still to be created.
 */
export function checkTarget(
  workbook: WorkbookPort,
  sheetName: string,
  previous: Block | undefined,
  planned: Block,
): SheetPort | null {
  const sheet = workbook.sheet(sheetName);
  if (!sheet) {
    // A new sheet starts at Google's 1000 × 26 grid.
    const cells =
      workbook.totalCells() +
      Math.max(NEW_SHEET.rows, planned.rows) * Math.max(NEW_SHEET.columns, planned.columns);
    if (cells > MAX_SPREADSHEET_CELLS) throw new AppError('CELL_LIMIT', { cells });
    return null;
  }
  const extent = sheet.contentExtent();
  if (!previous && (extent.rows > 0 || extent.columns > 0))
    throw new AppError('SHEET_NOT_EMPTY', { sheet: sheetName });
  checkCellLimit(workbook, sheet, planned);
  return sheet;
}

/** Refuses a write that would grow the spreadsheet past Google's 10-million-cell limit. */
export function checkCellLimit(workbook: WorkbookPort, sheet: SheetPort, block: Block): void {
  const grid = sheet.gridSize();
  const grownRows = Math.max(grid.rows, block.rows);
  const grownColumns = Math.max(grid.columns, block.columns);
  const after = workbook.totalCells() - grid.rows * grid.columns + grownRows * grownColumns;
  if (after > MAX_SPREADSHEET_CELLS) throw new AppError('CELL_LIMIT', { cells: after });
}

function formatsOf(rows: TypedCell[][], width: number): (string | null)[] | undefined {
  const formats = Array.from({ length: width }, (_, index) => columnFormat(rows.map(row => row[index])));
  return formats.some(format => format !== null) ? formats : undefined;
}

function valuesOf(rows: TypedCell[][]): CellValue[][] {
  return rows.map(row => row.map(cell => cell.value));
}

/** Clears the parts of the previous block the new one no longer covers. */
function clearOutside(sheet: SheetPort, previous: Block, next: Block): void {
  if (previous.rows > next.rows) {
    sheet.clear(next.rows + 1, 1, previous.rows - next.rows, previous.columns);
  }
  if (previous.columns > next.columns) {
    sheet.clear(1, next.columns + 1, Math.min(previous.rows, next.rows), previous.columns - next.columns);
  }
}

/** Whether any cell of a rectangle holds a value or a formula. */
function holdsAnything(sheet: SheetPort, row: number, rows: number): boolean {
  const columns = sheet.contentExtent().columns;
  if (rows < 1 || columns < 1) return false;
  const values = sheet.read(row, 1, rows, columns);
  const formulas = sheet.readFormulas(row, 1, rows, columns);
  return (
    values.some(line => line.some(cell => cell !== '')) ||
    formulas.some(line => line.some(cell => cell !== ''))
  );
}

/**
 * When the block grows past its old extent, whatever the user keeps below it moves down rather than being
 * written over: rows are inserted after the old block first.
 */
function makeRoom(sheet: SheetPort, previous: Block | undefined, nextRows: number): void {
  if (!previous || nextRows <= previous.rows) return;
  const extent = sheet.contentExtent();
  if (extent.rows <= previous.rows) return;
  if (holdsAnything(sheet, previous.rows + 1, Math.min(nextRows, extent.rows) - previous.rows)) {
    sheet.insertRowsAfter(previous.rows, nextRows - previous.rows);
  }
}

/** Runs of consecutive rows, e.g. [3,4,5,9] → [[3,5],[9,9]]. */
function runsOf(rows: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

/**
 * Keeps the user's formulas beside the block in step with it: a formula in the first data row of a column
 * right of the block is filled down to the block's last row — into empty cells and cells holding formulas,
 * never over a value the user typed; where the block shrank, the formulas below it are cleared.
 */
function followFormulas(sheet: SheetPort, previous: Block | undefined, next: Block): void {
  const extent = sheet.contentExtent();
  const first = next.columns + 1;
  if (extent.columns < first || next.rows < 2) return;
  const formulas = sheet.readFormulas(2, first, 1, extent.columns - first + 1)[0];
  formulas.forEach((formula, offset) => {
    if (!formula) return;
    const column = first + offset;
    const lastRow = Math.max(next.rows, previous?.rows ?? 0);
    if (lastRow < 3) return;
    const values = sheet.read(3, column, lastRow - 2, 1).map(line => line[0]);
    const cellFormulas = sheet.readFormulas(3, column, lastRow - 2, 1).map(line => line[0]);
    const free = (index: number) => values[index] === '' || cellFormulas[index] !== '';
    const fill = values.map((_, index) => index + 3).filter(row => row <= next.rows && free(row - 3));
    for (const [from, to] of runsOf(fill)) sheet.copyFormula(2, column, from, to);
    const stale = values
      .map((_, index) => index + 3)
      .filter(row => row > next.rows && cellFormulas[row - 3] !== '');
    for (const [from, to] of runsOf(stale)) sheet.clear(from, column, to - from + 1, 1);
  });
}

function writeBlock(
  sheet: SheetPort,
  header: string[],
  rows: TypedCell[][],
  previous: Block | undefined,
): Block {
  const block: Block = { rows: rows.length + 1, columns: Math.max(1, header.length) };
  makeRoom(sheet, previous, block.rows);
  sheet.ensureGridSize(block.rows, block.columns);
  sheet.write(1, 1, [header.map(verbatimText), ...valuesOf(rows)], formatsOf(rows, header.length));
  if (previous) clearOutside(sheet, previous, block);
  sheet.setFrozenRows(1);
  followFormulas(sheet, previous, block);
  return block;
}

/** Replace: the block becomes exactly the table. */
export function commitReplace(sheet: SheetPort, table: Table, previous: Block | undefined): CommitOutcome {
  const block = writeBlock(sheet, table.header, table.rows, previous);
  return {
    block,
    rows: table.rows.length,
    added: table.rows.length,
    updated: 0,
    removed: Math.max(0, (previous?.rows ?? 1) - block.rows),
  };
}

/** The key of a row: its first cell, as text (ids arrive as numbers, keys read back may be text). */
function keyOf(value: unknown): string {
  return value instanceof Date ? String(value.getTime()) : String(value).replace(/^'/, '');
}

/** Upsert matches rows by their first column: refused, before anything is written, when keys repeat. */
export function checkUniqueKeys(table: Table): void {
  const keys = new Set<string>();
  for (const row of table.rows) {
    const key = keyOf(row[0]?.value);
    if (keys.has(key)) throw badInput('mode', 'upsertNeedsUniqueKeys');
    keys.add(key);
  }
}

/**
 * Upsert, keyed on the first column: rows whose key is still in the table are updated in place, new keys are
 * appended, and the block cells of rows whose key left the source are cleared in place — never deleted, so
 * whatever the user wrote beside any row stays exactly where it was.
 */
export function commitUpsert(sheet: SheetPort, table: Table, previous: Block | undefined): CommitOutcome {
  if (!previous || previous.rows < 2) return commitReplace(sheet, table, previous);
  const incoming = new Map(table.rows.map(row => [keyOf(row[0]?.value), row]));
  const existingKeys = sheet.read(2, 1, previous.rows - 1, 1).map(row => keyOf(row[0]));
  const present = new Set(existingKeys);
  const width = Math.max(1, table.header.length);
  const blank = (): TypedCell[] => Array.from({ length: width }, () => ({ value: '' }));
  const inPlace = existingKeys.map(key =>
    key !== '' && incoming.has(key) ? (incoming.get(key) as TypedCell[]) : blank(),
  );
  const added = table.rows.filter(row => !present.has(keyOf(row[0]?.value)));
  const removed = existingKeys.filter(key => key !== '' && !incoming.has(key)).length;
  const rows = [...inPlace, ...added];
  const block = writeBlock(sheet, table.header, rows, previous);
  return {
    block,
    rows: rows.length - inPlace.filter(row => row[0].value === '').length,
    added: added.length,
    updated: inPlace.length - removed - existingKeys.filter(key => key === '').length,
    removed,
  };
}

/**
 * Append: each run adds its rows under the previous ones, with a first column "Synced at" — a history of
 * snapshots. The header row is (re)written each time.
 */
export function commitAppend(
  sheet: SheetPort,
  table: Table,
  previous: Block | undefined,
  syncedAt: Date,
): CommitOutcome {
  const header = ['Synced at', ...table.header];
  const stamped: TypedCell[][] = table.rows.map(row => [{ value: syncedAt, dateKind: 'instant' }, ...row]);
  const start = previous ? previous.rows + 1 : 2;
  const block: Block = {
    rows: start - 1 + stamped.length,
    columns: Math.max(header.length, previous?.columns ?? 0),
  };
  makeRoom(sheet, previous, block.rows);
  sheet.ensureGridSize(Math.max(block.rows, 1), block.columns);
  sheet.write(1, 1, [header.map(verbatimText)]);
  if (stamped.length) {
    const formats = formatsOf(stamped, header.length) ?? [DATE_TIME_FORMAT];
    sheet.write(start, 1, valuesOf(stamped), formats);
  }
  sheet.setFrozenRows(1);
  followFormulas(sheet, previous, block);
  return { block, rows: block.rows - 1, added: stamped.length, updated: 0, removed: 0 };
}

/** The block a table will occupy, for the cell-limit check before writing. */
export function plannedBlock(
  table: Table,
  mode: 'replace' | 'append' | 'upsert',
  previous: Block | undefined,
): Block {
  if (mode === 'append')
    return { rows: (previous?.rows ?? 1) + table.rows.length, columns: table.header.length + 1 };
  return {
    rows: Math.max(table.rows.length + 1, mode === 'upsert' ? (previous?.rows ?? 0) : 0),
    columns: table.header.length,
  };
}
