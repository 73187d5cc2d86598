// A small stateful in-memory spreadsheet implementing the core's WorkbookPort/SheetPort, for unit tests.
import type { CellValue, SheetPort, WorkbookPort } from '../../src/core/ports';

/** One sheet: a sparse grid of values and formulas. */
export class FakeSheet implements SheetPort {
  readonly cells = new Map<string, CellValue>();
  readonly formulas = new Map<string, string>();
  frozenRows = 0;
  hidden = false;
  constructor(
    readonly name: string,
    public rows = 1000,
    public columns = 26,
  ) {}
  private key(row: number, column: number) {
    return `${row}:${column}`;
  }
  gridSize() {
    return { rows: this.rows, columns: this.columns };
  }
  contentExtent() {
    let rows = 0;
    let columns = 0;
    for (const key of [...this.cells.keys(), ...this.formulas.keys()]) {
      const [r, c] = key.split(':').map(Number);
      rows = Math.max(rows, r);
      columns = Math.max(columns, c);
    }
    return { rows, columns };
  }
  ensureGridSize(rows: number, columns: number) {
    this.rows = Math.max(this.rows, rows);
    this.columns = Math.max(this.columns, columns);
  }
  read(row: number, column: number, rows: number, columns: number): CellValue[][] {
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => this.cells.get(this.key(row + r, column + c)) ?? ''),
    );
  }
  readFormulas(row: number, column: number, rows: number, columns: number): string[][] {
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => this.formulas.get(this.key(row + r, column + c)) ?? ''),
    );
  }
  write(row: number, column: number, values: CellValue[][]) {
    if (row + values.length - 1 > this.rows || column + (values[0]?.length ?? 0) - 1 > this.columns)
      throw new Error('outside the grid');
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        const key = this.key(row + r, column + c);
        if (value === '') this.cells.delete(key);
        else this.cells.set(key, typeof value === 'string' ? value.replace(/^'/, '') : value);
      }),
    );
  }
  clear(row: number, column: number, rows: number, columns: number) {
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) this.cells.delete(this.key(row + r, column + c));
  }
  setFrozenRows(rows: number) {
    this.frozenRows = rows;
  }
  insertRowsAfter(row: number, count: number) {
    const shift = (map: Map<string, unknown>) => {
      const moved = new Map<string, unknown>();
      for (const [key, value] of map) {
        const [r, c] = key.split(':').map(Number);
        moved.set(this.key(r > row ? r + count : r, c), value);
      }
      map.clear();
      for (const [key, value] of moved) map.set(key, value);
    };
    shift(this.cells as Map<string, unknown>);
    shift(this.formulas as Map<string, unknown>);
    this.rows += count;
  }
  hide() {
    this.hidden = true;
  }
  copyFormula(sourceRow: number, column: number, fromRow: number, toRow: number) {
    const formula = this.formulas.get(this.key(sourceRow, column)) ?? '';
    for (let r = fromRow; r <= toRow; r++) {
      this.formulas.set(
        this.key(r, column),
        formula.replace(/\d+/g, digits => String(Number(digits) + r - sourceRow)),
      );
    }
  }
}

/** A workbook of FakeSheets. */
export class FakeWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, FakeSheet>();
  readonly toasts: string[] = [];
  readonly id = 'fake-spreadsheet';
  timeZone() {
    return 'Europe/Bucharest';
  }
  sheet(name: string) {
    return this.sheets.get(name) ?? null;
  }
  createSheet(name: string) {
    const sheet = new FakeSheet(name);
    this.sheets.set(name, sheet);
    return sheet;
  }
  deleteSheet(name: string) {
    this.sheets.delete(name);
  }
  totalCells() {
    return [...this.sheets.values()].reduce((sum, sheet) => sum + sheet.rows * sheet.columns, 0);
  }
  toast(message: string) {
    this.toasts.push(message);
  }
}
