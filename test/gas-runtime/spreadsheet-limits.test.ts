// Tests of the emulated Spreadsheet service's limits (cell size, 10M cells, columns), batch atomicity and costs.
import { World } from '../../dev/gas-runtime/world';
import { createSpreadsheet, createSpreadsheetApp } from '../../dev/gas-runtime/services/spreadsheet';
import { errorOf, testExecution } from '../support/execution';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Gas = any;

const CELL_TOO_LONG =
  'Exception: Your input contains more than the maximum of 50000 characters in a single cell.';
const CELL_LIMIT =
  'Exception: This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

function setup(maxExecutionMs?: number) {
  const world = new World();
  const ss = createSpreadsheet(world);
  const { exec } = testExecution({ world, activeSpreadsheetId: ss.id, maxExecutionMs });
  const app: Gas = createSpreadsheetApp(world, exec);
  return { world, ss, exec, app, sheet: app.getActiveSheet() as Gas };
}

describe('50,000 characters per cell', () => {
  const long = 'x'.repeat(50_001);

  it('refuses an over-long cell and writes nothing of the batch', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      ['old', 'old'],
      ['old', 'old'],
    ]);
    const range = sheet.getRange('A1:B2');
    expect(
      errorOf(() =>
        range.setValues([
          ['new', 'new'],
          ['new', long],
        ]),
      ),
    ).toBe(CELL_TOO_LONG);
    expect(range.getValues()).toEqual([
      ['old', 'old'],
      ['old', 'old'],
    ]);
  });

  it('applies to setValue, setFormula and appendRow too', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange('A1').setValue(long))).toBe(CELL_TOO_LONG);
    expect(errorOf(() => sheet.getRange('A1').setFormula('=' + long))).toBe(CELL_TOO_LONG);
    expect(errorOf(() => sheet.appendRow(['ok', long]))).toBe(CELL_TOO_LONG);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('accepts exactly 50,000 characters', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('y'.repeat(50_000));
    expect(sheet.getRange('A1').getValue()).toHaveLength(50_000);
  });
});

describe('10,000,000 cells per spreadsheet', () => {
  it('lets the workbook reach the limit exactly, then refuses more rows', () => {
    const { sheet, ss } = setup();
    // 1000 × 26 cells to start; (1000 + 383,615) × 26 = 9,999,990 cells.
    sheet.insertRowsAfter(1000, 383_615);
    expect(ss.sheets[0].maxRows * ss.sheets[0].maxColumns).toBe(9_999_990);
    expect(errorOf(() => sheet.insertRowsAfter(1, 1))).toBe(CELL_LIMIT);
    expect(sheet.getMaxRows()).toBe(384_615);
  });

  it('counts every sheet and refuses new columns and sheets past the limit', () => {
    const { app, sheet } = setup();
    sheet.insertRowsAfter(1000, 383_615);
    const spreadsheet = app.getActiveSpreadsheet();
    expect(errorOf(() => spreadsheet.insertSheet('More'))).toBe(CELL_LIMIT);
    expect(errorOf(() => sheet.insertColumnsAfter(26, 1))).toBe(CELL_LIMIT);
    expect(spreadsheet.getNumSheets()).toBe(1);
  });

  it('refuses appendRow when growing the sheet would pass the limit', () => {
    const { sheet } = setup();
    sheet.insertRowsAfter(1000, 383_615);
    sheet.getRange(sheet.getMaxRows(), 1).setValue('last');
    expect(errorOf(() => sheet.appendRow(['one more']))).toBe(CELL_LIMIT);
  });
});

describe('18,278 columns per sheet', () => {
  it('allows column ZZZ and refuses one more', () => {
    const { sheet } = setup();
    // Keep the workbook under 10M cells: one row wide enough to reach the column limit.
    sheet.deleteRows(2, 999);
    sheet.insertColumnsAfter(26, 18_278 - 26);
    expect(sheet.getMaxColumns()).toBe(18_278);
    expect(sheet.getRange(1, 18_278).getA1Notation()).toBe('ZZZ1');
    expect(errorOf(() => sheet.insertColumnsAfter(1, 1))).toBe(
      'Exception: This action would increase the number of columns in the sheet above the limit of 18278.',
    );
  });
});

describe('sparse storage', () => {
  it('writes and reads an 8000 × 30 block, storing only the written cells', () => {
    const { sheet, ss } = setup();
    sheet.insertRowsAfter(1000, 7000);
    sheet.insertColumnsAfter(26, 4);
    const grid = Array.from({ length: 8000 }, (_, r) => Array.from({ length: 30 }, (_, c) => `r${r}c${c}`));
    sheet.getRange(1, 1, 8000, 30).setValues(grid);
    expect(sheet.getLastRow()).toBe(8000);
    expect(sheet.getLastColumn()).toBe(30);
    const read = sheet.getDataRange().getValues();
    expect(read).toHaveLength(8000);
    expect(read[7999][29]).toBe('r7999c29');
    expect(ss.sheets[0].rows.size).toBe(8000);
    sheet.getRange(1, 1, 8000, 30).clearContent();
    expect(ss.sheets[0].rows.size).toBe(0);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('stores nothing for reads of empty cells or a whole-sheet clear', () => {
    const { sheet, ss } = setup();
    sheet.getRange(1, 1, 1000, 26).getValues();
    sheet.clear();
    expect(ss.sheets[0].rows.size).toBe(0);
  });
});

describe('virtual cost and the execution deadline', () => {
  it('charges the per-call and per-cell cost of reads and writes', () => {
    const { sheet, world } = setup();
    const { sheetCallMs, perCellMs } = world.costs;
    const range = sheet.getRange(1, 1, 100, 10);
    let before = world.clock.now();
    range.setValues(Array.from({ length: 100 }, () => Array(10).fill(1)));
    expect(world.clock.now() - before).toBeCloseTo(sheetCallMs + 1000 * perCellMs, 6);
    before = world.clock.now();
    range.getValues();
    expect(world.clock.now() - before).toBeCloseTo(sheetCallMs + 1000 * perCellMs, 6);
    before = world.clock.now();
    range.getNumRows();
    sheet.getName();
    expect(world.clock.now()).toBe(before);
  });

  it('stops an execution whose sheet calls run past its deadline', () => {
    const { sheet, exec } = setup(100);
    sheet.getRange('A1').setValue(1); // 40 ms
    sheet.getRange('A2').setValue(2); // 80 ms
    expect(errorOf(() => sheet.getRange('A3').setValue(3))).toBe('Exceeded maximum execution time');
    expect(exec.timedOut).toBe(true);
    expect(sheet.getRange).toBeDefined();
  });
});
