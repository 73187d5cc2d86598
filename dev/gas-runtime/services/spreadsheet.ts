// The emulated SpreadsheetApp: an in-memory model of spreadsheets and the Apps Script objects a script sees over it.
import { createHash } from 'node:crypto';
import type { Execution, ServiceNeed } from '../execution';
import { isKnownTimeZone } from '../time-zone';
import type { MenuRecord, World } from '../world';
import {
  columnLetters,
  columnNumber,
  formulaFromR1C1,
  formulaToR1C1,
  shiftFormula,
} from './formula-references';
import {
  AUTOMATIC_FORMAT,
  CellTooLongError,
  type CellValue,
  displayValue,
  isDate,
  parseUserEnteredValue,
  type StoredCell,
  valueUnderFormat,
} from './sheets-input';
import { signatureError } from './signature';

// ---------------------------------------------------------------------------------------------------------------
// Limits and Google's error texts

/** Sheets' cell limit for a whole spreadsheet (sum of every sheet's rows × columns). */
export const MAX_CELLS_PER_SPREADSHEET = 10_000_000;
/** Sheets' column limit per sheet (column ZZZ). */
export const MAX_COLUMNS_PER_SHEET = 18_278;
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

const ERR = {
  cellTooLong: 'Exception: Your input contains more than the maximum of 50000 characters in a single cell.',
  outside: 'Exception: The coordinates of the range are outside the dimensions of the sheet.',
  startRow: 'Exception: The starting row of the range is too small.',
  startColumn: 'Exception: The starting column of the range is too small.',
  numRows: 'Exception: The number of rows in the range must be at least 1.',
  numColumns: 'Exception: The number of columns in the range must be at least 1.',
  cellLimit: `Exception: This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS_PER_SPREADSHEET} cells.`,
  columnLimit: `Exception: This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS_PER_SHEET}.`,
  rowsOutOfBounds: 'Exception: Those rows are out of bounds.',
  columnsOutOfBounds: 'Exception: Those columns are out of bounds.',
  deleteAllRows: "Exception: You can't delete all the rows on the sheet.",
  deleteAllColumns: "Exception: You can't delete all the columns on the sheet.",
  deleteAllSheets: "Exception: You can't remove all the sheets in a document.",
  hideAllSheets: "Exception: You can't hide all the sheets in a document.",
  otherSpreadsheet: 'Exception: Target range and source range must be on the same spreadsheet.',
  rangeNotFound: 'Exception: Range not found',
  openById:
    'Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.',
  uiContext: 'Exception: Cannot call SpreadsheetApp.getUi() from this context.',
  duplicateSheet: (name: string) =>
    `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
  dataRows: (data: number, range: number) =>
    `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  dataColumns: (data: number, range: number) =>
    `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  noDialogs: (mode: string) =>
    `Exception: Add-ons can't open sidebars or dialogs while executing in AuthMode.${mode}.`,
  invalidArgument: (name: string) => `Exception: Invalid argument: ${name}`,
};

// ---------------------------------------------------------------------------------------------------------------
// The model

/** One stored cell. Cells that hold nothing (no value, formula, format or note) are not stored at all. */
export interface CellModel {
  /** '' when empty; a formula cell keeps '' too because the emulator does not evaluate formulas. */
  value: CellValue;
  formula: string | null;
  /** null = Automatic. */
  numberFormat: string | null;
  /** '' = no note. */
  note: string;
}

/** One sheet (tab). */
export interface SheetModel {
  /** The `gid`: 0 for a spreadsheet's first sheet. */
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Hidden tabs stay in `getSheets()`; at least one sheet of a spreadsheet is always visible. */
  hidden: boolean;
  /** Sparse cells: row number → (column number → cell), both 1-based. */
  rows: Map<number, Map<number, CellModel>>;
}

/** One spreadsheet file. */
export interface SpreadsheetModel {
  id: string;
  name: string;
  /** The spreadsheet's time zone (File → Settings), used to read typed dates and show date values. */
  timeZone: string;
  locale: string;
  sheets: SheetModel[];
  /** The sheet the (emulated) user looks at. */
  activeSheetId: number;
  /** How many sheets were ever added, for deterministic new sheet ids. */
  sheetsCreated: number;
}

/** Options for `createSpreadsheet`. */
export interface NewSpreadsheetOptions {
  name?: string;
  /** A fixed id (e.g. one a test refers to); by default a deterministic Drive-like id. */
  id?: string;
  /** Defaults to the script's time zone, as for a spreadsheet created by the script's owner. */
  timeZone?: string;
}

interface Registry {
  byId: Map<string, SpreadsheetModel>;
  created: number;
}

function registry(world: World): Registry {
  return world.state<Registry>('spreadsheets', () => ({ byId: new Map(), created: 0 }));
}

/** A Drive-like id (44 characters of base64url, starting with '1'), deterministic per world. */
function driveLikeId(seed: string): string {
  return '1' + createHash('sha256').update(seed).digest('base64url').slice(0, 43);
}

function newSheet(id: number, name: string): SheetModel {
  return {
    id,
    name,
    maxRows: NEW_SHEET_ROWS,
    maxColumns: NEW_SHEET_COLUMNS,
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    rows: new Map(),
  };
}

/** Creates a spreadsheet with one empty sheet "Sheet1" of 1000 × 26 cells, like Sheets does. */
export function createSpreadsheet(world: World, options: NewSpreadsheetOptions = {}): SpreadsheetModel {
  const reg = registry(world);
  reg.created += 1;
  const id = options.id ?? driveLikeId(`emulated-spreadsheet-${reg.created}`);
  if (reg.byId.has(id)) throw new Error(`a spreadsheet with id ${id} already exists`);
  const timeZone = options.timeZone ?? world.scriptTimeZone;
  if (!isKnownTimeZone(timeZone)) throw new Error(`unknown time zone ${timeZone}`);
  const model: SpreadsheetModel = {
    id,
    name: options.name ?? 'Untitled spreadsheet',
    timeZone,
    locale: 'en_US',
    sheets: [newSheet(0, 'Sheet1')],
    activeSheetId: 0,
    sheetsCreated: 1,
  };
  reg.byId.set(id, model);
  return model;
}

/** The spreadsheet with this id, or null. */
export function getSpreadsheetModel(world: World, id: string): SpreadsheetModel | null {
  return registry(world).byId.get(id) ?? null;
}

/** Every spreadsheet of the world, in creation order. */
export function listSpreadsheets(world: World): SpreadsheetModel[] {
  return [...registry(world).byId.values()];
}

/**
 * Test/playground helper: the values of a sheet's data range (A1 to last row/column with content), with formulas
 * shown as their text and dates as Dates; [] for an empty sheet. Reads the model directly, outside any execution.
 */
export function readSheetValues(model: SpreadsheetModel, sheetName: string): unknown[][] {
  const sheet = requireSheet(model, sheetName);
  const { lastRow, lastColumn } = contentBounds(sheet);
  const out: unknown[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= lastColumn; c++) {
      const cell = getCell(sheet, r, c);
      row.push(cell?.formula ?? copyValue(cell?.value ?? '', Date));
    }
    out.push(row);
  }
  return out;
}

/**
 * Test/playground helper: writes a grid into a sheet starting at a cell, parsed as `setValues` would (typed text
 * becomes numbers/dates, `=` starts a formula). Grows nothing: the grid must fit the sheet.
 */
export function seedSheetValues(
  model: SpreadsheetModel,
  sheetName: string,
  values: unknown[][],
  startRow = 1,
  startColumn = 1,
): void {
  const sheet = requireSheet(model, sheetName);
  values.forEach((row, i) =>
    row.forEach((value, j) => {
      const r = startRow + i;
      const c = startColumn + j;
      if (r > sheet.maxRows || c > sheet.maxColumns) throw new Error(`R${r}C${c} is outside ${sheetName}`);
      storeInput(sheet, r, c, parseUserEnteredValue(value, Date, model.timeZone), model.timeZone);
    }),
  );
}

function requireSheet(model: SpreadsheetModel, sheetName: string): SheetModel {
  const sheet = findSheetByName(model, sheetName);
  if (!sheet) throw new Error(`no sheet named ${sheetName} in ${model.name}`);
  return sheet;
}

/** Sheet names are unique regardless of case in Sheets, and looked up the same way. */
function findSheetByName(model: SpreadsheetModel, name: string): SheetModel | undefined {
  const wanted = name.toLowerCase();
  return model.sheets.find(s => s.name.toLowerCase() === wanted);
}

// ---------------------------------------------------------------------------------------------------------------
// Cell storage

/** Cached last row/column with content per sheet; dropped by any change that could lower them. */
const boundsCache = new WeakMap<SheetModel, { lastRow: number; lastColumn: number }>();

function hasContent(cell: CellModel | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== null);
}

function isBlank(cell: CellModel): boolean {
  return !hasContent(cell) && cell.numberFormat === null && cell.note === '';
}

function getCell(sheet: SheetModel, row: number, column: number): CellModel | undefined {
  return sheet.rows.get(row)?.get(column);
}

/** Applies a change to one cell (created blank if absent), then drops it again if it ends up holding nothing. */
function updateCell(sheet: SheetModel, row: number, column: number, change: (cell: CellModel) => void): void {
  let cells = sheet.rows.get(row);
  const existing = cells?.get(column);
  const cell = existing ?? { value: '', formula: null, numberFormat: null, note: '' };
  const had = hasContent(existing);
  change(cell);
  const has = hasContent(cell);
  if (isBlank(cell)) {
    cells?.delete(column);
    if (cells && cells.size === 0) sheet.rows.delete(row);
  } else if (!existing) {
    if (!cells) sheet.rows.set(row, (cells = new Map()));
    cells.set(column, cell);
  }
  trackBounds(sheet, row, column, had, has);
}

function trackBounds(sheet: SheetModel, row: number, column: number, had: boolean, has: boolean): void {
  const cached = boundsCache.get(sheet);
  if (!cached) return;
  if (had && !has) boundsCache.delete(sheet);
  else if (has) {
    cached.lastRow = Math.max(cached.lastRow, row);
    cached.lastColumn = Math.max(cached.lastColumn, column);
  }
}

/**
 * Stores a parsed input; Sheets' own format choice applies only while the cell's format is Automatic. The value
 * then takes the kind the cell's format gives it (a number under a date format is a date, and the reverse).
 */
function storeInput(
  sheet: SheetModel,
  row: number,
  column: number,
  input: StoredCell,
  timeZone: string,
): void {
  updateCell(sheet, row, column, cell => {
    cell.value = isDate(input.value) ? new Date(input.value.getTime()) : input.value;
    cell.formula = input.formula;
    if (input.numberFormat && cell.numberFormat === null) cell.numberFormat = input.numberFormat;
    settleValue(cell, timeZone);
  });
}

/**
 * Keeps a cell's stored value the kind its number format makes it, as Sheets (which stores only numbers) shows it:
 * a number under a date/time format is stored as its Date, a Date under a number format as its serial number.
 * Called after every change of a cell's value or format, so every reader sees the same kind.
 */
function settleValue(cell: CellModel, timeZone: string): void {
  if (cell.formula === null) cell.value = valueUnderFormat(cell.value, cell.numberFormat, timeZone);
}

/** The last row and column that hold a value or formula (0 when the sheet is empty). */
function contentBounds(sheet: SheetModel): { lastRow: number; lastColumn: number } {
  let bounds = boundsCache.get(sheet);
  if (!bounds) {
    bounds = { lastRow: 0, lastColumn: 0 };
    for (const [r, cells] of sheet.rows) {
      for (const [c, cell] of cells) {
        if (!hasContent(cell)) continue;
        bounds.lastRow = Math.max(bounds.lastRow, r);
        bounds.lastColumn = Math.max(bounds.lastColumn, c);
      }
    }
    boundsCache.set(sheet, bounds);
  }
  return bounds;
}

/** Values handed out are copies: a Date becomes a new Date of the reader's realm. */
function copyValue(value: CellValue, realmDate: DateConstructor): CellValue {
  return isDate(value) ? new realmDate(value.getTime()) : value;
}

function totalCells(model: SpreadsheetModel): number {
  return model.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
}

/** Moves every row key ≥ `from` by `delta` (rows were inserted or deleted above them). */
function shiftRows(sheet: SheetModel, from: number, delta: number): void {
  const moved = new Map<number, Map<number, CellModel>>();
  for (const [r, cells] of sheet.rows) moved.set(r >= from ? r + delta : r, cells);
  sheet.rows = moved;
  boundsCache.delete(sheet);
}

function shiftColumns(sheet: SheetModel, from: number, delta: number): void {
  for (const [r, cells] of sheet.rows) {
    const moved = new Map<number, CellModel>();
    for (const [c, cell] of cells) moved.set(c >= from ? c + delta : c, cell);
    sheet.rows.set(r, moved);
  }
  boundsCache.delete(sheet);
}

function dropRows(sheet: SheetModel, start: number, count: number): void {
  for (let r = start; r < start + count; r++) sheet.rows.delete(r);
  shiftRows(sheet, start + count, -count);
}

function dropColumns(sheet: SheetModel, start: number, count: number): void {
  for (const [r, cells] of sheet.rows) {
    for (let c = start; c < start + count; c++) cells.delete(c);
    if (cells.size === 0) sheet.rows.delete(r);
  }
  shiftColumns(sheet, start + count, -count);
}

// ---------------------------------------------------------------------------------------------------------------
// A1 notation

/** A rectangle of cells, 1-based. */
interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

function a1Notation(box: Box): string {
  const start = columnLetters(box.column) + box.row;
  if (box.numRows === 1 && box.numColumns === 1) return start;
  return `${start}:${columnLetters(box.column + box.numColumns - 1)}${box.row + box.numRows - 1}`;
}

const A1_PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/**
 * Parses `A1`, `A1:C3`, `A:C` (whole columns), `2:5` (whole rows) and `A2:C` (open-ended down to the last row);
 * null when the text is none of these.
 */
function parseA1(text: string, sheet: SheetModel): Box | null {
  const [first, second, extra] = text.trim().split(':');
  if (extra !== undefined) return null;
  const a = A1_PART.exec(first);
  const b = second === undefined ? a : A1_PART.exec(second);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return null;
  if (second === undefined && (!a[1] || !a[2])) return null;
  const rowA = a[2] ? Number(a[2]) : 1;
  const rowB = b[2] ? Number(b[2]) : sheet.maxRows;
  const colA = a[1] ? columnNumber(a[1]) : 1;
  const colB = b[1] ? columnNumber(b[1]) : sheet.maxColumns;
  if (rowA < 1 || rowB < 1) return null;
  return {
    row: Math.min(rowA, rowB),
    column: Math.min(colA, colB),
    numRows: Math.abs(rowB - rowA) + 1,
    numColumns: Math.abs(colB - colA) + 1,
  };
}

/** Splits `'My sheet'!A1:B2` / `Sheet1!A1` into the sheet name (null when absent) and the range part. */
function splitSheetName(text: string): { sheetName: string | null; a1: string } {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, a1: text };
  let name = text.slice(0, bang);
  if (/^'.*'$/.test(name)) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, a1: text.slice(bang + 1) };
}

// ---------------------------------------------------------------------------------------------------------------
// The service objects

/** What every service object of one execution shares. */
interface Ctx {
  world: World;
  exec: Execution;
}

/** Enters a service method (phase, auth mode, deadline checks). */
function enter(ctx: Ctx, method: string, need: ServiceNeed = 'document'): void {
  ctx.exec.enter(method, need);
}

/** A method without arguments that only reads the model: enters the service, then returns `read()`. */
function reader<T>(ctx: Ctx, method: string, read: () => T): () => T {
  return () => {
    enter(ctx, method);
    return read();
  };
}

/** Spends the virtual time of one call that reads or writes `cells` cells. */
function charge(ctx: Ctx, cells: number): void {
  ctx.exec.spend(ctx.world.costs.sheetCallMs + cells * ctx.world.costs.perCellMs);
}

function realmGrid<T>(ctx: Ctx, grid: T[][]): T[][] {
  const RealmArray = ctx.exec.realm.Array;
  return RealmArray.from(grid, row => RealmArray.from(row));
}

/** An integer argument; Apps Script truncates fractional numbers passed for integer parameters. */
function integerArg(ctx: Ctx, method: string, args: unknown[], index: number): number {
  const value = args[index];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw signatureError(ctx, method, args);
  return Math.trunc(value);
}

/**
 * The global `SpreadsheetApp` of one execution. The active spreadsheet is the execution's
 * `activeSpreadsheetId` (null in a context without a document, such as a time-driven trigger).
 */
export function createSpreadsheetApp(world: World, exec: Execution): object {
  const ctx: Ctx = { world, exec };
  const active = (): SpreadsheetModel | null => {
    const id = exec.options.activeSpreadsheetId;
    return id === null ? null : getSpreadsheetModel(world, id);
  };
  const getActiveSpreadsheet = (method: string) => {
    enter(ctx, method);
    const model = active();
    return model ? spreadsheetObject(ctx, model) : null;
  };
  return {
    getActive: () => getActiveSpreadsheet('SpreadsheetApp.getActive'),
    getActiveSpreadsheet: () => getActiveSpreadsheet('SpreadsheetApp.getActiveSpreadsheet'),
    getActiveSheet() {
      enter(ctx, 'SpreadsheetApp.getActiveSheet');
      const model = active();
      return model ? sheetObject(ctx, model, activeSheet(model)) : null;
    },
    openById(...args: unknown[]) {
      enter(ctx, 'SpreadsheetApp.openById', 'external');
      if (typeof args[0] !== 'string') throw signatureError(ctx, 'SpreadsheetApp.openById', args);
      const model = getSpreadsheetModel(world, args[0]);
      if (!model) throw exec.error(ERR.openById);
      return spreadsheetObject(ctx, model);
    },
    flush() {
      enter(ctx, 'SpreadsheetApp.flush');
      // Writes apply at once in the emulator; a flush still costs a round trip.
      charge(ctx, 0);
    },
    CopyPasteType: { ...COPY_PASTE_TYPE },
    getUi() {
      enter(ctx, 'SpreadsheetApp.getUi', 'basic');
      const model = active();
      if (!model || exec.authMode === 'CUSTOM_FUNCTION') throw exec.error(ERR.uiContext);
      return uiObject(ctx, model.id);
    },
    toString: () => 'SpreadsheetApp',
  };
}

function activeSheet(model: SpreadsheetModel): SheetModel {
  return model.sheets.find(s => s.id === model.activeSheetId) ?? firstVisibleSheet(model);
}

function firstVisibleSheet(model: SpreadsheetModel): SheetModel {
  return model.sheets.find(s => !s.hidden) ?? model.sheets[0];
}

/** Whether `sheet` is the only sheet the user can see (hiding or deleting it would leave none visible). */
function isLastVisible(model: SpreadsheetModel, sheet: SheetModel): boolean {
  return !sheet.hidden && model.sheets.every(s => s === sheet || s.hidden);
}

/** The active sheet is never hidden: Sheets shows a hidden sheet that a script activates (see FIDELITY). */
function activate(model: SpreadsheetModel, sheet: SheetModel): void {
  sheet.hidden = false;
  model.activeSheetId = sheet.id;
}

// --- Spreadsheet ------------------------------------------------------------------------------------------------

function spreadsheetObject(ctx: Ctx, model: SpreadsheetModel): object {
  const { exec } = ctx;
  const method = (name: string) => `SpreadsheetApp.Spreadsheet.${name}`;
  const self = {
    getId: reader(ctx, method('getId'), () => model.id),
    getName: reader(ctx, method('getName'), () => model.name),
    rename(...args: unknown[]) {
      enter(ctx, method('rename'));
      if (typeof args[0] !== 'string') throw signatureError(ctx, method('rename'), args);
      model.name = args[0];
    },
    getUrl: reader(ctx, method('getUrl'), () => `https://docs.google.com/spreadsheets/d/${model.id}/edit`),
    getSheets: reader(ctx, method('getSheets'), () =>
      exec.realm.Array.from(model.sheets, s => sheetObject(ctx, model, s)),
    ),
    getNumSheets: reader(ctx, method('getNumSheets'), () => model.sheets.length),
    getSheetByName(...args: unknown[]) {
      enter(ctx, method('getSheetByName'));
      if (typeof args[0] !== 'string') throw signatureError(ctx, method('getSheetByName'), args);
      const sheet = findSheetByName(model, args[0]);
      return sheet ? sheetObject(ctx, model, sheet) : null;
    },
    getSheetById(...args: unknown[]) {
      enter(ctx, method('getSheetById'));
      const id = integerArg(ctx, method('getSheetById'), args, 0);
      const sheet = model.sheets.find(s => s.id === id);
      return sheet ? sheetObject(ctx, model, sheet) : null;
    },
    insertSheet(...args: unknown[]) {
      enter(ctx, method('insertSheet'));
      const sheet = insertSheet(ctx, model, args);
      return sheetObject(ctx, model, sheet);
    },
    deleteSheet(...args: unknown[]) {
      enter(ctx, method('deleteSheet'));
      const sheet = sheetOf(args[0]);
      if (!sheet) throw signatureError(ctx, method('deleteSheet'), args);
      // At least one visible sheet must remain (deleting the only visible one beside hidden ones: see FIDELITY).
      if (model.sheets.length === 1 || isLastVisible(model, sheet)) throw exec.error(ERR.deleteAllSheets);
      model.sheets = model.sheets.filter(s => s !== sheet);
      if (model.activeSheetId === sheet.id) model.activeSheetId = firstVisibleSheet(model).id;
    },
    getActiveSheet: reader(ctx, method('getActiveSheet'), () => sheetObject(ctx, model, activeSheet(model))),
    setActiveSheet(...args: unknown[]) {
      enter(ctx, method('setActiveSheet'));
      const sheet = sheetOf(args[0]);
      if (!sheet) throw signatureError(ctx, method('setActiveSheet'), args);
      activate(model, sheet);
      return sheetObject(ctx, model, sheet);
    },
    getSpreadsheetTimeZone: reader(ctx, method('getSpreadsheetTimeZone'), () => model.timeZone),
    setSpreadsheetTimeZone(...args: unknown[]) {
      enter(ctx, method('setSpreadsheetTimeZone'));
      if (typeof args[0] !== 'string') throw signatureError(ctx, method('setSpreadsheetTimeZone'), args);
      if (!isKnownTimeZone(args[0])) throw exec.error(ERR.invalidArgument('timeZone'));
      model.timeZone = args[0];
    },
    getSpreadsheetLocale: reader(ctx, method('getSpreadsheetLocale'), () => model.locale),
    toast(...args: unknown[]) {
      enter(ctx, method('toast'));
      toast(ctx, model, args);
    },
    getRange(...args: unknown[]) {
      enter(ctx, method('getRange'));
      if (typeof args[0] !== 'string') throw signatureError(ctx, method('getRange'), args);
      const { sheetName, a1 } = splitSheetName(args[0]);
      const sheet = sheetName === null ? activeSheet(model) : findSheetByName(model, sheetName);
      if (!sheet) throw exec.error(ERR.rangeNotFound);
      return rangeObject(ctx, model, sheet, boxFromA1(ctx, sheet, a1));
    },
    toString: () => 'Spreadsheet',
  };
  return self;
}

/** The model behind a Sheet object this module handed out (objects from elsewhere are not sheets). */
const sheetModels = new WeakMap<object, SheetModel>();

function sheetOf(value: unknown): SheetModel | undefined {
  return typeof value === 'object' && value !== null ? sheetModels.get(value) : undefined;
}

/** `insertSheet()`, `(name)`, `(index)`, `(name, index)`; the new sheet becomes the active one. */
function insertSheet(ctx: Ctx, model: SpreadsheetModel, args: unknown[]): SheetModel {
  const method = 'SpreadsheetApp.Spreadsheet.insertSheet';
  const [first, second] = args;
  const name = typeof first === 'string' ? first : defaultSheetName(model);
  const indexArg = typeof first === 'number' ? first : second;
  if ((first !== undefined && typeof first !== 'string' && typeof first !== 'number') || args.length > 2) {
    throw signatureError(ctx, method, args);
  }
  if (indexArg !== undefined && typeof indexArg !== 'number') throw signatureError(ctx, method, args);
  const index = indexArg === undefined ? model.sheets.length : Math.trunc(indexArg);
  if (index < 0 || index > model.sheets.length) throw ctx.exec.error(ERR.invalidArgument('sheetIndex'));
  if (findSheetByName(model, name)) throw ctx.exec.error(ERR.duplicateSheet(name));
  if (totalCells(model) + NEW_SHEET_ROWS * NEW_SHEET_COLUMNS > MAX_CELLS_PER_SPREADSHEET) {
    throw ctx.exec.error(ERR.cellLimit);
  }
  const sheet = newSheet(nextSheetId(model), name);
  model.sheets.splice(index, 0, sheet);
  model.activeSheetId = sheet.id;
  return sheet;
}

/** Sheets names a new tab after the tab count ("Sheet2", "Sheet3", …), skipping names in use. */
function defaultSheetName(model: SpreadsheetModel): string {
  let n = model.sheets.length + 1;
  while (findSheetByName(model, `Sheet${n}`)) n += 1;
  return `Sheet${n}`;
}

/** A gid like Sheets' (a large positive integer), deterministic per spreadsheet. */
function nextSheetId(model: SpreadsheetModel): number {
  model.sheetsCreated += 1;
  const hash = createHash('sha256').update(`${model.id}/sheet/${model.sheetsCreated}`).digest();
  return (hash.readUInt32BE(0) % 2_000_000_000) + 1;
}

function toast(ctx: Ctx, model: SpreadsheetModel, args: unknown[]): void {
  const [message, title, timeout] = args;
  if (timeout !== undefined && timeout !== null && typeof timeout !== 'number') {
    throw signatureError(ctx, 'SpreadsheetApp.Spreadsheet.toast', args);
  }
  ctx.world.ui(model.id).toasts.push({
    message: String(message ?? ''),
    title: title === undefined || title === null ? '' : String(title),
    // Apps Script's default is 5 seconds; a negative timeout keeps the toast until dismissed.
    timeoutSeconds: typeof timeout === 'number' ? timeout : 5,
    at: ctx.world.clock.now(),
  });
}

// --- Sheet ------------------------------------------------------------------------------------------------------

function sheetObject(ctx: Ctx, model: SpreadsheetModel, sheet: SheetModel): object {
  const { exec } = ctx;
  const method = (name: string) => `SpreadsheetApp.Sheet.${name}`;
  const range = (box: Box) => rangeObject(ctx, model, sheet, box);
  const self: Record<string, unknown> = {
    getName: reader(ctx, method('getName'), () => sheet.name),
    setName(...args: unknown[]) {
      enter(ctx, method('setName'));
      if (typeof args[0] !== 'string') throw signatureError(ctx, method('setName'), args);
      const clash = findSheetByName(model, args[0]);
      if (clash && clash !== sheet) throw exec.error(ERR.duplicateSheet(args[0]));
      sheet.name = args[0];
      return self;
    },
    getSheetId: reader(ctx, method('getSheetId'), () => sheet.id),
    getIndex: reader(ctx, method('getIndex'), () => model.sheets.indexOf(sheet) + 1),
    getParent: reader(ctx, method('getParent'), () => spreadsheetObject(ctx, model)),
    getMaxRows: reader(ctx, method('getMaxRows'), () => sheet.maxRows),
    getMaxColumns: reader(ctx, method('getMaxColumns'), () => sheet.maxColumns),
    getLastRow: reader(ctx, method('getLastRow'), () => lastContent(ctx, sheet).lastRow),
    getLastColumn: reader(ctx, method('getLastColumn'), () => lastContent(ctx, sheet).lastColumn),
    getRange(...args: unknown[]) {
      enter(ctx, method('getRange'));
      return range(boxFromArgs(ctx, sheet, method('getRange'), args));
    },
    getSheetValues(...args: unknown[]) {
      enter(ctx, method('getSheetValues'));
      const box = boxFromArgs(ctx, sheet, method('getSheetValues'), args);
      return readGrid(ctx, sheet, box, cell => readValue(ctx, cell));
    },
    getDataRange() {
      enter(ctx, method('getDataRange'));
      const { lastRow, lastColumn } = lastContent(ctx, sheet);
      return range({ row: 1, column: 1, numRows: Math.max(1, lastRow), numColumns: Math.max(1, lastColumn) });
    },
    insertRowsAfter: (...args: unknown[]) =>
      insertLines(ctx, model, sheet, ROWS, 'insertRowsAfter', args, 1, self),
    insertRowsBefore: (...args: unknown[]) =>
      insertLines(ctx, model, sheet, ROWS, 'insertRowsBefore', args, 0, self),
    insertRowAfter: (...args: unknown[]) =>
      insertLines(ctx, model, sheet, ROWS, 'insertRowAfter', [args[0], 1], 1, self),
    insertRowBefore: (...args: unknown[]) =>
      insertLines(ctx, model, sheet, ROWS, 'insertRowBefore', [args[0], 1], 0, self),
    insertColumnsAfter: (...args: unknown[]) =>
      insertLines(ctx, model, sheet, COLUMNS, 'insertColumnsAfter', args, 1, self),
    insertColumnsBefore: (...args: unknown[]) =>
      insertLines(ctx, model, sheet, COLUMNS, 'insertColumnsBefore', args, 0, self),
    insertColumnAfter: (...args: unknown[]) =>
      insertLines(ctx, model, sheet, COLUMNS, 'insertColumnAfter', [args[0], 1], 1, self),
    insertColumnBefore: (...args: unknown[]) =>
      insertLines(ctx, model, sheet, COLUMNS, 'insertColumnBefore', [args[0], 1], 0, self),
    deleteRows: (...args: unknown[]) => void deleteLines(ctx, sheet, ROWS, 'deleteRows', args),
    deleteRow: (...args: unknown[]) => {
      deleteLines(ctx, sheet, ROWS, 'deleteRow', [args[0], 1]);
      return self;
    },
    deleteColumns: (...args: unknown[]) => void deleteLines(ctx, sheet, COLUMNS, 'deleteColumns', args),
    deleteColumn: (...args: unknown[]) => {
      deleteLines(ctx, sheet, COLUMNS, 'deleteColumn', [args[0], 1]);
      return self;
    },
    appendRow(...args: unknown[]) {
      enter(ctx, method('appendRow'));
      appendRow(ctx, model, sheet, args);
      return self;
    },
    clear(...args: unknown[]) {
      enter(ctx, method('clear'));
      clearBox(ctx, sheet, wholeSheet(sheet), clearOptions(args[0]));
      return self;
    },
    clearContents() {
      enter(ctx, method('clearContents'));
      clearBox(ctx, sheet, wholeSheet(sheet), { contents: true, formats: false, notes: false });
      return self;
    },
    clearFormats() {
      enter(ctx, method('clearFormats'));
      clearBox(ctx, sheet, wholeSheet(sheet), { contents: false, formats: true, notes: false });
      return self;
    },
    setFrozenRows(...args: unknown[]) {
      enter(ctx, method('setFrozenRows'));
      sheet.frozenRows = frozenCount(ctx, method('setFrozenRows'), args, sheet.maxRows, 'rows');
    },
    getFrozenRows: reader(ctx, method('getFrozenRows'), () => sheet.frozenRows),
    setFrozenColumns(...args: unknown[]) {
      enter(ctx, method('setFrozenColumns'));
      sheet.frozenColumns = frozenCount(ctx, method('setFrozenColumns'), args, sheet.maxColumns, 'columns');
    },
    getFrozenColumns: reader(ctx, method('getFrozenColumns'), () => sheet.frozenColumns),
    activate() {
      enter(ctx, method('activate'));
      activate(model, sheet);
      return self;
    },
    hideSheet() {
      enter(ctx, method('hideSheet'));
      if (isLastVisible(model, sheet)) throw exec.error(ERR.hideAllSheets);
      charge(ctx, 0);
      sheet.hidden = true;
      // The user cannot look at a hidden tab: the first visible one becomes active.
      if (model.activeSheetId === sheet.id) model.activeSheetId = firstVisibleSheet(model).id;
      return self;
    },
    showSheet() {
      enter(ctx, method('showSheet'));
      charge(ctx, 0);
      sheet.hidden = false;
      return self;
    },
    isSheetHidden: reader(ctx, method('isSheetHidden'), () => sheet.hidden),
    toString: () => 'Sheet',
  };
  sheetModels.set(self, sheet);
  return self;
}

/** Finding the last row/column with content is a server round trip in Apps Script, so it costs one call. */
function lastContent(ctx: Ctx, sheet: SheetModel): { lastRow: number; lastColumn: number } {
  charge(ctx, 0);
  return contentBounds(sheet);
}

function wholeSheet(sheet: SheetModel): Box {
  return { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
}

function frozenCount(ctx: Ctx, method: string, args: unknown[], max: number, what: string): number {
  const n = integerArg(ctx, method, args, 0);
  // Sheets refuses to freeze every row/column (message unverified, see FIDELITY).
  if (n < 0 || n >= max) throw ctx.exec.error(ERR.invalidArgument(what));
  return n;
}

/** Range coordinates from `(a1Notation)` or `(row, column, numRows?, numColumns?)`, checked against the sheet. */
function boxFromArgs(ctx: Ctx, sheet: SheetModel, method: string, args: unknown[]): Box {
  if (typeof args[0] === 'string' && args.length === 1) return boxFromA1(ctx, sheet, args[0]);
  if (args.length < 2 || args.length > 4) throw signatureError(ctx, method, args);
  const [row, column, numRows, numColumns] = [0, 1, 2, 3].map(i =>
    i < args.length ? integerArg(ctx, method, args, i) : 1,
  );
  return checkedBox(ctx, sheet, { row, column, numRows, numColumns });
}

function boxFromA1(ctx: Ctx, sheet: SheetModel, a1: string): Box {
  const box = parseA1(a1, sheet);
  if (!box) throw ctx.exec.error(ERR.rangeNotFound);
  return checkedBox(ctx, sheet, box);
}

function checkedBox(ctx: Ctx, sheet: SheetModel, box: Box): Box {
  if (box.row < 1) throw ctx.exec.error(ERR.startRow);
  if (box.column < 1) throw ctx.exec.error(ERR.startColumn);
  if (box.numRows < 1) throw ctx.exec.error(ERR.numRows);
  if (box.numColumns < 1) throw ctx.exec.error(ERR.numColumns);
  const lastRow = box.row + box.numRows - 1;
  const lastColumn = box.column + box.numColumns - 1;
  if (lastRow > sheet.maxRows || lastColumn > sheet.maxColumns) throw ctx.exec.error(ERR.outside);
  return box;
}

/** Inserts `count` rows so that the first new one is row `at`; refuses to pass the 10M-cell limit. */
function growRows(ctx: Ctx, model: SpreadsheetModel, sheet: SheetModel, at: number, count: number): void {
  if (totalCells(model) + count * sheet.maxColumns > MAX_CELLS_PER_SPREADSHEET)
    throw ctx.exec.error(ERR.cellLimit);
  charge(ctx, 0);
  shiftRows(sheet, at, count);
  sheet.maxRows += count;
  // Rows inserted inside the frozen block join it, as in the Sheets UI.
  if (at <= sheet.frozenRows) sheet.frozenRows += count;
}

function growColumns(ctx: Ctx, model: SpreadsheetModel, sheet: SheetModel, at: number, count: number): void {
  if (sheet.maxColumns + count > MAX_COLUMNS_PER_SHEET) throw ctx.exec.error(ERR.columnLimit);
  if (totalCells(model) + count * sheet.maxRows > MAX_CELLS_PER_SPREADSHEET)
    throw ctx.exec.error(ERR.cellLimit);
  charge(ctx, 0);
  shiftColumns(sheet, at, count);
  sheet.maxColumns += count;
  if (at <= sheet.frozenColumns) sheet.frozenColumns += count;
}

/** Rows or columns: what the Sheet methods that exist for both (insert…/delete…) work on. */
interface Dimension {
  size: 'maxRows' | 'maxColumns';
  frozen: 'frozenRows' | 'frozenColumns';
  outOfBounds: string;
  deleteAll: string;
  grow: typeof growRows;
  drop: typeof dropRows;
}

const ROWS: Dimension = {
  size: 'maxRows',
  frozen: 'frozenRows',
  outOfBounds: ERR.rowsOutOfBounds,
  deleteAll: ERR.deleteAllRows,
  grow: growRows,
  drop: dropRows,
};

const COLUMNS: Dimension = {
  size: 'maxColumns',
  frozen: 'frozenColumns',
  outOfBounds: ERR.columnsOutOfBounds,
  deleteAll: ERR.deleteAllColumns,
  grow: growColumns,
  drop: dropColumns,
};

/** `insertRowsAfter(after, n)` (offset 1) and `insertRowsBefore(before, n)` (offset 0); the same for columns. */
function insertLines(
  ctx: Ctx,
  model: SpreadsheetModel,
  sheet: SheetModel,
  dim: Dimension,
  name: string,
  args: unknown[],
  offset: 0 | 1,
  self: object,
): object {
  const method = `SpreadsheetApp.Sheet.${name}`;
  enter(ctx, method);
  const position = integerArg(ctx, method, args, 0);
  const count = integerArg(ctx, method, args, 1);
  if (position < 1 || position > sheet[dim.size] || count < 1) throw ctx.exec.error(dim.outOfBounds);
  dim.grow(ctx, model, sheet, position + offset, count);
  return self;
}

/** `deleteRows(start, n)` / `deleteColumns(start, n)`: at least one row/column must remain. */
function deleteLines(ctx: Ctx, sheet: SheetModel, dim: Dimension, name: string, args: unknown[]): void {
  const method = `SpreadsheetApp.Sheet.${name}`;
  enter(ctx, method);
  const start = integerArg(ctx, method, args, 0);
  const count = integerArg(ctx, method, args, 1);
  if (start < 1 || count < 1 || start + count - 1 > sheet[dim.size]) throw ctx.exec.error(dim.outOfBounds);
  if (count >= sheet[dim.size]) throw ctx.exec.error(dim.deleteAll);
  charge(ctx, 0);
  dim.drop(sheet, start, count);
  sheet[dim.size] -= count;
  sheet[dim.frozen] -= overlap(start, count, sheet[dim.frozen]);
}

/** How many of the deleted positions [start, start+count) lie within the first `frozen` ones. */
function overlap(start: number, count: number, frozen: number): number {
  return Math.max(0, Math.min(start + count - 1, frozen) - start + 1);
}

/**
 * Writes a row below the last row with content, growing the sheet by one row when that row does not exist yet
 * (and by columns when the row is wider than the sheet); values are parsed like `setValues`.
 */
function appendRow(ctx: Ctx, model: SpreadsheetModel, sheet: SheetModel, args: unknown[]): void {
  const values = args[0];
  if (!Array.isArray(values) || args.length !== 1)
    throw signatureError(ctx, 'SpreadsheetApp.Sheet.appendRow', args);
  // An empty row has nothing to write (Apps Script's exact behaviour here is unverified).
  if (values.length === 0) return charge(ctx, 0);
  const row = contentBounds(sheet).lastRow + 1;
  const parsed = parseRow(ctx, model, sheet, row, 1, values);
  charge(ctx, values.length);
  if (values.length > sheet.maxColumns) {
    growColumns(ctx, model, sheet, sheet.maxColumns + 1, values.length - sheet.maxColumns);
  }
  if (row > sheet.maxRows) growRows(ctx, model, sheet, sheet.maxRows + 1, row - sheet.maxRows);
  parsed.forEach((input, j) => storeInput(sheet, row, 1 + j, input, model.timeZone));
}

/** Parses one row of input for cells starting at (row, column); throws Sheets' error for an over-long cell. */
function parseRow(
  ctx: Ctx,
  model: SpreadsheetModel,
  sheet: SheetModel,
  row: number,
  column: number,
  values: unknown[],
): StoredCell[] {
  const now = ctx.world.clock.now();
  return values.map((value, j) => {
    const plainText = getCell(sheet, row, column + j)?.numberFormat === '@';
    try {
      return parseUserEnteredValue(value, Date, model.timeZone, { nowMs: now, plainText });
    } catch (e) {
      if (e instanceof CellTooLongError) throw ctx.exec.error(ERR.cellTooLong);
      throw e;
    }
  });
}

interface ClearWhat {
  contents: boolean;
  formats: boolean;
  notes: boolean;
}

/** `clear()` clears everything; `clear({contentsOnly, formatOnly, commentsOnly})` narrows it. */
function clearOptions(options: unknown): ClearWhat {
  const o = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
  const narrowed = Boolean(o.contentsOnly || o.formatOnly || o.commentsOnly);
  if (!narrowed) return { contents: true, formats: true, notes: true };
  return {
    contents: Boolean(o.contentsOnly),
    formats: Boolean(o.formatOnly),
    notes: Boolean(o.commentsOnly),
  };
}

function clearBox(ctx: Ctx, sheet: SheetModel, box: Box, what: ClearWhat): void {
  charge(ctx, box.numRows * box.numColumns);
  // Visit stored cells only, so clearing a whole 1000 × 26 sheet costs what it holds.
  for (const [r, cells] of [...sheet.rows]) {
    if (r < box.row || r >= box.row + box.numRows) continue;
    for (const c of [...cells.keys()]) {
      if (c < box.column || c >= box.column + box.numColumns) continue;
      updateCell(sheet, r, c, cell => {
        if (what.contents) Object.assign(cell, { value: '', formula: null });
        if (what.formats) cell.numberFormat = null;
        if (what.notes) cell.note = '';
      });
    }
  }
}

// --- Range ------------------------------------------------------------------------------------------------------

function readValue(ctx: Ctx, cell: CellModel | undefined): CellValue {
  // Formulas are not evaluated, so their cells read as empty.
  if (!cell || cell.formula !== null) return '';
  return copyValue(cell.value, ctx.exec.realm.Date);
}

/** Reads one cell (undefined when nothing is stored there) at its 1-based row and column. */
type CellReader<T> = (cell: CellModel | undefined, row: number, column: number) => T;

/** Reads a rectangle cell by cell into a grid of the script's realm. */
function readGrid<T>(ctx: Ctx, sheet: SheetModel, box: Box, read: CellReader<T>): T[][] {
  charge(ctx, box.numRows * box.numColumns);
  const grid: T[][] = [];
  for (let r = box.row; r < box.row + box.numRows; r++) {
    const cells = sheet.rows.get(r);
    const row: T[] = [];
    for (let c = box.column; c < box.column + box.numColumns; c++) row.push(read(cells?.get(c), r, c));
    grid.push(row);
  }
  return realmGrid(ctx, grid);
}

/**
 * Checks a grid argument of `setValues`/`setFormulas`/`setNumberFormats`/`setNotes` against the range: an array
 * of arrays with exactly the range's rows and columns (Sheets checks rows first).
 */
function checkGrid(ctx: Ctx, method: string, args: unknown[], box: Box): unknown[][] {
  const grid = args[0];
  if (!Array.isArray(grid) || args.length !== 1 || !grid.every(row => Array.isArray(row))) {
    throw signatureError(ctx, method, args);
  }
  if (grid.length !== box.numRows) throw ctx.exec.error(ERR.dataRows(grid.length, box.numRows));
  for (const row of grid as unknown[][]) {
    if (row.length !== box.numColumns) throw ctx.exec.error(ERR.dataColumns(row.length, box.numColumns));
  }
  return grid as unknown[][];
}

function rangeObject(ctx: Ctx, model: SpreadsheetModel, sheet: SheetModel, box: Box): object {
  const { exec } = ctx;
  const method = (name: string) => `SpreadsheetApp.Range.${name}`;
  const cells = box.numRows * box.numColumns;
  const grid = <T>(name: string, read: CellReader<T>) => {
    enter(ctx, method(name));
    return readGrid(ctx, sheet, box, read);
  };
  const topLeft = <T>(name: string, read: CellReader<T>): T => {
    enter(ctx, method(name));
    charge(ctx, 1);
    return read(getCell(sheet, box.row, box.column), box.row, box.column);
  };
  /** Parses a whole grid first, so an over-long cell anywhere writes nothing (Sheets applies a batch atomically). */
  const writeInputs = (values: unknown[][]) => {
    const parsed = values.map((row, i) => parseRow(ctx, model, sheet, box.row + i, box.column, row));
    charge(ctx, cells);
    parsed.forEach((row, i) =>
      row.forEach((input, j) => storeInput(sheet, box.row + i, box.column + j, input, model.timeZone)),
    );
  };
  const fill = <T>(value: T): T[][] =>
    Array.from({ length: box.numRows }, () => Array(box.numColumns).fill(value));
  /** A grid with `make(row, column)` for each cell of the range (1-based sheet coordinates). */
  const perCell = <T>(make: (row: number, column: number) => T): T[][] =>
    Array.from({ length: box.numRows }, (_, i) =>
      Array.from({ length: box.numColumns }, (_, j) => make(box.row + i, box.column + j)),
    );
  const r1c1 = (cell: CellModel | undefined, row: number, column: number) =>
    cell?.formula ? formulaToR1C1(cell.formula, row, column) : '';
  const display = (cell: CellModel | undefined) =>
    !cell || cell.formula !== null ? '' : displayValue(cell.value, cell.numberFormat, model.timeZone);
  const format = (cell: CellModel | undefined) => cell?.numberFormat ?? AUTOMATIC_FORMAT;
  const applyFormat = (cell: CellModel, value: unknown) => setFormat(cell, value, model.timeZone);

  const self: Record<string, unknown> = {
    getRow: reader(ctx, method('getRow'), () => box.row),
    getColumn: reader(ctx, method('getColumn'), () => box.column),
    getNumRows: reader(ctx, method('getNumRows'), () => box.numRows),
    getNumColumns: reader(ctx, method('getNumColumns'), () => box.numColumns),
    getHeight: reader(ctx, method('getHeight'), () => box.numRows),
    getWidth: reader(ctx, method('getWidth'), () => box.numColumns),
    getLastRow: reader(ctx, method('getLastRow'), () => box.row + box.numRows - 1),
    getLastColumn: reader(ctx, method('getLastColumn'), () => box.column + box.numColumns - 1),
    getA1Notation: reader(ctx, method('getA1Notation'), () => a1Notation(box)),
    getSheet: reader(ctx, method('getSheet'), () => sheetObject(ctx, model, sheet)),
    getValues: () => grid('getValues', cell => readValue(ctx, cell)),
    getValue: () => topLeft('getValue', cell => readValue(ctx, cell)),
    getDisplayValues: () => grid('getDisplayValues', display),
    getDisplayValue: () => topLeft('getDisplayValue', display),
    getFormulas: () => grid('getFormulas', cell => cell?.formula ?? ''),
    getFormula: () => topLeft('getFormula', cell => cell?.formula ?? ''),
    getFormulasR1C1: () => grid('getFormulasR1C1', r1c1),
    getFormulaR1C1: () => topLeft('getFormulaR1C1', r1c1),
    getNumberFormats: () => grid('getNumberFormats', format),
    getNumberFormat: () => topLeft('getNumberFormat', format),
    getNotes: () => grid('getNotes', cell => cell?.note ?? ''),
    getNote: () => topLeft('getNote', cell => cell?.note ?? ''),
    isBlank() {
      enter(ctx, method('isBlank'));
      charge(ctx, cells);
      return cellsIn(sheet, box).every(cell => !hasContent(cell));
    },
    setValues(...args: unknown[]) {
      enter(ctx, method('setValues'));
      writeInputs(checkGrid(ctx, method('setValues'), args, box));
      return self;
    },
    setValue(...args: unknown[]) {
      enter(ctx, method('setValue'));
      if (args.length !== 1) throw signatureError(ctx, method('setValue'), args);
      writeInputs(fill(args[0]));
      return self;
    },
    setFormulas(...args: unknown[]) {
      enter(ctx, method('setFormulas'));
      writeInputs(checkGrid(ctx, method('setFormulas'), args, box));
      return self;
    },
    setFormula(...args: unknown[]) {
      enter(ctx, method('setFormula'));
      if (typeof args[0] !== 'string' || args.length !== 1)
        throw signatureError(ctx, method('setFormula'), args);
      // The top-left cell gets the text; every other cell gets it with relative references moved along, as a fill.
      const formula = args[0];
      writeInputs(perCell((row, column) => shiftFormula(formula, row - box.row, column - box.column)));
      return self;
    },
    setFormulasR1C1(...args: unknown[]) {
      enter(ctx, method('setFormulasR1C1'));
      const formulas = checkGrid(ctx, method('setFormulasR1C1'), args, box);
      writeInputs(
        perCell((row, column) => {
          const f = formulas[row - box.row][column - box.column];
          return typeof f === 'string' ? formulaFromR1C1(f, row, column) : f;
        }),
      );
      return self;
    },
    setFormulaR1C1(...args: unknown[]) {
      enter(ctx, method('setFormulaR1C1'));
      if (typeof args[0] !== 'string' || args.length !== 1)
        throw signatureError(ctx, method('setFormulaR1C1'), args);
      const formula = args[0];
      writeInputs(perCell((row, column) => formulaFromR1C1(formula, row, column)));
      return self;
    },
    copyTo(...args: unknown[]) {
      enter(ctx, method('copyTo'));
      copyTo(ctx, model, sheet, box, args);
    },
    setNumberFormat(...args: unknown[]) {
      enter(ctx, method('setNumberFormat'));
      if (typeof args[0] !== 'string') throw signatureError(ctx, method('setNumberFormat'), args);
      writeAttribute(ctx, sheet, box, fill(args[0]), applyFormat);
      return self;
    },
    setNumberFormats(...args: unknown[]) {
      enter(ctx, method('setNumberFormats'));
      writeAttribute(ctx, sheet, box, checkGrid(ctx, method('setNumberFormats'), args, box), applyFormat);
      return self;
    },
    setNote(...args: unknown[]) {
      enter(ctx, method('setNote'));
      writeAttribute(ctx, sheet, box, fill(args[0]), setNote);
      return self;
    },
    setNotes(...args: unknown[]) {
      enter(ctx, method('setNotes'));
      writeAttribute(ctx, sheet, box, checkGrid(ctx, method('setNotes'), args, box), setNote);
      return self;
    },
    clearContent() {
      enter(ctx, method('clearContent'));
      clearBox(ctx, sheet, box, { contents: true, formats: false, notes: false });
      return self;
    },
    clearFormat() {
      enter(ctx, method('clearFormat'));
      clearBox(ctx, sheet, box, { contents: false, formats: true, notes: false });
      return self;
    },
    clearNote() {
      enter(ctx, method('clearNote'));
      clearBox(ctx, sheet, box, { contents: false, formats: false, notes: true });
      return self;
    },
    clear(...args: unknown[]) {
      enter(ctx, method('clear'));
      clearBox(ctx, sheet, box, clearOptions(args[0]));
      return self;
    },
    offset(...args: unknown[]) {
      enter(ctx, method('offset'));
      if (args.length < 2 || args.length > 4) throw signatureError(ctx, method('offset'), args);
      const [dr, dc, nr, nc] = [0, 1, 2, 3].map(i =>
        i < args.length ? integerArg(ctx, method('offset'), args, i) : 0,
      );
      const moved = {
        row: box.row + dr,
        column: box.column + dc,
        numRows: args.length > 2 ? nr : box.numRows,
        numColumns: args.length > 3 ? nc : box.numColumns,
      };
      return rangeObject(ctx, model, sheet, checkedBox(ctx, sheet, moved));
    },
    getCell(...args: unknown[]) {
      enter(ctx, method('getCell'));
      const r = integerArg(ctx, method('getCell'), args, 0);
      const c = integerArg(ctx, method('getCell'), args, 1);
      if (r < 1 || c < 1 || r > box.numRows || c > box.numColumns) throw exec.error(ERR.outside);
      return rangeObject(ctx, model, sheet, {
        row: box.row + r - 1,
        column: box.column + c - 1,
        numRows: 1,
        numColumns: 1,
      });
    },
    toString: () => 'Range',
  };
  rangeModels.set(self, { model, sheet, box });
  return self;
}

/** Where a Range object this module handed out points (for `copyTo`'s destination). */
const rangeModels = new WeakMap<object, { model: SpreadsheetModel; sheet: SheetModel; box: Box }>();

/** Apps Script's `SpreadsheetApp.CopyPasteType` values. */
const COPY_PASTE_TYPE = {
  PASTE_NORMAL: 'PASTE_NORMAL',
  PASTE_NO_BORDERS: 'PASTE_NO_BORDERS',
  PASTE_FORMAT: 'PASTE_FORMAT',
  PASTE_FORMULA: 'PASTE_FORMULA',
  PASTE_DATA_VALIDATION: 'PASTE_DATA_VALIDATION',
  PASTE_VALUES: 'PASTE_VALUES',
  PASTE_CONDITIONAL_FORMATTING: 'PASTE_CONDITIONAL_FORMATTING',
  PASTE_COLUMN_WIDTHS: 'PASTE_COLUMN_WIDTHS',
};

/** What a paste writes into each destination cell; `values` without `formulas` pastes a formula's value. */
interface PasteWhat {
  values: boolean;
  formulas: boolean;
  formats: boolean;
  notes: boolean;
}

const PASTE_ALL: PasteWhat = { values: true, formulas: true, formats: true, notes: true };
const PASTE_CONTENTS: PasteWhat = { values: true, formulas: true, formats: false, notes: false };
const PASTE_FORMATS: PasteWhat = { values: false, formulas: false, formats: true, notes: false };
const PASTE_NOTHING: PasteWhat = { values: false, formulas: false, formats: false, notes: false };
const PASTE_BY_TYPE = new Map<unknown, PasteWhat>([
  [COPY_PASTE_TYPE.PASTE_NORMAL, PASTE_ALL],
  // Borders, validation, conditional formats and column widths are not modelled.
  [COPY_PASTE_TYPE.PASTE_NO_BORDERS, PASTE_ALL],
  [COPY_PASTE_TYPE.PASTE_FORMAT, PASTE_FORMATS],
  [COPY_PASTE_TYPE.PASTE_FORMULA, PASTE_CONTENTS],
  [COPY_PASTE_TYPE.PASTE_VALUES, { ...PASTE_NOTHING, values: true }],
  [COPY_PASTE_TYPE.PASTE_DATA_VALIDATION, PASTE_NOTHING],
  [COPY_PASTE_TYPE.PASTE_CONDITIONAL_FORMATTING, PASTE_NOTHING],
  [COPY_PASTE_TYPE.PASTE_COLUMN_WIDTHS, PASTE_NOTHING],
]);

/**
 * `copyTo(destination)`, `(destination, {contentsOnly?, formatOnly?})`, `(destination, copyPasteType, transposed)`;
 * null when the arguments fit none of them.
 */
function pasteWhat(args: unknown[]): PasteWhat | null {
  const [, second, transposed] = args;
  if (args.length === 1) return PASTE_ALL;
  if (args.length === 3) return typeof transposed === 'boolean' ? (PASTE_BY_TYPE.get(second) ?? null) : null;
  if (args.length !== 2 || typeof second !== 'object' || second === null || Array.isArray(second))
    return null;
  const { contentsOnly, formatOnly } = second as Record<string, unknown>;
  if (!contentsOnly && !formatOnly) return PASTE_ALL;
  const contents = Boolean(contentsOnly);
  return { values: contents, formulas: contents, formats: Boolean(formatOnly), notes: false };
}

/**
 * Pastes a range like the Sheets UI: a destination spanning a multiple of the source's height (width) repeats
 * the source down (across); otherwise the source is pasted once from the destination's top-left cell, even past
 * the destination's end. Relative references of pasted formulas move with each cell.
 */
function copyTo(ctx: Ctx, model: SpreadsheetModel, sheet: SheetModel, box: Box, args: unknown[]): void {
  const method = 'SpreadsheetApp.Range.copyTo';
  const destination = typeof args[0] === 'object' && args[0] !== null ? rangeModels.get(args[0]) : undefined;
  const what = pasteWhat(args);
  if (!destination || !what) throw signatureError(ctx, method, args);
  if (destination.model !== model) throw ctx.exec.error(ERR.otherSpreadsheet);
  const transposed = args[2] === true;
  const height = transposed ? box.numColumns : box.numRows;
  const width = transposed ? box.numRows : box.numColumns;
  const times = (span: number, size: number) => (span % size === 0 ? span / size : 1);
  const { row, column } = destination.box;
  const target: Box = {
    row,
    column,
    numRows: height * times(destination.box.numRows, height),
    numColumns: width * times(destination.box.numColumns, width),
  };
  // A paste running past the sheet's last row/column is refused rather than growing the sheet (see FIDELITY).
  checkedBox(ctx, destination.sheet, target);
  charge(ctx, target.numRows * target.numColumns);
  // Read the whole source first: it may overlap the destination.
  const source = cellsIn(sheet, box).map(cell => cell && { ...cell, value: copyValue(cell.value, Date) });
  for (let r = row; r < row + target.numRows; r++) {
    for (let c = column; c < column + target.numColumns; c++) {
      const [i, j] = [(r - row) % height, (c - column) % width];
      const [sr, sc] = transposed ? [j, i] : [i, j];
      const from = source[sr * box.numColumns + sc];
      const move = { rows: r - (box.row + sr), columns: c - (box.column + sc) };
      pasteCell(destination.sheet, r, c, from, what, move, model.timeZone);
    }
  }
}

/**
 * Writes what a paste carries from `from` (undefined: an empty cell) into one cell moved by (rows, columns); the
 * pasted value takes the kind of the cell's resulting format (a date pasted under `0.00` is its serial number).
 */
function pasteCell(
  sheet: SheetModel,
  row: number,
  column: number,
  from: CellModel | undefined,
  what: PasteWhat,
  { rows, columns }: { rows: number; columns: number },
  timeZone: string,
): void {
  if (what === PASTE_NOTHING) return;
  updateCell(sheet, row, column, cell => {
    if (what.values) {
      const formula = what.formulas && from?.formula ? shiftFormula(from.formula, rows, columns) : null;
      // Formulas are not evaluated, so pasting a formula cell's value pastes ''.
      cell.value = formula === null && from ? copyValue(from.value, Date) : '';
      cell.formula = formula;
    }
    if (what.formats) cell.numberFormat = from?.numberFormat ?? null;
    if (what.notes) cell.note = from?.note ?? '';
    settleValue(cell, timeZone);
  });
}

function cellsIn(sheet: SheetModel, box: Box): (CellModel | undefined)[] {
  const out: (CellModel | undefined)[] = [];
  for (let r = box.row; r < box.row + box.numRows; r++) {
    for (let c = box.column; c < box.column + box.numColumns; c++) out.push(getCell(sheet, r, c));
  }
  return out;
}

function setFormat(cell: CellModel, format: unknown, timeZone: string): void {
  const text = format === null || format === undefined ? '' : String(format);
  // 'General' (or '') puts a cell back on Automatic.
  cell.numberFormat = text === '' || /^general$/i.test(text) ? null : text;
  settleValue(cell, timeZone);
}

function setNote(cell: CellModel, note: unknown): void {
  cell.note = note === null || note === undefined ? '' : String(note);
}

/** Writes a non-value attribute (format, note) cell by cell. */
function writeAttribute(
  ctx: Ctx,
  sheet: SheetModel,
  box: Box,
  values: unknown[][],
  apply: (cell: CellModel, value: unknown) => void,
): void {
  charge(ctx, box.numRows * box.numColumns);
  values.forEach((row, i) =>
    row.forEach((value, j) => updateCell(sheet, box.row + i, box.column + j, cell => apply(cell, value))),
  );
}

// --- Ui -----------------------------------------------------------------------------------------------------------

/** Apps Script's `Ui.Button` values. */
const BUTTON = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
/** Apps Script's `Ui.ButtonSet` values. */
const BUTTON_SET = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };

function uiObject(ctx: Ctx, spreadsheetId: string): object {
  const { exec, world } = ctx;
  /** Sidebars and dialogs need a user-initiated FULL execution (menu click, sidebar call). */
  const requireDialogs = (name: string) => {
    enter(ctx, `Ui.${name}`, 'basic');
    if (exec.authMode !== 'FULL') throw exec.error(ERR.noDialogs(exec.authMode));
  };
  return {
    Button: { ...BUTTON },
    ButtonSet: { ...BUTTON_SET },
    createAddonMenu() {
      enter(ctx, 'Ui.createAddonMenu', 'basic');
      // Apps Script titles it with the add-on's name; the record uses a fixed title.
      return menuObject(ctx, spreadsheetId, 'Add-on');
    },
    createMenu(...args: unknown[]) {
      enter(ctx, 'Ui.createMenu', 'basic');
      if (typeof args[0] !== 'string') throw signatureError(ctx, 'Ui.createMenu', args);
      return menuObject(ctx, spreadsheetId, args[0]);
    },
    showSidebar(...args: unknown[]) {
      requireDialogs('showSidebar');
      const output = args[0] as { getTitle?: () => unknown; getContent?: () => unknown } | null;
      if (typeof output?.getTitle !== 'function' || typeof output.getContent !== 'function') {
        throw signatureError(ctx, 'Ui.showSidebar', args);
      }
      world.ui(spreadsheetId).sidebars.push({
        title: String(output.getTitle() ?? ''),
        html: String(output.getContent() ?? ''),
        at: world.clock.now(),
      });
    },
    alert(...args: unknown[]) {
      requireDialogs('alert');
      return alert(ctx, spreadsheetId, args);
    },
    toString: () => 'Ui',
  };
}

/**
 * `alert(prompt)`, `alert(prompt, buttons)`, `alert(title, prompt, buttons)`. The emulated user presses the
 * first button of the set: OK, or YES for the YES_NO sets.
 */
function alert(ctx: Ctx, spreadsheetId: string, args: unknown[]): string {
  const [a, b, c] = args;
  const titled = args.length >= 3;
  const title = titled ? String(a) : '';
  const prompt = String(titled ? b : a);
  const buttons = titled ? c : b;
  ctx.world.ui(spreadsheetId).alerts.push({ title, prompt, at: ctx.world.clock.now() });
  return buttons === BUTTON_SET.YES_NO || buttons === BUTTON_SET.YES_NO_CANCEL ? BUTTON.YES : BUTTON.OK;
}

/** A menu builder; sub-menu items are recorded flattened as "Sub-menu › Item", separators are not recorded. */
function menuObject(ctx: Ctx, spreadsheetId: string, title: string): object {
  const items: MenuRecord['items'] = [];
  const self: Record<string, unknown> = {
    addItem(...args: unknown[]) {
      enter(ctx, 'Menu.addItem', 'basic');
      if (typeof args[0] !== 'string' || typeof args[1] !== 'string')
        throw signatureError(ctx, 'Menu.addItem', args);
      items.push({ caption: args[0], functionName: args[1] });
      return self;
    },
    addSeparator() {
      enter(ctx, 'Menu.addSeparator', 'basic');
      return self;
    },
    addSubMenu(...args: unknown[]) {
      enter(ctx, 'Menu.addSubMenu', 'basic');
      const sub = subMenus.get(args[0] as object);
      if (!sub) throw signatureError(ctx, 'Menu.addSubMenu', args);
      items.push(
        ...sub.items.map(i => ({ caption: `${sub.title} › ${i.caption}`, functionName: i.functionName })),
      );
      return self;
    },
    addToUi() {
      enter(ctx, 'Menu.addToUi', 'basic');
      const menus = ctx.world.ui(spreadsheetId).menus;
      // Re-adding a menu (every onOpen does) replaces the one with the same title, as a reload would.
      const record: MenuRecord = { title, items: items.map(i => ({ ...i })) };
      const existing = menus.findIndex(m => m.title === title);
      if (existing >= 0) menus[existing] = record;
      else menus.push(record);
    },
    toString: () => 'Menu',
  };
  subMenus.set(self, { title, items });
  return self;
}

/** Menus this module built, so `addSubMenu` can read their items. */
const subMenus = new WeakMap<object, { title: string; items: MenuRecord['items'] }>();
