// What kind of value a Sheets number format shows: Automatic, plain text, a date/time, or a number.

/** The number format Sheets shows for a cell it never formatted ("Automatic"); what `getNumberFormat()` returns. */
export const AUTOMATIC_FORMAT = '0.###############';

/**
 * `automatic`: no format (the value's own kind shows); `text`: `@`, strings kept verbatim; `date`: a date, time or
 * date-time pattern, under which a number is a date; `number`: any other pattern, under which a date is a number.
 */
export type NumberFormatKind = 'automatic' | 'text' | 'date' | 'number';

/** Whether a format is Automatic: none, `''`, Sheets' automatic pattern, or `General` (any case). */
export function isAutomaticFormat(format: string | null): boolean {
  return format === null || format === '' || format === AUTOMATIC_FORMAT || /^general$/i.test(format);
}

/** The kind of a cell's number format (null = Automatic). */
export function numberFormatKind(format: string | null): NumberFormatKind {
  if (format === null || isAutomaticFormat(format)) return 'automatic';
  if (isDateTimeFormat(format)) return 'date';
  // The first section (positive numbers) decides; `0;-0;0;@` is a number format with a text section.
  return patternTokens(format).split(';')[0].includes('@') ? 'text' : 'number';
}

/**
 * Whether Sheets reads a pattern as a date, time or date-time format: it has a date or time token (`y`, `m`, `d`,
 * `h`, `s`, `am/pm`, `a/p`, elapsed `[h]`/`[m]`/`[s]`) outside quoted text (`"m"`), escaped characters (`\d`),
 * the padding/fill characters of `_x`/`*x`, and other bracketed parts (`[Red]`, `[$USD]`, `[>100]`).
 */
export function isDateTimeFormat(pattern: string): boolean {
  if (isAutomaticFormat(pattern)) return false;
  return /[ydhms]|a\/p/i.test(patternTokens(pattern));
}

/**
 * The pattern with its literal parts blanked out: quoted text, `\x`, `_x`, `*x` and bracketed parts other than the
 * elapsed-time tokens `[h]`, `[mm]`, `[ss]` (which keep their letters) become spaces.
 */
function patternTokens(pattern: string): string {
  return pattern.replace(/"[^"]*(?:"|$)|[\\_*][\s\S]?|\[([^\]]*)(?:\]|$)/g, (_part, bracket?: string) =>
    bracket !== undefined && /^(?:h+|m+|s+)$/i.test(bracket) ? bracket : ' ',
  );
}
