// The small interfaces the core needs from the outside world; Apps Script adapters (src/gas) implement them.

/** An HTTP request as the core describes it. */
export interface HttpRequest {
  url: string;
  method: 'get' | 'post' | 'put' | 'delete';
  headers: Record<string, string>;
  body?: string;
}

/** An HTTP answer, whatever its status (the adapter never throws for a status code). */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A request that got no HTTP answer at all (DNS, refused connection, timeout): the platform's own words. */
export interface HttpFailure {
  networkError: string;
}

/** Synchronous HTTP, one or several requests in parallel. */
export interface Http {
  /** Sends the requests in parallel and returns one outcome per request, in order. */
  fetchAll(requests: HttpRequest[]): (HttpResponse | HttpFailure)[];
}

/** A string key-value store (Apps Script properties: 9 KB per value, 500 KB per store). */
export interface KeyValueStore {
  get(key: string): string | null;
  /** Every key and value at once (one service call). */
  getAll(): Record<string, string>;
  set(key: string, value: string): void;
  /** Several keys in one call. */
  setAll(entries: Record<string, string>): void;
  delete(key: string): void;
}

/** Time: the current instant and a way to wait (Apps Script has no timers, only `Utilities.sleep`). */
export interface Clock {
  now(): number;
  sleep(ms: number): void;
}

/** A mutual-exclusion lock around work on one spreadsheet. */
export interface Lock {
  /** Waits up to `timeoutMs` for the lock; false when another execution still holds it. */
  tryAcquire(timeoutMs: number): boolean;
  release(): void;
}

/** A value a cell holds after writing. Dates are instants; the sheet shows them in its own time zone. */
export type CellValue = string | number | boolean | Date;

/** One sheet of the spreadsheet, as far as the core writes to it. */
export interface SheetPort {
  readonly name: string;
  /** The sheet's grid size (max rows and columns), not its content. */
  gridSize(): { rows: number; columns: number };
  /** The last row and column that hold any content (0 when empty). */
  contentExtent(): { rows: number; columns: number };
  /** Grows the grid to at least this many rows and columns. */
  ensureGridSize(rows: number, columns: number): void;
  /** Values of a rectangle (1-based row/column), '' for empty cells. */
  read(row: number, column: number, rows: number, columns: number): CellValue[][];
  /** Formulas of a rectangle, '' where a cell holds no formula. */
  readFormulas(row: number, column: number, rows: number, columns: number): string[][];
  /**
   * Writes a rectangle in one call. Strings are written as Sheets reads typed input (a leading `=` makes a
   * formula, a leading `'` keeps text); the core escapes what must stay text. `numberFormats` applies one
   * format per column of the rectangle (null = leave as is).
   */
  write(row: number, column: number, values: CellValue[][], numberFormats?: (string | null)[]): void;
  /** Clears the values (not formats) of a rectangle. */
  clear(row: number, column: number, rows: number, columns: number): void;
  setFrozenRows(rows: number): void;
  /** Inserts empty rows after `row`, moving the rows below (and all their cells) down. */
  insertRowsAfter(row: number, count: number): void;
  /** Hides the sheet from the tab bar (for the add-on's own working sheets). */
  hide(): void;
  /**
   * Copies the formula of one cell into rows `fromRow`..`toRow` of its column, relative references shifting
   * per row as a person's fill-down does.
   */
  copyFormula(sourceRow: number, column: number, fromRow: number, toRow: number): void;
}

/** The spreadsheet the add-on works in. */
export interface WorkbookPort {
  readonly id: string;
  /** The spreadsheet's time zone (IANA name). */
  timeZone(): string;
  sheet(name: string): SheetPort | null;
  createSheet(name: string): SheetPort;
  deleteSheet(name: string): void;
  /** Cells the whole spreadsheet's grids hold (Google's limit is 10 million). */
  totalCells(): number;
  /** A short message at the bottom of the window, where a person is looking. */
  toast(message: string, title: string): void;
}

/** Diagnostics for the platform's log (never secrets). */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
}

/** The add-on's one time-driven trigger per user per spreadsheet (ScriptApp), as the scheduler sees it. */
export interface TriggerPort {
  /** This user's time-driven triggers of this spreadsheet that run the scheduled refresh. */
  list(): { id: string }[];
  /** Creates a trigger; hours every 1–12, or a day/weekday and an hour in `timeZone`. Returns its id. */
  create(recurrence: TriggerRecurrence, timeZone: string): string;
  delete(id: string): void;
}

/** When a trigger fires. */
export type TriggerRecurrence =
  | { every: 'hours'; hours: number }
  | { every: 'day'; atHour: number }
  | { every: 'week'; weekday: number; atHour: number };

/** A time zone's offset from UTC at an instant, in minutes (Apps Script: Utilities.formatDate). */
export type ZoneOffset = (instantMs: number, timeZone: string) => number;
