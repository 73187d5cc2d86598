// Tests of the emulator's formula reference rewriting: paste/fill shifting and A1 ↔ R1C1 conversion.
import fc from 'fast-check';
import {
  MAX_REFERENCE_COLUMN,
  columnLetters,
  columnNumber,
  formulaFromR1C1,
  formulaToR1C1,
  shiftFormula,
} from '../../dev/gas-runtime/services/formula-references';

describe('column letters', () => {
  it('converts both ways, ZZZ being the last column', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(columnLetters(MAX_REFERENCE_COLUMN)).toBe('ZZZ');
    expect(columnNumber('zz')).toBe(702);
  });
});

describe('shiftFormula', () => {
  it.each([
    ['=B2*2', 1, 0, '=B3*2'],
    ['=B2*2', 0, 2, '=D2*2'],
    ['=$B$2*2', 5, 5, '=$B$2*2'],
    ['=B$2+$B2', 3, 3, '=E$2+$B5'],
    ['=SUM(A2:B5)', 1, 1, '=SUM(B3:C6)'],
    ['=SUM($A$2:B5)', 1, 0, '=SUM($A$2:B6)'],
    ["='Sheet 2'!A1+Sheet2!A1:B3", 2, 1, "='Sheet 2'!B3+Sheet2!B3:C5"],
    ["='Ana''s deals'!$A1", 1, 1, "='Ana''s deals'!$A2"],
    ['=SUM(A:B)+SUM(2:3)+SUM(A2:B)', 1, 1, '=SUM(B:C)+SUM(3:4)+SUM(B3:C)'],
    ['=Z1+AZ1', 0, 1, '=AA1+BA1'],
    ['=sum(a1)', 1, 0, '=sum(A2)'],
  ])('%s moved by (%i, %i) is %s', (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });

  it('turns a reference moved before row/column 1 or past column ZZZ into #REF!', () => {
    expect(shiftFormula('=B2*2', -2, 0)).toBe('=#REF!*2');
    expect(shiftFormula('=SUM(A1:B5)+C3', 0, -1)).toBe('=SUM(#REF!)+B3');
    expect(shiftFormula("='Sheet 2'!A1", -1, 0)).toBe('=#REF!');
    expect(shiftFormula('=ZZZ1', 0, 1)).toBe('=#REF!');
    expect(shiftFormula('=$A$1+A$1', -1, 0)).toBe('=$A$1+A$1');
  });

  it('leaves text inside string literals, function names and numbers alone', () => {
    expect(shiftFormula('="A1 ""B2"" C3"&A1', 1, 1)).toBe('="A1 ""B2"" C3"&B2');
    expect(shiftFormula('=LOG10(A1)+ATAN2(B1,C1)+DAYS360(A1,B1)', 1, 0)).toBe(
      '=LOG10(A2)+ATAN2(B2,C2)+DAYS360(A2,B2)',
    );
    expect(shiftFormula('=1.5E3+A1*2', 1, 1)).toBe('=1.5E3+B2*2');
    expect(shiftFormula('=IF(A1>0,"R1C1","x")', 1, 0)).toBe('=IF(A2>0,"R1C1","x")');
  });

  it('keeps the text of references that do not move, and of anything that is not a formula', () => {
    expect(shiftFormula('=a1+$b$2', 0, 0)).toBe('=a1+$b$2');
    expect(shiftFormula('=a1+$b$2', 1, 0)).toBe('=A2+$b$2');
    expect(shiftFormula('A1', 1, 1)).toBe('A1');
    expect(shiftFormula('', 1, 1)).toBe('');
  });
});

describe('A1 ↔ R1C1', () => {
  it('converts A1 references relative to the cell holding the formula', () => {
    expect(formulaToR1C1('=B1*2', 2, 2)).toBe('=R[-1]C[0]*2');
    expect(formulaToR1C1('=A2', 2, 2)).toBe('=R[0]C[-1]');
    expect(formulaToR1C1('=$C$2+$B5+B$5', 5, 3)).toBe('=R2C3+R[0]C2+R5C[-1]');
    expect(formulaToR1C1("=SUM('Sheet 2'!A1:B3)", 2, 2)).toBe("=SUM('Sheet 2'!R[-1]C[-1]:R[1]C[0])");
    expect(formulaToR1C1('=SUM(A:A)+SUM(3:3)', 1, 2)).toBe('=SUM(C[-1]:C[-1])+SUM(R[2]:R[2])');
    expect(formulaToR1C1('="B1"&B1', 1, 1)).toBe('="B1"&R[0]C[1]');
    expect(formulaToR1C1('plain text', 1, 1)).toBe('plain text');
  });

  it('converts R1C1 references to A1 for the cell that receives the formula', () => {
    expect(formulaFromR1C1('=R[-1]C[0]*2', 2, 2)).toBe('=B1*2');
    expect(formulaFromR1C1('=R[-1]C*2', 2, 2)).toBe('=B1*2');
    expect(formulaFromR1C1('=RC[-1]', 2, 2)).toBe('=A2');
    expect(formulaFromR1C1('=R2C3', 9, 9)).toBe('=$C$2');
    expect(formulaFromR1C1('=SUM(R[-3]C[0]:R[-1]C[0])', 5, 2)).toBe('=SUM(B2:B4)');
    expect(formulaFromR1C1('=rc[1]', 1, 1)).toBe('=B1');
    expect(formulaFromR1C1('=ROUND(R[1]C[1],2)&"R[1]C[1]"', 1, 1)).toBe('=ROUND(B2,2)&"R[1]C[1]"');
    expect(formulaFromR1C1('=SUM(C[-1]:C[-1])', 1, 2)).toBe('=SUM(A:A)');
  });

  it('gives #REF! for an R1C1 reference before row/column 1', () => {
    expect(formulaFromR1C1('=R[-5]C+1', 2, 2)).toBe('=#REF!+1');
    expect(formulaFromR1C1('=R0C1', 2, 2)).toBe('=#REF!');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties over generated formulas

const MAX_ROW = 5000;
/** Coordinates near the grid's start half of the time, so that shifts push references off it. */
const part = (max: number) =>
  fc.record({
    value: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max })),
    absolute: fc.boolean(),
  });
const a1Column = part(MAX_REFERENCE_COLUMN).map(p => (p.absolute ? '$' : '') + columnLetters(p.value));
const a1Row = part(MAX_ROW).map(p => (p.absolute ? '$' : '') + p.value);
const cell = fc.tuple(a1Column, a1Row).map(([c, r]) => c + r);
const reference = fc
  .tuple(
    fc.constantFrom('', 'Sheet2!', "'Sheet 2'!", "'Ana''s deals'!"),
    fc.oneof(
      cell,
      fc.tuple(cell, cell).map(([a, b]) => `${a}:${b}`),
      fc.tuple(a1Column, a1Column).map(([a, b]) => `${a}:${b}`),
      fc.tuple(a1Row, a1Row).map(([a, b]) => `${a}:${b}`),
      fc.tuple(cell, a1Column).map(([a, b]) => `${a}:${b}`),
    ),
  )
  .map(([sheet, ref]) => sheet + ref);
const stringLiteral = fc.string({ maxLength: 12 }).map(t => `"${t.replace(/"/g, '""')}"`);
const number = fc.constantFrom('1', '2.5', '1E3', '100');
const operand = fc.oneof({ weight: 4, arbitrary: reference }, stringLiteral, number);
const formula = fc
  .tuple(
    fc.constantFrom('SUM', 'IF', 'VLOOKUP', 'LOG10', 'ATAN2', 'CONCAT', 'ROUND', 'COUNTIF'),
    fc.array(operand, { minLength: 1, maxLength: 4 }),
    fc.array(fc.tuple(fc.constantFrom('+', '*', '&', '-', '/', '>='), operand), { maxLength: 3 }),
  )
  .map(([fn, args, tail]) => `=${fn}(${args.join(',')})` + tail.map(([op, x]) => op + x).join(''));
const offset = fc.integer({ min: -60, max: 60 });

const refErrors = (text: string) => text.split('#REF!').length;

describe('properties', () => {
  it('shifting by (dr, dc) and back gives the original formula when no reference fell off the grid', () => {
    fc.assert(
      fc.property(formula, offset, offset, (f, dr, dc) => {
        const moved = shiftFormula(f, dr, dc);
        fc.pre(refErrors(moved) === refErrors(f));
        expect(shiftFormula(moved, -dr, -dc)).toBe(f);
      }),
      { numRuns: 500 },
    );
  });

  it('A1 → R1C1 → A1 gives the original formula', () => {
    const row = fc.integer({ min: 1, max: MAX_ROW });
    const column = fc.integer({ min: 1, max: 800 });
    fc.assert(
      fc.property(formula, row, column, (f, r, c) => {
        expect(formulaFromR1C1(formulaToR1C1(f, r, c), r, c)).toBe(f);
      }),
      { numRuns: 500 },
    );
  });

  it('reading a formula as R1C1 in one cell and writing it to another shifts it by the distance', () => {
    const row = fc.integer({ min: 100, max: MAX_ROW });
    const column = fc.integer({ min: 100, max: 800 });
    fc.assert(
      fc.property(formula, row, column, offset, offset, (f, r, c, dr, dc) => {
        expect(formulaFromR1C1(formulaToR1C1(f, r, c), r + dr, c + dc)).toBe(shiftFormula(f, dr, dc));
      }),
      { numRuns: 500 },
    );
  });
});
