import fc from 'fast-check';
import { asInteger, parseWireDate, parseWireNumber } from '../../src/core/crm/wire-values';

describe('parseWireDate', () => {
  it.each(['', '0000-00-00', '0000-00-00 00:00:00', null])('reads %p as no date', value => {
    expect(parseWireDate(value)).toBeNull();
  });

  it('reads date-only custom fields (… 23:59:59) as calendar dates', () => {
    expect(parseWireDate('2019-01-28 23:59:59')).toEqual({ kind: 'date', year: 2019, month: 1, day: 28 });
    expect(parseWireDate('2023-11-27')).toEqual({ kind: 'date', year: 2023, month: 11, day: 27 });
  });

  it('reads date-times as Budapest wall time', () => {
    expect(parseWireDate('2019-01-18 11:12:32')).toEqual({
      kind: 'instant',
      epochMs: Date.UTC(2019, 0, 18, 10, 12, 32),
    });
  });

  it('leaves text that is not a date to the caller (undefined), never a wrong date', () => {
    expect(parseWireDate('18:00 - 19:30')).toBeUndefined();
    expect(parseWireDate('2019-13-01')).toBeUndefined();
  });
});

describe('parseWireNumber', () => {
  it.each([
    ['1599.0000', 1599],
    ['1 000,00', 1000],
    ['2 380,00', 2380],
    ['2,540.00', 2540],
    ['27%', 27],
    ['-12,5', -12.5],
    [42, 42],
    ['500.000000', 500],
  ])('reads %p as %p', (input, expected) => {
    expect(parseWireNumber(input)).toBe(expected);
  });

  it.each(['', 'abc', '1.2.3', '--1', null, {}])('refuses %p', input => {
    expect(parseWireNumber(input)).toBeNull();
  });

  it('reads every number MiniCRM could print with a dot decimal', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), n => {
        const text = n.toFixed(4);
        expect(parseWireNumber(text)).toBeCloseTo(Number(text), 6);
      }),
    );
  });

  it('reads space-grouped decimal-comma amounts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
        expect(parseWireNumber(`${grouped},${String(cents).padStart(2, '0')}`)).toBeCloseTo(
          whole + cents / 100,
          6,
        );
      }),
    );
  });
});

describe('asInteger', () => {
  it('accepts ids and counts as numbers or strings', () => {
    expect(asInteger(105)).toBe(105);
    expect(asInteger('105')).toBe(105);
    expect(asInteger('10a')).toBeNull();
    expect(asInteger(1.5)).toBeNull();
  });
});
