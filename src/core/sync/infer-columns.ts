// Typing a column of text whose type nobody declared (the shared-filter CSV): numbers, date-times or text.
import type { TypedCell } from './cells';
import { typeCell } from './cells';

/** A plain number as MiniCRM's CSV prints one: no leading zero, no sign but minus, at most 15 digits. */
const PLAIN_NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d+)?$/;
const WALL_TIME = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$/;

/**
 * Types every value of a column the same way: numbers when every non-empty value is a plain number, dates
 * when every one is a MiniCRM date or date-time (Budapest wall time), else text kept verbatim — so a column of
 * phone numbers or codes like `00123` never loses its zeros.
 */
export function typeColumn(values: string[]): TypedCell[] {
  const filled = values.filter(value => value.trim() !== '');
  if (filled.length && filled.every(value => PLAIN_NUMBER.test(value.trim())))
    return values.map(value => typeCell('number', value));
  if (filled.length && filled.every(value => WALL_TIME.test(value.trim())))
    return values.map(value => typeCell('date', value));
  return values.map(value => typeCell('text', value));
}
