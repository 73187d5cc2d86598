// Reading MiniCRM's loosely typed JSON values: ids and counts as numbers or strings, dates, money, empties.
import { budapestWallTimeToInstant } from '../time/budapest';

/** A whole number from a number or numeric string (`12`, `"12"`); null for anything else. */
export function asInteger(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return null;
}

/** Empty date values MiniCRM sends for "no date". */
const EMPTY_DATES = new Set(['', '0000-00-00', '0000-00-00 00:00:00', '1970-01-01 01:00:00']);

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** A MiniCRM date or date-time, read as Budapest wall time. */
export type WireDate =
  /** A calendar date with no time: date-only fields (`… 23:59:59`) and `YYYY-MM-DD` values. */
  | { kind: 'date'; year: number; month: number; day: number }
  /** A moment in time. */
  | { kind: 'instant'; epochMs: number };

/**
 * Parses a MiniCRM date value. Empty dates (`""`, `0000-00-00…`) give null; date-only custom fields arrive
 * as `YYYY-MM-DD 23:59:59` and are calendar dates; other times are Budapest wall time. Returns undefined for
 * text that is not a date at all, so the caller can keep it as text rather than lose it.
 */
export function parseWireDate(value: unknown): WireDate | null | undefined {
  if (value == null) return null;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (EMPTY_DATES.has(text)) return null;
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (match[4] === undefined || (match[4] === '23' && match[5] === '59' && match[6] === '59')) {
    return { kind: 'date', year, month, day };
  }
  const wall = Date.UTC(year, month - 1, day, Number(match[4]), Number(match[5]), Number(match[6] ?? 0));
  return { kind: 'instant', epochMs: budapestWallTimeToInstant(wall) };
}

/**
 * A number from MiniCRM's many spellings: `1599.0000`, `"1 000,00"` (space thousands, decimal comma),
 * `"2,540.00"`, `"27%"` (→ 27, the percent kept as MiniCRM shows it), `12`. Null when it is not a number.
 */
export function parseWireNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  let text = value
    .trim()
    .replace(/%$/, '')
    .replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[+-]?[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma > lastDot) {
    // Decimal comma ("1.000,50" or "1000,5"): dots are thousands separators.
    text = text.replace(/\./g, '').replace(',', '.');
  } else {
    text = text.replace(/,/g, '');
  }
  if ((text.match(/\./g) ?? []).length > 1) return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}
