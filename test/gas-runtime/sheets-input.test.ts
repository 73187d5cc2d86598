// Tests of the emulator's model of Sheets' USER_ENTERED parsing and of its display formatting.
import fc from 'fast-check';
import vm from 'node:vm';
import {
  CellTooLongError,
  MAX_CELL_CHARS,
  displayValue,
  parseUserEnteredValue,
  toSerial,
  valueUnderFormat,
} from '../../dev/gas-runtime/services/sheets-input';
import { timeZoneOffsetMs, zonedWallTimeToEpoch } from '../../dev/gas-runtime/time-zone';

const TZ = 'Europe/Budapest';
const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const parse = (value: unknown, tz = TZ) => parseUserEnteredValue(value, Date, tz, { nowMs: NOW });
const valueOf = (value: unknown, tz = TZ) => parse(value, tz).value;
/** The instant of a wall time in Budapest, for expected Dates. */
const budapest = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) =>
  new Date(
    zonedWallTimeToEpoch({ year: y, month: mo, day: d, hour: h, minute: mi, second: s, millisecond: 0 }, TZ),
  );

describe('parseUserEnteredValue: non-string inputs', () => {
  it.each([null, undefined, ''])('%p is an empty cell', value => {
    expect(parse(value)).toEqual({ value: '', formula: null });
  });

  it('keeps numbers and booleans as they are', () => {
    expect(parse(42)).toEqual({ value: 42, formula: null });
    expect(parse(-0.5)).toEqual({ value: -0.5, formula: null });
    expect(parse(true)).toEqual({ value: true, formula: null });
    expect(parse(false)).toEqual({ value: false, formula: null });
  });

  it('stores NaN and ±Infinity as the #NUM! error', () => {
    expect(valueOf(NaN)).toBe('#NUM!');
    expect(valueOf(Infinity)).toBe('#NUM!');
    expect(valueOf(-Infinity)).toBe('#NUM!');
  });

  it('keeps a Date as the same instant, created with the given realm constructor', () => {
    class RealmDate extends Date {}
    const written = new Date(Date.UTC(2024, 0, 5, 12, 30));
    const stored = parseUserEnteredValue(written, RealmDate as DateConstructor, TZ);
    expect(stored.value).toBeInstanceOf(RealmDate);
    expect((stored.value as Date).getTime()).toBe(written.getTime());
    expect(stored.value).not.toBe(written);
    expect(stored.numberFormat).toBe('M/d/yyyy H:mm:ss');
  });

  it('recognises a Date of another realm, which fails instanceof Date', () => {
    const other = vm.runInNewContext('new Date(0)') as Date;
    expect(other instanceof Date).toBe(false);
    expect((parse(other).value as Date).getTime()).toBe(0);
  });

  it('writes other objects as their string form', () => {
    expect(valueOf({ toString: () => 'custom' })).toBe('custom');
  });
});

describe('parseUserEnteredValue: formulas and forced text', () => {
  it('treats a leading = as a formula with an empty (unevaluated) value', () => {
    expect(parse('=SUM(A1:A3)')).toEqual({ value: '', formula: '=SUM(A1:A3)' });
  });

  it('does not treat = after whitespace as a formula', () => {
    expect(parse(' =1+1')).toEqual({ value: ' =1+1', formula: null });
  });

  it('keeps the text after a leading apostrophe, without the apostrophe', () => {
    expect(parse("'00123")).toEqual({ value: '00123', formula: null });
    expect(parse("'=SUM(A1)")).toEqual({ value: '=SUM(A1)', formula: null });
    expect(parse("'TRUE")).toEqual({ value: 'TRUE', formula: null });
  });

  it('stores strings verbatim in a plain-text (@) cell', () => {
    const opts = { nowMs: NOW, plainText: true };
    expect(parseUserEnteredValue('00123', Date, TZ, opts).value).toBe('00123');
    expect(parseUserEnteredValue('=1+1', Date, TZ, opts)).toEqual({ value: '=1+1', formula: null });
    expect(parseUserEnteredValue(5, Date, TZ, opts).value).toBe(5);
  });
});

describe('parseUserEnteredValue: numbers', () => {
  it.each<[string, number]>([
    ['42', 42],
    ['-42', -42],
    ['+42', 42],
    ['3.25', 3.25],
    ['.5', 0.5],
    ['5.', 5],
    ['1,234', 1234],
    ['1,234,567.89', 1234567.89],
    ['1e3', 1000],
    ['1.5E-3', 0.0015],
    ['00123', 123],
    ['0740123456', 740123456],
    ['  12  ', 12],
    ['(123)', -123],
    ['$1,234.50', 1234.5],
    ['-$5', -5],
    ['$-5', -5],
    ['($7)', -7],
    ['27%', 0.27],
    ['-1.5%', -0.015],
    ['100%', 1],
  ])('%p → %p', (text, expected) => {
    expect(valueOf(text)).toBe(expected);
  });

  it('records the number format Sheets picks for currency, percent, grouping and exponent', () => {
    expect(parse('$1,234.50').numberFormat).toBe('"$"#,##0.00');
    expect(parse('27%').numberFormat).toBe('0%');
    expect(parse('1.5%').numberFormat).toBe('0.0%');
    expect(parse('1,234').numberFormat).toBe('#,##0');
    expect(parse('1e3').numberFormat).toBe('0.00E+00');
    expect(parse('42').numberFormat).toBeUndefined();
  });

  it.each([
    '-',
    '+',
    '.',
    '+40 712 345 678',
    '1 234',
    '1,23',
    '12,3456',
    'ABC-123',
    'Str. Mihai Eminescu 5',
    '0x1A',
    'Infinity',
    '1e400',
    '27 %',
    '$1,234.50%',
    '--5',
    '5-',
  ])('%p stays text', text => {
    expect(parse(text)).toEqual({ value: text, formula: null });
  });
});

describe('parseUserEnteredValue: booleans', () => {
  it.each<[string, boolean]>([
    ['TRUE', true],
    ['true', true],
    ['True', true],
    ['FALSE', false],
    ['false', false],
    [' fAlSe ', false],
  ])('%p → %p', (text, expected) => {
    expect(valueOf(text)).toBe(expected);
  });

  it('leaves yes/no and 1/0-like words alone', () => {
    expect(valueOf('yes')).toBe('yes');
    expect(valueOf('TRUEISH')).toBe('TRUEISH');
  });
});

describe('parseUserEnteredValue: dates and times in the spreadsheet time zone', () => {
  it.each<[string, Date]>([
    ['2024-01-05', budapest(2024, 1, 5)],
    ['2024/1/5', budapest(2024, 1, 5)],
    ['2024-01-05 13:45', budapest(2024, 1, 5, 13, 45)],
    ['2024-01-05 13:45:10', budapest(2024, 1, 5, 13, 45, 10)],
    ['1/5/2024', budapest(2024, 1, 5)],
    ['1/5/2024 13:45', budapest(2024, 1, 5, 13, 45)],
    ['1/5/24', budapest(2024, 1, 5)],
    ['12/31/99', budapest(1999, 12, 31)],
    ['Jan 5, 2024', budapest(2024, 1, 5)],
    ['January 5 2024', budapest(2024, 1, 5)],
    ['5 Jan 2024', budapest(2024, 1, 5)],
    ['5-Jan-2024', budapest(2024, 1, 5)],
    ['March 2024', budapest(2024, 3, 1)],
    ['1/5', budapest(2026, 1, 5)],
    ['Jan 5', budapest(2026, 1, 5)],
    ['13:45', budapest(1899, 12, 30, 13, 45)],
    ['13:45:10', budapest(1899, 12, 30, 13, 45, 10)],
    ['1:45 PM', budapest(1899, 12, 30, 13, 45)],
    ['12:00 am', budapest(1899, 12, 30, 0, 0)],
    ['3 pm', budapest(1899, 12, 30, 15, 0)],
    ['2024-02-29', budapest(2024, 2, 29)],
  ])('%p → %p', (text, expected) => {
    const value = valueOf(text);
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).getTime()).toBe(expected.getTime());
  });

  it('reads the wall time in the given zone', () => {
    expect((valueOf('2024-01-05 13:45', 'UTC') as Date).toISOString()).toBe('2024-01-05T13:45:00.000Z');
    expect((valueOf('2024-07-05 13:45', TZ) as Date).toISOString()).toBe('2024-07-05T11:45:00.000Z');
    expect((valueOf('2024-01-05', 'America/New_York') as Date).toISOString()).toBe(
      '2024-01-05T05:00:00.000Z',
    );
  });

  it('uses the historic offset for the 1899-12-30 day of a bare time', () => {
    // Budapest was already on CET (+1) in 1899; a zone with local mean time then shows its odd offset.
    expect((valueOf('00:00', TZ) as Date).toISOString()).toBe('1899-12-29T23:00:00.000Z');
    expect(timeZoneOffsetMs(Date.UTC(1899, 11, 30), 'Europe/Bucharest')).toBe(
      (1 * 3600 + 44 * 60 + 24) * 1000,
    );
  });

  it('records a date format matching what was typed', () => {
    expect(parse('2024-01-05').numberFormat).toBe('yyyy-mm-dd');
    expect(parse('2024-01-05 13:45').numberFormat).toBe('yyyy-mm-dd h:mm');
    expect(parse('1/5/2024').numberFormat).toBe('M/d/yyyy');
    expect(parse('13:45:10').numberFormat).toBe('h:mm:ss');
    expect(parse('1:45 PM').numberFormat).toBe('h:mm am/pm');
  });

  it.each([
    '2/30/2024',
    '2023-02-29',
    '13/1/2024',
    '2024-01-05T10:00:00Z',
    '24:00',
    '12:60',
    '13 pm',
    'Foo 5, 2024',
    '2024-01-05 25:00',
  ])('%p stays text', text => {
    expect(valueOf(text)).toBe(text);
  });

  it('reads a bare number as a number, not as a time', () => {
    expect(valueOf('12')).toBe(12);
  });
});

describe('time zone conversion', () => {
  it('moves a wall time inside a DST gap forward, like Java', () => {
    const t = zonedWallTimeToEpoch(
      { year: 2024, month: 3, day: 31, hour: 2, minute: 30, second: 0, millisecond: 0 },
      TZ,
    );
    expect(new Date(t).toISOString()).toBe('2024-03-31T01:30:00.000Z'); // 03:30 CEST
  });

  it('picks the earlier instant of a repeated wall time', () => {
    const t = zonedWallTimeToEpoch(
      { year: 2024, month: 10, day: 27, hour: 2, minute: 30, second: 0, millisecond: 0 },
      TZ,
    );
    expect(new Date(t).toISOString()).toBe('2024-10-27T00:30:00.000Z'); // 02:30 CEST
  });

  it('handles fixed offsets that Intl does not accept', () => {
    expect(timeZoneOffsetMs(0, 'GMT+02:00')).toBe(2 * 3600_000);
    expect(timeZoneOffsetMs(0, 'GMT-3')).toBe(-3 * 3600_000);
  });
});

describe('parseUserEnteredValue: the 50,000-character cell limit', () => {
  it('accepts exactly 50,000 characters', () => {
    expect(valueOf('x'.repeat(MAX_CELL_CHARS))).toHaveLength(MAX_CELL_CHARS);
  });

  it('throws for 50,001 characters, formulas and apostrophe text included', () => {
    expect(() => parse('x'.repeat(MAX_CELL_CHARS + 1))).toThrow(CellTooLongError);
    expect(() => parse('=' + 'x'.repeat(MAX_CELL_CHARS))).toThrow(CellTooLongError);
    expect(() => parse("'" + 'x'.repeat(MAX_CELL_CHARS))).toThrow(CellTooLongError);
  });
});

describe('parseUserEnteredValue: properties', () => {
  it('round-trips every finite number written as a number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), n => {
        expect(Object.is(valueOf(n), n)).toBe(true);
      }),
    );
  });

  it('reads the text of any finite number (String(n)) back as that number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), n => {
        expect(valueOf(String(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it("keeps any string prefixed with ' as exactly that string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), s => {
        expect(parse("'" + s)).toEqual({ value: s, formula: null });
      }),
    );
  });

  it('never throws for strings within the limit and always yields a storable value', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), s => {
        const stored = parse(s);
        expect(
          ['string', 'number', 'boolean'].includes(typeof stored.value) || stored.value instanceof Date,
        ).toBe(true);
      }),
    );
  });
});

describe('displayValue', () => {
  it('shows automatic numbers with at most 15 significant digits', () => {
    expect(displayValue(0.1 + 0.2, null, TZ)).toBe('0.3');
    expect(displayValue(1234.5, null, TZ)).toBe('1234.5');
    expect(displayValue(-7, '0.###############', TZ)).toBe('-7');
  });

  it('shows booleans and text as Sheets does', () => {
    expect(displayValue(true, null, TZ)).toBe('TRUE');
    expect(displayValue('abc', null, TZ)).toBe('abc');
    expect(displayValue('', null, TZ)).toBe('');
  });

  it('applies simple number formats', () => {
    expect(displayValue(1234.5, '#,##0.00', TZ)).toBe('1,234.50');
    expect(displayValue(1234.5, '"$"#,##0.00', TZ)).toBe('$1,234.50');
    expect(displayValue(-5, '"$"#,##0', TZ)).toBe('-$5');
    expect(displayValue(0.27, '0%', TZ)).toBe('27%');
    expect(displayValue(0.015, '0.0%', TZ)).toBe('1.5%');
    expect(displayValue(3.14159, '0.00', TZ)).toBe('3.14');
    expect(displayValue(3.1, '0.0#', TZ)).toBe('3.1');
    expect(displayValue(12345, '0.00E+00', TZ)).toBe('1.23E+04');
    expect(displayValue(42, '@', TZ)).toBe('42');
  });

  it('shows dates in the spreadsheet zone, by default as M/d/yyyy H:mm:ss', () => {
    const d = new Date(Date.UTC(2024, 0, 5, 12, 30, 5));
    expect(displayValue(d, null, TZ)).toBe('1/5/2024 13:30:05');
    expect(displayValue(d, 'yyyy-mm-dd', TZ)).toBe('2024-01-05');
    expect(displayValue(d, 'yyyy-mm-dd hh:mm:ss', 'UTC')).toBe('2024-01-05 12:30:05');
    expect(displayValue(d, 'mmm d, yyyy', TZ)).toBe('Jan 5, 2024');
    expect(displayValue(d, 'dddd, mmmm d', TZ)).toBe('Friday, January 5');
    expect(displayValue(d, 'h:mm am/pm', TZ)).toBe('1:30 PM');
  });

  it('shows a date under a number format as its serial number, and a serial under a date format as a date', () => {
    const noonUtc = new Date(Date.UTC(2024, 0, 5, 12));
    expect(displayValue(noonUtc, '0.00', 'UTC')).toBe('45296.50');
    expect(displayValue(45296.5, 'yyyy-mm-dd hh:mm', 'UTC')).toBe('2024-01-05 12:00');
  });
});

describe('displayValue: more date/time tokens', () => {
  it('shows elapsed hours, minutes and seconds since day zero', () => {
    expect(displayValue(1.5, '[h]:mm', 'UTC')).toBe('36:00');
    expect(displayValue(0.0625, '[mm]:ss', 'UTC')).toBe('90:00');
    expect(displayValue(1 / 24, '[s]', 'UTC')).toBe('3600');
  });

  it('shows fractions of a second after ss.', () => {
    const d = new Date(Date.UTC(2024, 0, 5, 12, 30, 5, 42));
    expect(displayValue(d, 'hh:mm:ss.000', 'UTC')).toBe('12:30:05.042');
    expect(displayValue(d, 'hh:mm:ss.0', 'UTC')).toBe('12:30:05.0');
  });

  it('drops colours and conditions, and reads quoted text as text', () => {
    expect(displayValue(45296, '[Red]yyyy-mm-dd', 'UTC')).toBe('2024-01-05');
    expect(displayValue(45296, '"Due "d mmm', 'UTC')).toBe('Due 5 Jan');
  });

  it('shows a serial under a date format to the second, whatever its floating-point error', () => {
    // 13:45 is 0.572916…; its ms are 49499999.99…, which must not show as 13:44:59.
    expect(displayValue(45296 + (13 * 60 + 45) / 1440, 'yyyy-mm-dd h:mm:ss', 'UTC')).toBe(
      '2024-01-05 13:45:00',
    );
  });

  it('shows a serial too large for a date as a number', () => {
    expect(displayValue(1e300, 'yyyy-mm-dd', 'UTC')).toBe('1E+300');
  });
});

describe('valueUnderFormat', () => {
  it('makes a number under a date/time format the date of its wall time in the zone', () => {
    expect(valueUnderFormat(45232, 'yyyy-mm-dd', TZ)).toEqual(budapest(2023, 11, 2));
    expect(valueUnderFormat(45296.5, 'M/d/yyyy H:mm:ss', TZ)).toEqual(budapest(2024, 1, 5, 12));
    expect(valueUnderFormat(45296.5, 'yyyy-mm-dd', 'UTC')).toEqual(new Date(Date.UTC(2024, 0, 5, 12)));
    expect(valueUnderFormat(0.5, 'h:mm', TZ)).toEqual(budapest(1899, 12, 30, 12));
    expect(valueUnderFormat(-1, 'yyyy-mm-dd', 'UTC')).toEqual(new Date(Date.UTC(1899, 11, 29)));
  });

  it('makes a Date under a number format its serial number', () => {
    expect(valueUnderFormat(budapest(2024, 1, 5, 12), '0.00', TZ)).toBe(45296.5);
    expect(valueUnderFormat(new Date(Date.UTC(2024, 0, 5, 12)), '#,##0', 'UTC')).toBe(45296.5);
  });

  it('keeps values under Automatic and plain-text formats, and other values', () => {
    const d = new Date(0);
    expect(valueUnderFormat(45232, null, TZ)).toBe(45232);
    expect(valueUnderFormat(45232, 'General', TZ)).toBe(45232);
    expect(valueUnderFormat(45232, '@', TZ)).toBe(45232);
    expect(valueUnderFormat(d, null, TZ)).toBe(d);
    expect(valueUnderFormat(d, '@', TZ)).toBe(d);
    expect(valueUnderFormat(d, 'yyyy', TZ)).toBe(d);
    expect(valueUnderFormat(45232, '0.00', TZ)).toBe(45232);
    expect(valueUnderFormat('2023', 'yyyy', TZ)).toBe('2023');
    expect(valueUnderFormat(true, '0.00', TZ)).toBe(true);
    expect(valueUnderFormat('', 'yyyy', TZ)).toBe('');
  });

  it('keeps a serial too large for a Date as a number', () => {
    expect(valueUnderFormat(1e300, 'yyyy-mm-dd', TZ)).toBe(1e300);
    expect(valueUnderFormat(-1e12, 'yyyy-mm-dd', TZ)).toBe(-1e12);
  });

  it('round-trips a Date through its serial to the millisecond', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
        fc.constantFrom('UTC', TZ, 'America/New_York', 'Asia/Kolkata'),
        (ms, zone) => {
          const serial = valueUnderFormat(new Date(ms), '0.00', zone);
          expect(serial).toBe(toSerial(ms, zone));
          const back = valueUnderFormat(serial, 'yyyy-mm-dd hh:mm:ss', zone) as Date;
          // A repeated wall time (DST overlap) reads back as its earlier instant, as any typed date does.
          expect([ms, ms - 3_600_000]).toContain(back.getTime());
        },
      ),
    );
  });
});
