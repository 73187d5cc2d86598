// Tests of the emulator's classification of Sheets number formats (date/time, number, text, Automatic).
import fc from 'fast-check';
import {
  AUTOMATIC_FORMAT,
  isDateTimeFormat,
  numberFormatKind,
} from '../../dev/gas-runtime/services/number-formats';

describe('isDateTimeFormat', () => {
  it.each([
    'yyyy-mm-dd',
    'M/d/yyyy',
    'M/d/yyyy H:mm:ss',
    'mmm d, yyyy',
    'dddd',
    'yy',
    'd',
    'h:mm',
    'hh:mm:ss',
    'ss',
    'm',
    'MM',
    'h:mm am/pm',
    'AM/PM',
    'a/p',
    '[h]:mm',
    '[mm]:ss',
    '[SS]',
    'yyyy-mm-dd hh:mm:ss.000',
    '"Due "yyyy-mm-dd',
    '[Red]yyyy',
    '[$-409]mmmm d',
    '0 h',
  ])('%p is a date/time format', pattern => {
    expect(isDateTimeFormat(pattern)).toBe(true);
  });

  it.each([
    '0',
    '#',
    '0.00',
    '#,##0.00',
    '0.00%',
    '0%',
    '0.00E+00',
    '@',
    'General',
    'GENERAL',
    AUTOMATIC_FORMAT,
    '',
    '"m" 0',
    '0 "days"',
    '"yyyy"',
    '\\d 0',
    '"$"#,##0.00',
    '[Red]0.00',
    '[$USD] 0.00',
    '[>=100]0;0.00',
    '_("$"* #,##0.00_)',
    '_d0',
    '*s0',
    '0.00;[Red]-0.00',
  ])('%p is not a date/time format', pattern => {
    expect(isDateTimeFormat(pattern)).toBe(false);
  });

  it('ignores anything quoted, next to a number pattern', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('0', '0.00', '#,##0', '0%', ''), (text, number) => {
        expect(isDateTimeFormat(`"${text.replace(/"/g, '')}"${number}`)).toBe(false);
        expect(isDateTimeFormat(`${number}"${text.replace(/"/g, '')}"`)).toBe(false);
      }),
    );
  });

  it('finds a date token next to any quoted text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('yyyy', 'd', 'h', 'ss', 'mm', 'am/pm', '[h]'),
        (text, token) => {
          expect(isDateTimeFormat(`"${text.replace(/"/g, '')}" ${token}`)).toBe(true);
        },
      ),
    );
  });
});

describe('numberFormatKind', () => {
  it('tells Automatic, text, date/time and number formats apart', () => {
    expect(numberFormatKind(null)).toBe('automatic');
    expect(numberFormatKind(AUTOMATIC_FORMAT)).toBe('automatic');
    expect(numberFormatKind('General')).toBe('automatic');
    expect(numberFormatKind('@')).toBe('text');
    expect(numberFormatKind('"Name: "@')).toBe('text');
    expect(numberFormatKind('yyyy-mm-dd')).toBe('date');
    expect(numberFormatKind('h:mm am/pm')).toBe('date');
    expect(numberFormatKind('0.00')).toBe('number');
    expect(numberFormatKind('"@"0')).toBe('number');
    // A text section after the number sections does not make a text format.
    expect(numberFormatKind('0;-0;0;@')).toBe('number');
  });
});
