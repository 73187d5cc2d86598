import fc from 'fast-check';
import { parseCsv } from '../../src/core/text/csv';

/** Writes records as RFC 4180 CSV, quoting every field that needs it (and some that do not). */
function writeCsv(records: string[][], lineBreak: string, quoteAll: boolean[]): string {
  return records
    .map((record, r) =>
      record
        .map(field =>
          quoteAll[r % quoteAll.length] || /[",\r\n]/.test(field) || field === ''
            ? `"${field.replace(/"/g, '""')}"`
            : field,
        )
        .join(','),
    )
    .join(lineBreak);
}

describe('parseCsv', () => {
  it("reads the manual's example, quoted and unquoted fields mixed", () => {
    const text =
      '"Card: Id","Card: Name","Card: Responsible","Card: Status","Person1: First name","Person1: Email"\r\n' +
      '0qb24o3d0s0ejgpmds630tlse4wyg5,"Doe Industries LTD (John Doe)","Test User","First step",John,john.doe@doeindustries.com\r\n';
    const { records, endsWithLineBreak, unterminatedQuote } = parseCsv(text);
    expect(records).toEqual([
      [
        'Card: Id',
        'Card: Name',
        'Card: Responsible',
        'Card: Status',
        'Person1: First name',
        'Person1: Email',
      ],
      [
        '0qb24o3d0s0ejgpmds630tlse4wyg5',
        'Doe Industries LTD (John Doe)',
        'Test User',
        'First step',
        'John',
        'john.doe@doeindustries.com',
      ],
    ]);
    expect(endsWithLineBreak).toBe(true);
    expect(unterminatedQuote).toBe(false);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('a,"b, ""c""\r\nd"\ne,f').records).toEqual([
      ['a', 'b, "c"\r\nd'],
      ['e', 'f'],
    ]);
  });

  it('drops a BOM, skips blank lines and keeps ragged rows as they are', () => {
    expect(parseCsv('\ufeffx,y\n\n1\n2,3,4\n').records).toEqual([['x', 'y'], ['1'], ['2', '3', '4']]);
  });

  it('says when the text stops inside a quoted field or without a final line break', () => {
    expect(parseCsv('a,b\n1,"unfinished').unterminatedQuote).toBe(true);
    expect(parseCsv('a,b\n1,2').endsWithLineBreak).toBe(false);
  });

  it('keeps an empty trailing field', () => {
    expect(parseCsv('a,b,\n').records).toEqual([['a', 'b', '']]);
  });

  it('reads back whatever a CSV writer wrote, with CRLF, LF or CR line breaks', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'ő', 'ș', ',', '"', '\n', '\r\n', ' ', '=', '1') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\r\n', '\n', '\r'),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
        (records, lineBreak, quoteAll) => {
          // A record that is a single empty unquoted field is a blank line; the writer quotes it.
          const parsed = parseCsv(writeCsv(records, lineBreak, quoteAll) + lineBreak);
          expect(parsed.records).toEqual(records);
          expect(parsed.unterminatedQuote).toBe(false);
        },
      ),
    );
  });
});
