// Cell references inside formulas: shifting them as a paste or fill does, and converting between A1 and R1C1.
// Pure text functions; the emulator does not evaluate formulas, it only rewrites the references they contain.

/** Sheets' last column (ZZZ); a reference moved past it, or before row/column 1, becomes `#REF!`. */
export const MAX_REFERENCE_COLUMN = 18_278;

/** What a reference that would point outside the grid becomes. */
export const REF_ERROR = '#REF!';

/**
 * One coordinate of a reference. In A1 text `value` is the row/column number whether or not it is absolute;
 * in R1C1 text a relative coordinate holds the offset from the formula's cell (`R[-1]` → -1).
 */
interface Part {
  value: number;
  absolute: boolean;
}

/** One end of a reference: a cell (row and column), or in a range a whole column (`A`, `C2`) or row (`5`, `R5`). */
interface Endpoint {
  row: Part | null;
  column: Part | null;
}

/** A reference as written: an optional sheet prefix (kept verbatim, `!` included) and one or two ends. */
interface Reference {
  sheet: string;
  start: Endpoint;
  end: Endpoint | null;
}

/** How the text of a reference is read in each notation. */
interface Notation {
  /** Groups: the sheet prefix, then the two parts of the first end, then the two parts of the second end. */
  pattern: RegExp;
  /** One end from its two groups, in the pattern's order (A1: column, row; R1C1: row, column). */
  endpoint(first: string | undefined, second: string | undefined): Endpoint;
}

/** `Sheet1!`, `'My sheet'!` (quotes doubled inside). */
const SHEET = String.raw`((?:'(?:[^']|'')+'|[A-Za-z0-9_][A-Za-z0-9_.]*)!)?`;
/** Characters that would make the text around a reference part of a longer name, number or function call. */
const NOT_AFTER = String.raw`(?![A-Za-z0-9_.(!$'\[])`;
const NOT_BEFORE = /[A-Za-z0-9_.$'\]]/;

const A1_COLUMN = String.raw`(\$?[A-Za-z]{1,3})?`;
const A1_ROW = String.raw`(\$?[0-9]+)?`;
const A1: Notation = {
  pattern: new RegExp(`${SHEET}${A1_COLUMN}${A1_ROW}(?::${A1_COLUMN}${A1_ROW})?${NOT_AFTER}`, 'y'),
  endpoint: (column, row) => ({
    column: column === undefined ? null : a1Part(column, columnNumber),
    row: row === undefined ? null : a1Part(row, Number),
  }),
};

const R1C1_ROW = String.raw`([Rr](?:\[-?[0-9]+\]|[0-9]+)?)?`;
const R1C1_COLUMN = String.raw`([Cc](?:\[-?[0-9]+\]|[0-9]+)?)?`;
const R1C1: Notation = {
  pattern: new RegExp(`${SHEET}${R1C1_ROW}${R1C1_COLUMN}(?::${R1C1_ROW}${R1C1_COLUMN})?${NOT_AFTER}`, 'y'),
  endpoint: (row, column) => ({
    column: column === undefined ? null : r1c1Part(column),
    row: row === undefined ? null : r1c1Part(row),
  }),
};

function a1Part(text: string, read: (digitsOrLetters: string) => number): Part {
  const absolute = text.startsWith('$');
  return { value: read(absolute ? text.slice(1) : text), absolute };
}

/** `R` / `C` alone: this row/column; `R[n]`: n away; `Rn`: row n. */
function r1c1Part(text: string): Part {
  const spec = text.slice(1);
  if (spec === '') return { value: 0, absolute: false };
  if (spec.startsWith('[')) return { value: Number(spec.slice(1, -1)), absolute: false };
  return { value: Number(spec), absolute: true };
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The 1-based number of column letters, any case (A → 1, aa → 27). */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * A single end must be a cell (a lone `A` or `5` is a name or a number); a range's ends must share a dimension:
 * `A1:B2`, `A:B`, `2:5`, `A2:B` (open-ended), `A2:5`.
 */
function isReference(start: Endpoint, end: Endpoint | null): boolean {
  const empty = (e: Endpoint) => e.row === null && e.column === null;
  if (empty(start)) return false;
  if (end === null) return start.row !== null && start.column !== null;
  if (empty(end)) return false;
  return (start.column !== null && end.column !== null) || (start.row !== null && end.row !== null);
}

/**
 * Rewrites every reference of a formula with `rewrite`, leaving string literals ("…", `""` inside) and everything
 * else untouched. A text that does not start with `=` is not a formula and is returned as it is.
 */
function mapReferences(
  formula: string,
  notation: Notation,
  rewrite: (ref: Reference, text: string) => string,
): string {
  if (!formula.startsWith('=')) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const close = stringEnd(formula, i);
      out += formula.slice(i, close);
      i = close;
      continue;
    }
    if (i > 0 && NOT_BEFORE.test(formula[i - 1])) {
      out += ch;
      i += 1;
      continue;
    }
    notation.pattern.lastIndex = i;
    const m = notation.pattern.exec(formula);
    const ref = m && readReference(m, notation);
    if (!m || !ref || m[0].length === 0) {
      out += ch;
      i += 1;
      continue;
    }
    out += rewrite(ref, m[0]);
    i += m[0].length;
  }
  return out;
}

/** The index just after the string literal opening at `start` (the end of the text when it is not closed). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] !== '"') i += 1;
    else if (text[i + 1] === '"') i += 2;
    else return i + 1;
  }
  return text.length;
}

function readReference(m: RegExpExecArray, notation: Notation): Reference | null {
  const [, sheet, a, b, c, d] = m;
  const start = notation.endpoint(a, b);
  const end = c !== undefined || d !== undefined ? notation.endpoint(c, d) : null;
  if (!isReference(start, end)) return null;
  return { sheet: sheet ?? '', start, end };
}

function a1Text(e: Endpoint): string {
  const column = e.column ? (e.column.absolute ? '$' : '') + columnLetters(e.column.value) : '';
  const row = e.row ? (e.row.absolute ? '$' : '') + e.row.value : '';
  return column + row;
}

function r1c1Text(e: Endpoint): string {
  const part = (letter: string, p: Part | null) =>
    p === null ? '' : p.absolute ? `${letter}${p.value}` : `${letter}[${p.value}]`;
  return part('R', e.row) + part('C', e.column);
}

function referenceText(ref: Reference, print: (e: Endpoint) => string): string {
  return ref.sheet + print(ref.start) + (ref.end ? ':' + print(ref.end) : '');
}

/** Whether every coordinate of an A1 reference lies on the grid. */
function onGrid(ref: Reference): boolean {
  const ok = (e: Endpoint) =>
    (e.row === null || e.row.value >= 1) &&
    (e.column === null || (e.column.value >= 1 && e.column.value <= MAX_REFERENCE_COLUMN));
  return ok(ref.start) && (ref.end === null || ok(ref.end));
}

/** Applies `move` to every coordinate of a reference. */
function mapEnds(ref: Reference, move: (p: Part, axis: 'row' | 'column') => Part): Reference {
  const end = (e: Endpoint): Endpoint => ({
    row: e.row && move(e.row, 'row'),
    column: e.column && move(e.column, 'column'),
  });
  return { sheet: ref.sheet, start: end(ref.start), end: ref.end && end(ref.end) };
}

/**
 * The formula as it reads after being pasted `rows` rows down and `columns` columns right (negative: up/left):
 * relative rows/columns move, `$`-anchored ones stay, other-sheet references included. A reference that would
 * leave the grid becomes `#REF!`; a reference that does not move keeps its text.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return mapReferences(formula, A1, (ref, text) => {
    const moved = mapEnds(ref, (p, axis) =>
      p.absolute ? p : { value: p.value + (axis === 'row' ? rows : columns), absolute: false },
    );
    if (!onGrid(moved)) return REF_ERROR;
    const unchanged = referenceText(moved, a1Text) === referenceText(ref, a1Text);
    return unchanged ? text : referenceText(moved, a1Text);
  });
}

/** The R1C1 form of an A1 formula written in cell (row, column): `=B1*2` in B2 → `=R[-1]C[0]*2`. */
export function formulaToR1C1(formula: string, row: number, column: number): string {
  return mapReferences(formula, A1, ref =>
    referenceText(
      mapEnds(ref, (p, axis) =>
        p.absolute ? p : { value: p.value - (axis === 'row' ? row : column), absolute: false },
      ),
      r1c1Text,
    ),
  );
}

/**
 * The A1 form of an R1C1 formula written in cell (row, column): `=R[-1]C[0]*2` (or `=R[-1]C*2`) in B2 →
 * `=B1*2`; `R2C3` → `$C$2`. A reference before row/column 1 becomes `#REF!`.
 */
export function formulaFromR1C1(formula: string, row: number, column: number): string {
  return mapReferences(formula, R1C1, ref => {
    const a1 = mapEnds(ref, (p, axis) =>
      p.absolute ? p : { value: p.value + (axis === 'row' ? row : column), absolute: false },
    );
    return onGrid(a1) ? referenceText(a1, a1Text) : REF_ERROR;
  });
}
