// SpreadsheetApp as the core's WorkbookPort and SheetPort: batch reads and writes, grid growth, toasts.
import { AppError } from '../core/errors';
import type { CellValue, SheetPort, WorkbookPort } from '../core/ports';

/** Sheets' words when an action would pass 10 million cells. */
const CELL_LIMIT = /above the limit of 10000000 cells/i;

/** Growing the spreadsheet past Google's cell limit becomes [CELL_LIMIT], which the person can act on. */
function withinCellLimit<T>(grow: () => T): T {
  try {
    return grow();
  } catch (error) {
    if (error instanceof Error && CELL_LIMIT.test(error.message))
      throw new AppError('CELL_LIMIT', { cells: 10_000_000 }, error.message);
    throw error;
  }
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A SheetPort over one Sheet. */
export class SheetAdapter implements SheetPort {
  constructor(private readonly sheet: Sheet) {}

  get name(): string {
    return this.sheet.getName();
  }

  gridSize() {
    return { rows: this.sheet.getMaxRows(), columns: this.sheet.getMaxColumns() };
  }

  contentExtent() {
    return { rows: this.sheet.getLastRow(), columns: this.sheet.getLastColumn() };
  }

  ensureGridSize(rows: number, columns: number): void {
    withinCellLimit(() => {
      const maxRows = this.sheet.getMaxRows();
      if (rows > maxRows) this.sheet.insertRowsAfter(maxRows, rows - maxRows);
      const maxColumns = this.sheet.getMaxColumns();
      if (columns > maxColumns) this.sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
    });
  }

  read(row: number, column: number, rows: number, columns: number): CellValue[][] {
    return this.sheet.getRange(row, column, rows, columns).getValues() as CellValue[][];
  }

  readFormulas(row: number, column: number, rows: number, columns: number): string[][] {
    return this.sheet.getRange(row, column, rows, columns).getFormulas();
  }

  write(row: number, column: number, values: CellValue[][], numberFormats?: (string | null)[]): void {
    if (values.length === 0) return;
    const width = values[0].length;
    this.sheet.getRange(row, column, values.length, width).setValues(values);
    numberFormats?.forEach((format, index) => {
      if (format) this.sheet.getRange(row, column + index, values.length, 1).setNumberFormat(format);
    });
  }

  clear(row: number, column: number, rows: number, columns: number): void {
    if (rows > 0 && columns > 0) this.sheet.getRange(row, column, rows, columns).clearContent();
  }

  setFrozenRows(rows: number): void {
    this.sheet.setFrozenRows(rows);
  }

  insertRowsAfter(row: number, count: number): void {
    if (count > 0) withinCellLimit(() => this.sheet.insertRowsAfter(row, count));
  }

  hide(): void {
    this.sheet.hideSheet();
  }

  copyFormula(sourceRow: number, column: number, fromRow: number, toRow: number): void {
    if (toRow < fromRow) return;
    this.sheet
      .getRange(sourceRow, column)
      .copyTo(
        this.sheet.getRange(fromRow, column, toRow - fromRow + 1, 1),
        SpreadsheetApp.CopyPasteType.PASTE_FORMULA,
        false,
      );
  }
}

/** A WorkbookPort over one Spreadsheet. */
export class SpreadsheetWorkbook implements WorkbookPort {
  constructor(private readonly spreadsheet: Spreadsheet) {}

  get id(): string {
    return this.spreadsheet.getId();
  }

  timeZone(): string {
    return this.spreadsheet.getSpreadsheetTimeZone();
  }

  sheet(name: string): SheetPort | null {
    const sheet = this.spreadsheet.getSheetByName(name);
    return sheet ? new SheetAdapter(sheet) : null;
  }

  createSheet(name: string): SheetPort {
    return new SheetAdapter(withinCellLimit(() => this.spreadsheet.insertSheet(name)));
  }

  deleteSheet(name: string): void {
    const sheet = this.spreadsheet.getSheetByName(name);
    if (sheet) this.spreadsheet.deleteSheet(sheet);
  }

  totalCells(): number {
    return this.spreadsheet
      .getSheets()
      .reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
  }

  toast(message: string, title: string): void {
    this.spreadsheet.toast(message, title, 10);
  }
}
