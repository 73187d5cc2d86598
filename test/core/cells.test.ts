import {
  dateSerial,
  MAX_CELL_CHARS,
  TRUNCATION_MARKER,
  typeCell,
  verbatimText,
} from '../../src/core/sync/cells';

describe('verbatimText', () => {
  it.each([
    '=HYPERLINK("x")',
    '+40 712 345 678',
    '-',
    '00123',
    '@mention',
    "'quoted",
    '27%',
    '2024-01-05',
    'TRUE',
    ' false ',
  ])('protects %p with an apostrophe so Sheets keeps the text', text => {
    expect(verbatimText(text)).toBe(`'${text}`);
  });

  it.each(['Popescu Ioana', 'Kovács Gergő', 'Értékesítés'])('leaves plain words alone: %p', text => {
    expect(verbatimText(text)).toBe(text);
  });

  it('shortens a value over 50,000 characters with a visible marker', () => {
    const long = 'x'.repeat(60_000);
    const written = verbatimText(long);
    expect(written.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(written.endsWith(TRUNCATION_MARKER)).toBe(true);
  });
});

describe('typeCell', () => {
  it('writes numbers as numbers and keeps unreadable numbers as text', () => {
    expect(typeCell('number', '1 000,00')).toEqual({ value: 1000 });
    expect(typeCell('number', 'n/a')).toEqual({ value: 'n/a' });
  });

  it('writes date-only fields as date serials and date-times as instants', () => {
    expect(typeCell('date', '2019-01-28 23:59:59')).toEqual({
      value: dateSerial(2019, 1, 28),
      dateKind: 'date',
    });
    expect(typeCell('date', '2019-01-18 11:12:32')).toEqual({
      value: new Date(Date.UTC(2019, 0, 18, 10, 12, 32)),
      dateKind: 'instant',
    });
    expect(typeCell('date', '0000-00-00')).toEqual({ value: '' });
  });

  it("uses Sheets' epoch for date serials", () => {
    expect(dateSerial(1899, 12, 30)).toBe(0);
    expect(dateSerial(2024, 1, 1)).toBe(45292);
  });

  it('reads localized checkboxes', () => {
    expect(typeCell('boolean', 'Igen')).toEqual({ value: true });
    expect(typeCell('boolean', 'Nu')).toEqual({ value: false });
    expect(typeCell('boolean', '')).toEqual({ value: false });
  });
});
