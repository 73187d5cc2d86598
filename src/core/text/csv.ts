// RFC 4180 CSV parsing for MiniCRM's shared-filter feed: quotes, doubled quotes, newlines in fields, a BOM.

/** A parsed CSV document and what its end looked like, so truncation can be told from a complete feed. */
export interface CsvDocument {
  records: string[][];
  /** The text ended inside a quoted field: certainly cut short. */
  unterminatedQuote: boolean;
  /** The last record ended with a line break (a complete feed usually does). */
  endsWithLineBreak: boolean;
}

/**
 * Parses CSV text (RFC 4180, lenient the way spreadsheet programs are): fields separated by `delimiter`,
 * records by CRLF, LF or CR; a field that starts with `"` is quoted and may hold delimiters, line breaks and
 * doubled quotes (`""` → `"`); characters after a closing quote are kept; a leading UTF-8 BOM is dropped;
 * rows may have different lengths (ragged rows are kept as they are); blank lines are skipped.
 */
export function parseCsv(text: string, delimiter = ','): CsvDocument {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  /** Whether the record had anything at all (a lone `""` is a record; an empty line is not). */
  let recordStarted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (recordStarted || record.length > 1) records.push(record);
    record = [];
    recordStarted = false;
  };
  while (i < input.length) {
    const char = input[i];
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += char;
      i++;
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      recordStarted = true;
      i++;
    } else if (char === delimiter) {
      endField();
      i++;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && input[i + 1] === '\n' ? 2 : 1;
    } else {
      field += char;
      fieldStarted = true;
      recordStarted = true;
      i++;
    }
  }
  const last = input[input.length - 1];
  const endsWithLineBreak = input.length > 0 && (last === '\n' || last === '\r') && !quoted;
  if (recordStarted || record.length > 0) endRecord();
  return { records, unterminatedQuote: quoted, endsWithLineBreak };
}
