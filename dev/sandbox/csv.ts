// CSV text as MiniCRM's PHP backend plausibly writes it: fputcsv's quoting rule, some columns always quoted.

/**
 * PHP `fputcsv` encloses a field when it holds the delimiter, the enclosure, the escape character, a tab,
 * CR, LF or a space. That is exactly what the manual's example shows (MAN p.77): `"Test User"`,
 * `"First step"` and every header quoted; `John`, the e-mail and the ProjectHash bare.
 */
const NEEDS_ENCLOSURE = /[,"\\\t\r\n ]/;

/** The record separator (Windows style, as the feed sends it); line breaks inside fields stay as they are. */
export const RECORD_SEPARATOR = '\r\n';

/** One field: enclosed in quotes (inner quotes doubled) when it needs it or its column is always quoted. */
export function csvField(value: string, alwaysQuoted = false): string {
  return alwaysQuoted || NEEDS_ENCLOSURE.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record with its separator; `alwaysQuoted[i]` marks the columns that are quoted even when plain. */
export function csvRecord(fields: readonly string[], alwaysQuoted: readonly boolean[] = []): string {
  return (
    fields.map((field, index) => csvField(field, alwaysQuoted[index] ?? false)).join(',') + RECORD_SEPARATOR
  );
}
