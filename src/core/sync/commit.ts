// Writes a finished table into its sheet in one go, keeping everything around the block that the user owns.
import { AppError } from '../errors';
import type { CellValue, SheetPort, WorkbookPort } from '../ports';
import { columnFormat, verbatimText } from './cells';
import type { Table } from './card-table';

/** Google's limit on cells in one spreadsheet. */
export const MAX_SPREADSHEET_CELLS = 10_000_000;

/** The block a sync owns: header row plus data rows, from A1. */
export interface Block {
  rows: number;
  columns: number;
}

/**
 * Finds or creates the target sheet. A sheet that already holds content this sync never wrote belongs to
 * someone: it is refused with [SHEET_NOT_EMPTY], never overwritten.
 */
export function targetSheet(
  workbook: WorkbookPort,
  sheetName: string,
  previousBlock: Block | undefined,
): SheetPort {
  const sheet = workbook.sheet(sheetName);
  if (!sheet) return workbook.createSheet(sheetName);
  const extent = sheet.contentExtent();
  if (!previousBlock && (extent.rows > 0 || extent.columns > 0)) {
    throw new AppError('SHEET_NOT_EMPTY', { sheet: sheetName });
  }
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

/**
 * Commits a table at A1 in one value write: grows the grid first, writes header and rows (with date formats
 * per column), clears what is left of the previous block below and to the right, freezes the header.
 * Cells outside the old and new block are never touched.
 */
export function commitTable(sheet: SheetPort, table: Table, previous: Block | undefined): Block {
  const columns = Math.max(1, table.header.length);
  const block: Block = { rows: table.rows.length + 1, columns };
  sheet.ensureGridSize(block.rows, block.columns);
  const values: CellValue[][] = [
    table.header.map(verbatimText),
    ...table.rows.map(row => row.map(cell => cell.value)),
  ];
  const formats = table.header.map((_header, index) => columnFormat(table.rows.map(row => row[index])));
  sheet.write(1, 1, values, formats.some(format => format !== null) ? formats : undefined);
  if (previous) clearOutside(sheet, previous, block);
  sheet.setFrozenRows(1);
  return block;
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
