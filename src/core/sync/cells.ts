// Typing of cells: MiniCRM values into what a Sheets cell should hold, text kept verbatim.
import type { FieldType } from '../../shared/contract';
import { parseWireDate, parseWireNumber } from '../crm/wire-values';
import type { CellValue } from '../ports';

/** Google Sheets refuses a cell over 50,000 characters. */
export const MAX_CELL_CHARS = 50_000;
/** Appended to a value shortened to fit a cell, so nobody mistakes it for the whole text. */
export const TRUNCATION_MARKER = ' […truncated by MiniCRM Sync]';

const SHEETS_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Number formats the sync applies to date columns. */
export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** A typed cell: the value to write, and whether it is a calendar date (needs a date number format). */
export interface TypedCell {
  value: CellValue;
  /** 'date' for a calendar date written as a Sheets date serial, 'instant' for a Date. */
  dateKind?: 'date' | 'instant';
  /** A number format the value needs (e.g. '0%' for a VAT rate). */
  format?: string;
}

const EMPTY: TypedCell = { value: '' };

/**
 * Text as Sheets must receive it to show exactly that text. Sheets reads typed input: `=` starts a formula,
 * `+40 7…`/`-5`/`00123`/`1/2`/`TRUE`/`27%` become numbers, dates or booleans. A leading apostrophe keeps
 * the text as it is and is not part of the value, so every string that Sheets could reinterpret gets one:
 * those starting with `= + - @ '` and those containing a digit or spelling a boolean.
 */
export function verbatimText(text: string): string {
  const fitted = text.length > MAX_CELL_CHARS ? shorten(text) : text;
  if (fitted === '') return '';
  const needsApostrophe =
    /^[\s]*[=+\-@']/.test(fitted) || /\d/.test(fitted) || /^\s*(true|false)\s*$/i.test(fitted);
  return needsApostrophe ? `'${fitted}` : fitted;
}

function shorten(text: string): string {
  // The apostrophe a text may need counts toward the limit too.
  return text.slice(0, MAX_CELL_CHARS - TRUNCATION_MARKER.length - 1) + TRUNCATION_MARKER;
}

/** A calendar date as a Sheets date serial, which shows the same date in every time zone. */
export function dateSerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - SHEETS_EPOCH_UTC) / DAY_MS;
}

/** Types one value by the field's schema type. Values that do not fit the type are kept as text, never lost. */
export function typeCell(type: FieldType | undefined, raw: unknown): TypedCell {
  // An unticked checkbox arrives as "" in card details.
  if (type === 'boolean' && raw === '') return { value: false };
  if (raw === null || raw === undefined || raw === '') return EMPTY;
  switch (type) {
    case 'number': {
      const number = parseWireNumber(raw);
      return number === null ? textCell(raw) : { value: number };
    }
    case 'date': {
      const date = parseWireDate(raw);
      if (date === null) return EMPTY;
      if (date === undefined) return textCell(raw);
      return date.kind === 'date'
        ? { value: dateSerial(date.year, date.month, date.day), dateKind: 'date' }
        : { value: new Date(date.epochMs), dateKind: 'instant' };
    }
    case 'boolean':
      return booleanCell(raw);
    default:
      return textCell(raw);
  }
}

/** A rate MiniCRM prints as `"27%"`: written as 0.27 formatted as a percentage, so it computes and shows 27%. */
export function percentCell(raw: unknown): TypedCell {
  const number = parseWireNumber(raw);
  if (number === null) return raw === null || raw === undefined || raw === '' ? EMPTY : textCell(raw);
  return { value: number / 100, format: '0%' };
}

/** Localized and numeric truths MiniCRM uses for checkboxes. */
const TRUE_WORDS = new Set(['1', 'yes', 'true', 'igen', 'da']);
const FALSE_WORDS = new Set(['0', 'no', 'false', 'nem', 'nu']);

function booleanCell(raw: unknown): TypedCell {
  if (typeof raw === 'boolean') return { value: raw };
  const word = String(raw).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return { value: true };
  if (FALSE_WORDS.has(word)) return { value: false };
  // A single checkbox's detail value is its label when ticked.
  return word ? { value: true } : { value: false };
}

function textCell(raw: unknown): TypedCell {
  const text =
    typeof raw === 'string'
      ? raw
      : typeof raw === 'number' || typeof raw === 'boolean'
        ? String(raw)
        : JSON.stringify(raw);
  return { value: verbatimText(text) };
}

/** The number format a column needs from its cells: dates only, date-times, or none. */
export function columnFormat(cells: TypedCell[]): string | null {
  const explicit = cells.find(cell => cell.format)?.format;
  if (explicit) return explicit;
  let hasInstant = false;
  let hasDate = false;
  for (const cell of cells) {
    if (cell.dateKind === 'instant') hasInstant = true;
    else if (cell.dateKind === 'date') hasDate = true;
  }
  if (hasInstant) return DATE_TIME_FORMAT;
  return hasDate ? DATE_FORMAT : null;
}
