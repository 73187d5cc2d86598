// How Google Sheets (en_US locale) interprets a value a script writes, and how it displays a stored value.
import {
  timeZoneOffsetMs,
  utcWallTime,
  type WallTime,
  zonedFields,
  zonedWallTimeToEpoch,
} from '../time-zone';
import { AUTOMATIC_FORMAT, isDateTimeFormat, numberFormatKind } from './number-formats';

export { AUTOMATIC_FORMAT } from './number-formats';

/** A cell's stored value: '' for an empty cell. */
export type CellValue = string | number | boolean | Date;

/** What Sheets stores for one written value. */
export interface StoredCell {
  value: CellValue;
  /** The formula text (starting with '=') when the input was a formula; its value is then '' (not evaluated). */
  formula: string | null;
  /**
   * The number format Sheets picks by itself when it recognises a typed value (`27%` → `0%`, a date → a date
   * pattern). Applied only to cells whose format is still automatic.
   */
  numberFormat?: string;
}

/** Sheets' per-cell limit (Drive help "Files you can store in Google Drive"). */
export const MAX_CELL_CHARS = 50_000;

/** Thrown by `parseUserEnteredValue` for an over-long string; the Spreadsheet service turns it into Sheets' error. */
export class CellTooLongError extends Error {
  constructor(readonly length: number) {
    super(`cell input of ${length} characters exceeds ${MAX_CELL_CHARS}`);
  }
}

/** What the parser needs besides the value. */
export interface ParseOptions {
  /** Current instant, for dates typed without a year (`1/5`, `Jan 5`), which Sheets puts in the current year. */
  nowMs?: number;
  /** The target cell is formatted as plain text (`@`): Sheets stores typed strings verbatim, formulas included. */
  plainText?: boolean;
}

/** Sheets' en_US pattern for a date-time written as a Date object. */
export const DEFAULT_DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';

const EMPTY: StoredCell = { value: '', formula: null };

/**
 * Interprets a value written with `setValue(s)`/`appendRow`, as Sheets' USER_ENTERED input option does in an en_US
 * spreadsheet: numbers, booleans and Dates are kept; strings starting with `=` become formulas, a leading `'` forces
 * text, and numeric, percent, boolean and date/time-looking text is converted. Dates are wall times of `timeZone`
 * (pass the spreadsheet's). NaN and ±Infinity are stored as the error value `#NUM!`, as Sheets shows them.
 * Throws `CellTooLongError` for a string over 50,000 characters.
 */
export function parseUserEnteredValue(
  value: unknown,
  realmDate: DateConstructor,
  timeZone = 'UTC',
  options: ParseOptions = {},
): StoredCell {
  if (value === null || value === undefined || value === '') return { ...EMPTY };
  if (typeof value === 'number') return Number.isFinite(value) ? { value, formula: null } : numError();
  if (typeof value === 'boolean') return { value, formula: null };
  if (isDate(value)) return dateValue(value, realmDate);
  // Other objects reach Sheets as their string form (documented approximation of Apps Script's conversion).
  const text = typeof value === 'string' ? value : String(value);
  if (text.length > MAX_CELL_CHARS) throw new CellTooLongError(text.length);
  if (options.plainText) return { value: text, formula: null };
  return parseText(text, realmDate, timeZone, options.nowMs);
}

/** Whether a value is a Date of any realm (a script's Date fails `instanceof Date` in the host realm). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function numError(): StoredCell {
  return { value: '#NUM!', formula: null };
}

function dateValue(date: Date, realmDate: DateConstructor): StoredCell {
  const ms = date.getTime();
  // An Invalid Date reaches Sheets as text it cannot use; Sheets shows #NUM! for non-finite numbers too.
  if (!Number.isFinite(ms)) return numError();
  return { value: new realmDate(ms), formula: null, numberFormat: DEFAULT_DATE_TIME_FORMAT };
}

function parseText(text: string, realmDate: DateConstructor, timeZone: string, nowMs?: number): StoredCell {
  if (text.startsWith('=')) return { value: '', formula: text };
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  const trimmed = text.trim();
  if (trimmed === '') return { value: text, formula: null };
  const bool = parseBoolean(trimmed);
  if (bool !== null) return { value: bool, formula: null };
  const num = parseNumber(trimmed) ?? parsePercent(trimmed);
  if (num) return { value: num.value, formula: null, ...(num.format ? { numberFormat: num.format } : {}) };
  const wall = parseDateTime(trimmed, nowMs ?? Date.now(), timeZone);
  if (wall) {
    const instant = zonedWallTimeToEpoch(wall.fields, timeZone);
    return { value: new realmDate(instant), formula: null, numberFormat: wall.format };
  }
  return { value: text, formula: null };
}

function parseBoolean(text: string): boolean | null {
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers

interface ParsedNumber {
  value: number;
  format: string | null;
}

// Digits with optional en_US thousands groups, decimals and exponent; at least one digit somewhere.
const NUMBER_BODY = /^(?:(\d{1,3}(?:,\d{3})+|\d+)(\.\d*)?|(\.\d+))([eE][+-]?\d+)?$/;

/** `-1,234.5`, `+7`, `00123`, `1e3`, `(123)` (accounting negative), `$1,234.50`, `-$5`, `$-5`. */
function parseNumber(text: string): ParsedNumber | null {
  let rest = text;
  let negative = false;
  const parens = /^\((.*)\)$/.exec(rest);
  if (parens) {
    rest = parens[1].trim();
    negative = true;
  }
  let sign = '';
  let currency = false;
  // The sign and the currency symbol may come in either order: `-$5` and `$-5` are both -5.
  for (let i = 0; i < 2; i++) {
    if (!sign && !parens && (rest.startsWith('-') || rest.startsWith('+'))) {
      sign = rest[0];
      rest = rest.slice(1);
    } else if (!currency && rest.startsWith('$')) {
      currency = true;
      rest = rest.slice(1);
    }
  }
  const match = NUMBER_BODY.exec(rest);
  if (!match) return null;
  const magnitude = Number(rest.replace(/,/g, ''));
  if (!Number.isFinite(magnitude)) return null;
  const value = negative || sign === '-' ? -magnitude : magnitude;
  return { value, format: inferNumberFormat(match, currency) };
}

function inferNumberFormat(match: RegExpExecArray, currency: boolean): string | null {
  const grouped = (match[1] ?? '').includes(',');
  const decimals = (match[2] ?? match[3] ?? '').length - 1;
  if (currency) return '"$"#,##0' + (decimals > 0 ? '.' + '0'.repeat(decimals) : '');
  if (match[4]) return '0.00E+00';
  if (grouped) return '#,##0' + (decimals > 0 ? '.' + '0'.repeat(decimals) : '');
  return null;
}

/** `27%` → 0.27, `-1.5%` → -0.015 (no currency, no spaces before the sign). */
function parsePercent(text: string): ParsedNumber | null {
  if (!text.endsWith('%')) return null;
  const inner = text.slice(0, -1);
  if (inner.includes('$') || inner.includes('(')) return null;
  const parsed = parseNumber(inner);
  if (!parsed) return null;
  const decimals = /\.(\d+)/.exec(inner)?.[1].length ?? 0;
  return { value: parsed.value / 100, format: decimals > 0 ? '0.' + '0'.repeat(decimals) + '%' : '0%' };
}

// ---------------------------------------------------------------------------------------------------------------
// Dates and times

interface ParsedWall {
  fields: WallTime;
  format: string;
}

interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  format: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NAME = '([A-Za-z]{3,9})\\.?';
const TIME =
  '(?<time>\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?(?:\\s*[AaPp]\\.?[Mm]\\.?)?|\\d{1,2}\\s*[AaPp]\\.?[Mm]\\.?)';

/** One date shape: its regex (date part; an optional time may follow) and how to read year/month/day from it. */
interface DateShape {
  pattern: RegExp;
  /** Reads the date; `currentYear` is asked only by shapes without a year. */
  read(m: RegExpExecArray, currentYear: () => number): { year: number; month: number; day: number } | null;
  format: string;
}

const withTime = (date: string): RegExp => new RegExp(`^${date}(?:\\s+${TIME})?$`);

const DATE_SHAPES: DateShape[] = [
  // 2024-01-05, 2024/1/5
  {
    pattern: withTime('(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})'),
    read: m => ({ year: +m[1], month: +m[2], day: +m[3] }),
    format: 'yyyy-mm-dd',
  },
  // 1/5/2024, 1/5/24, 1-5-2024 (en_US: month first)
  {
    pattern: withTime('(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})'),
    read: m => ({ year: fullYear(m[3]), month: +m[1], day: +m[2] }),
    format: 'M/d/yyyy',
  },
  {
    pattern: withTime('(\\d{1,2})-(\\d{1,2})-(\\d{4})'),
    read: m => ({ year: +m[3], month: +m[1], day: +m[2] }),
    format: 'M/d/yyyy',
  },
  // 1/5 (current year)
  {
    pattern: withTime('(\\d{1,2})/(\\d{1,2})'),
    read: (m, y) => ({ year: y(), month: +m[1], day: +m[2] }),
    format: 'M/d',
  },
  // Jan 5, 2024 / January 5 2024
  {
    pattern: withTime(`${MONTH_NAME}\\s+(\\d{1,2}),?\\s+(\\d{4})`),
    read: m => named(m[1], +m[3], +m[2]),
    format: 'mmm d, yyyy',
  },
  // 5 Jan 2024 / 5-Jan-2024 / 5 January, 2024
  {
    pattern: withTime(`(\\d{1,2})[\\s-]+${MONTH_NAME},?[\\s-]+(\\d{4})`),
    read: m => named(m[2], +m[3], +m[1]),
    format: 'd mmm yyyy',
  },
  // March 2024 (first of the month)
  {
    pattern: new RegExp(`^${MONTH_NAME}\\s+(\\d{4})$`),
    read: m => named(m[1], +m[2], 1),
    format: 'mmmm yyyy',
  },
  // Jan 5 / 5 Jan (current year)
  {
    pattern: new RegExp(`^${MONTH_NAME}\\s+(\\d{1,2})$`),
    read: (m, y) => named(m[1], y(), +m[2]),
    format: 'mmm d',
  },
  {
    pattern: new RegExp(`^(\\d{1,2})\\s+${MONTH_NAME}$`),
    read: (m, y) => named(m[2], y(), +m[1]),
    format: 'd mmm',
  },
];

/** Sheets' two-digit-year rule: 00–29 → 2000s, 30–99 → 1900s. */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

function named(
  monthName: string,
  year: number,
  day: number,
): { year: number; month: number; day: number } | null {
  const month = monthIndex(monthName);
  return month ? { year, month, day } : null;
}

function monthIndex(name: string): number | null {
  const lower = name.toLowerCase();
  const full = FULL_MONTHS.indexOf(lower);
  if (full >= 0) return full + 1;
  const short = MONTHS.indexOf(lower === 'sept' ? 'sep' : lower);
  return short >= 0 ? short + 1 : null;
}

/** Recognises date, date-time and time-only text; null when the text is not one Sheets would convert. */
function parseDateTime(text: string, nowMs: number, timeZone: string): ParsedWall | null {
  const timeOnly = parseTimeOfDay(text);
  if (timeOnly) {
    // Sheets stores a bare time as that time on its day zero, 1899-12-30.
    return { fields: { year: 1899, month: 12, day: 30, ...timeOnly }, format: timeOnly.format };
  }
  // Every date shape has a digit; skipping other text keeps bulk writes of plain text cheap.
  if (!/\d/.test(text)) return null;
  const currentYear = (): number => zonedFields(nowMs, timeZone).year;
  for (const shape of DATE_SHAPES) {
    const m = shape.pattern.exec(text);
    if (!m) continue;
    const date = shape.read(m, currentYear);
    if (!date || !isValidDate(date.year, date.month, date.day)) return null;
    const timeText = m.groups?.time;
    const time = timeText ? parseTimeOfDay(timeText) : ZERO_TIME;
    if (!time) return null;
    const format = timeText ? `${shape.format} ${time.format}` : shape.format;
    return { fields: { ...date, ...time }, format };
  }
  return null;
}

const ZERO_TIME: TimeOfDay = { hour: 0, minute: 0, second: 0, millisecond: 0, format: '' };

function parseTimeOfDay(text: string): TimeOfDay | null {
  const m = /^(\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(?:\s*([AaPp])\.?[Mm]\.?)?$/.exec(text);
  // A bare number ("12") is not a time; an hour alone needs AM/PM ("3 pm").
  if (!m || (m[2] === undefined && m[5] === undefined)) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const second = Number(m[3] ?? 0);
  const millisecond = m[4] ? Number(m[4].padEnd(3, '0')) : 0;
  const meridiem = m[5]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const base = m[3] !== undefined ? 'h:mm:ss' : 'h:mm';
  return { hour, minute, second, millisecond, format: meridiem ? `${base} am/pm` : base };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leapDay = month === 2 && isLeap(year) ? 1 : 0;
  return day <= DAYS_IN_MONTH[month - 1] + leapDay;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Display: a small subset of Sheets number formats, enough for what the emulator's callers write.

const DAY_MS = 86_400_000;
const MAX_DATE_MS = 8.64e15;
const SHEETS_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_LONG = FULL_MONTHS.map(m => m[0].toUpperCase() + m.slice(1));
const DAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The text Sheets shows for a stored value under a number format (`getDisplayValue`). Supported: automatic,
 * `@`, `0`/`0.00`/`#,##0.00`, percent, a `"$"`/`$` prefix, scientific `0.00E+00`, and date/time patterns
 * (y, m, d, h, s, am/pm); dates show in `timeZone`. Anything else falls back to the automatic rendering.
 */
export function displayValue(value: CellValue, format: string | null, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const automatic = numberFormatKind(format) === 'automatic';
  const pattern = automatic && isDate(value) ? DEFAULT_DATE_TIME_FORMAT : (format ?? AUTOMATIC_FORMAT);
  if (isDateTimeFormat(pattern)) {
    const epochMs = isDate(value) ? value.getTime() : serialToEpochMs(value, timeZone);
    if (Number.isFinite(epochMs)) return formatSheetsDate(epochMs, pattern, timeZone);
  }
  const number = isDate(value) ? toSerial(value.getTime(), timeZone) : value;
  return formatSheetsNumber(number, automatic ? AUTOMATIC_FORMAT : pattern);
}

/**
 * The value a cell holds under its number format, as Sheets sees it (Sheets stores a number and lets the format
 * decide): a number under a date/time format is a date, the serial's wall time in `timeZone`; a Date under a number
 * format is its serial number. Under Automatic and plain-text (`@`) formats, and for other values, the value is
 * kept. A serial too large for a Date stays a number. Dates returned are of the host realm.
 */
export function valueUnderFormat(value: CellValue, format: string | null, timeZone: string): CellValue {
  const kind = numberFormatKind(format);
  if (kind === 'date' && typeof value === 'number') {
    const epochMs = serialToEpochMs(value, timeZone);
    return Number.isFinite(epochMs) ? new Date(epochMs) : value;
  }
  if (kind === 'number' && isDate(value)) return toSerial(value.getTime(), timeZone);
  return value;
}

/** Sheets' date serial number (days since 1899-12-30, wall time of the spreadsheet's zone). */
export function toSerial(epochMs: number, timeZone: string): number {
  return (epochMs + timeZoneOffsetMs(epochMs, timeZone) - SHEETS_EPOCH_UTC) / DAY_MS;
}

/** The instant of a serial number's wall time in `timeZone`, to the millisecond; NaN past the range of Dates. */
export function serialToEpochMs(serial: number, timeZone: string): number {
  const wallMs = SHEETS_EPOCH_UTC + Math.round(serial * DAY_MS);
  // Leave a day of room for the zone's offset within Dates' ±8.64e15 ms.
  if (!(Math.abs(wallMs) <= MAX_DATE_MS - DAY_MS)) return NaN;
  return zonedWallTimeToEpoch(utcWallTime(wallMs), timeZone);
}

function formatAutomatic(n: number): string {
  // Sheets shows at most 15 significant digits (so 0.1 + 0.2 shows as 0.3) and an upper-case exponent.
  return String(Number(n.toPrecision(15))).replace('e', 'E');
}

function formatSheetsNumber(n: number, pattern: string): string {
  if (numberFormatKind(pattern) !== 'number') return formatAutomatic(n);
  const section = pattern.split(';')[0];
  const core = /[#0][#0,]*(?:\.[#0]*)?(?:E\+0+)?%?/i.exec(section);
  if (!core) return formatAutomatic(n);
  const prefix = literal(section.slice(0, core.index));
  const suffix = literal(section.slice(core.index + core[0].length));
  return (n < 0 ? '-' : '') + prefix + formatDigits(Math.abs(n), core[0]) + suffix;
}

function literal(text: string): string {
  return text.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
}

function formatDigits(n: number, core: string): string {
  const percent = core.endsWith('%');
  const body = percent ? core.slice(0, -1) : core;
  const value = percent ? n * 100 : n;
  const [intPart, fracPart = ''] = body.split(/E/i)[0].split('.');
  const digits = /E/i.test(body) ? scientific(value, fracPart.length) : fixed(value, intPart, fracPart);
  return percent ? `${digits}%` : digits;
}

/** `1.23E+04`: Sheets writes at least two exponent digits. */
function scientific(value: number, decimals: number): string {
  return value
    .toExponential(decimals)
    .toUpperCase()
    .replace(/E([+-])(\d)$/, 'E$10$2');
}

/** Fixed decimals: `0` places are always shown, `#` places only when not zero; `,` groups thousands. */
function fixed(value: number, intPart: string, fracPart: string): string {
  const minDecimals = (fracPart.match(/0/g) ?? []).length;
  const optional = fracPart.length - minDecimals;
  const text = value
    .toFixed(fracPart.length)
    .replace(new RegExp(`0{0,${optional}}$`), '')
    .replace(/\.$/, '');
  const [rawWhole, frac] = text.split('.');
  let whole = intPart.includes(',') ? rawWhole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : rawWhole;
  // A pattern with no 0 before the point (`#.##`) drops a lone leading zero: 0.5 shows as ".5".
  if (whole === '0' && !intPart.includes('0')) whole = '';
  return frac !== undefined ? `${whole}.${frac}` : whole;
}

/**
 * Renders a Sheets date pattern; `m`/`mm` mean minutes next to hours or seconds, months otherwise. `[h]`, `[m]`,
 * `[s]` are elapsed hours/minutes/seconds since the serial's day zero, `0`s after `ss.` are fractions of a second;
 * other bracketed parts (colours, conditions) show nothing, `_x` shows a space and `*x` nothing.
 */
function formatSheetsDate(epochMs: number, pattern: string, timeZone: string): string {
  const f = zonedFields(epochMs, timeZone);
  const tokens = pattern.match(/"[^"]*"|\\.|[_*].?|\[[^\]]*\]?|am\/pm|a\/p|y+|m+|d+|h+|s+|0+|./gi) ?? [];
  const unit = (t: string): string => {
    const elapsed = /^\[([hms])/i.exec(t);
    if (elapsed) return elapsed[1].toLowerCase();
    return /^[a-z]/i.test(t) ? t[0].toLowerCase() : '';
  };
  const units = tokens.map(unit);
  const twelveHour = tokens.some(t => /^(am\/pm|a\/p)$/i.test(t));
  const isMinute = (i: number): boolean => {
    const prev = units
      .slice(0, i)
      .reverse()
      .find(u => u !== '');
    const next = units.slice(i + 1).find(u => u !== '');
    return prev === 'h' || next === 's';
  };
  const afterSeconds = (i: number): boolean => tokens[i - 1] === '.' && units[i - 2] === 's';
  const serial = (): number => toSerial(epochMs, timeZone);
  return tokens
    .map((t, i) => {
      if (t.startsWith('[')) return renderElapsed(t, serial);
      if (t.startsWith('_')) return ' ';
      if (t.startsWith('*')) return '';
      if (t.startsWith('0') && afterSeconds(i)) {
        return String(f.millisecond).padStart(3, '0').padEnd(t.length, '0').slice(0, t.length);
      }
      return renderDateToken(t, f, twelveHour, () => isMinute(i));
    })
    .join('');
}

/** `[h]`, `[mm]`, `[ss]`: whole hours, minutes or seconds since day zero; other bracketed parts show nothing. */
function renderElapsed(token: string, serial: () => number): string {
  const m = /^\[(h+|m+|s+)\]$/i.exec(token);
  if (!m) return '';
  const perDay = { h: 24, m: 1440, s: 86_400 }[m[1][0].toLowerCase() as 'h' | 'm' | 's'];
  const n = Math.floor(Math.round(serial() * 86_400_000) / (86_400_000 / perDay));
  return (n < 0 ? '-' : '') + String(Math.abs(n)).padStart(m[1].length, '0');
}

function renderDateToken(
  token: string,
  f: ReturnType<typeof zonedFields>,
  twelveHour: boolean,
  isMinute: () => boolean,
): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  const lower = token.toLowerCase();
  const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  switch (lower[0]) {
    case '"':
      return token.slice(1, -1);
    case '\\':
      return token.slice(1);
    case 'y':
      return lower.length <= 2 ? pad(f.year % 100, 2) : String(f.year);
    case 'd':
      if (lower.length >= 4) return DAY_LONG[f.weekday];
      if (lower.length === 3) return DAY_SHORT[f.weekday];
      return pad(f.day, lower.length);
    case 'h':
      return pad(twelveHour ? hour12 : f.hour, Math.min(lower.length, 2));
    case 's':
      return pad(f.second, Math.min(lower.length, 2));
    case 'm':
      if (lower.length <= 2 && isMinute()) return pad(f.minute, lower.length);
      if (lower.length >= 4) return MONTH_LONG[f.month - 1];
      if (lower.length === 3) return MONTH_SHORT[f.month - 1];
      return pad(f.month, lower.length);
    case 'a':
      if (lower === 'am/pm') return f.hour < 12 ? 'AM' : 'PM';
      if (lower === 'a/p') return f.hour < 12 ? 'A' : 'P';
      return token;
    default:
      return token;
  }
}
