// Tests of the emulated SpreadsheetApp: the model registry, Spreadsheet, Sheet and Range behaviour and error texts.
import type { AuthMode } from '../../dev/gas-runtime/execution';
import { World } from '../../dev/gas-runtime/world';
import {
  createSpreadsheet,
  createSpreadsheetApp,
  getSpreadsheetModel,
  listSpreadsheets,
  readSheetValues,
  seedSheetValues,
} from '../../dev/gas-runtime/services/spreadsheet';
import { errorOf, testExecution } from '../support/execution';

// The service objects are untyped script-facing objects; tests drive them the way a script would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Gas = any;

function setup(options: { authMode?: AuthMode; active?: boolean; timeZone?: string } = {}) {
  const world = new World();
  const ss = createSpreadsheet(world, { name: 'CRM export', timeZone: options.timeZone });
  const { exec } = testExecution({
    world,
    authMode: options.authMode,
    activeSpreadsheetId: options.active === false ? null : ss.id,
  });
  const app: Gas = createSpreadsheetApp(world, exec);
  const sheet: Gas = app.getActiveSpreadsheet()?.getSheets()[0];
  return { world, ss, exec, app, sheet };
}

describe('spreadsheet registry', () => {
  it('creates a spreadsheet with one 1000 × 26 sheet named Sheet1 in the script time zone', () => {
    const world = new World({ scriptTimeZone: 'Europe/Bucharest' });
    const ss = createSpreadsheet(world);
    expect(ss.sheets).toHaveLength(1);
    expect(ss.sheets[0]).toMatchObject({
      id: 0,
      name: 'Sheet1',
      maxRows: 1000,
      maxColumns: 26,
      frozenRows: 0,
    });
    expect(ss.timeZone).toBe('Europe/Bucharest');
    expect(ss.locale).toBe('en_US');
    expect(ss.name).toBe('Untitled spreadsheet');
  });

  it('gives Drive-like ids that are distinct within a world and the same in every fresh world', () => {
    const a = createSpreadsheet(new World());
    const world = new World();
    const b1 = createSpreadsheet(world);
    const b2 = createSpreadsheet(world);
    expect(a.id).toMatch(/^1[A-Za-z0-9_-]{43}$/);
    expect(b1.id).toBe(a.id);
    expect(b2.id).not.toBe(b1.id);
  });

  it('accepts a fixed id and finds spreadsheets by id', () => {
    const world = new World();
    const ss = createSpreadsheet(world, { id: 'sheet-under-test', name: 'Deals' });
    expect(getSpreadsheetModel(world, 'sheet-under-test')).toBe(ss);
    expect(getSpreadsheetModel(world, 'nope')).toBeNull();
    expect(listSpreadsheets(world)).toEqual([ss]);
    expect(() => createSpreadsheet(world, { id: 'sheet-under-test' })).toThrow();
  });

  it('seeds and reads sheets without an execution, formulas shown as text', () => {
    const world = new World();
    const ss = createSpreadsheet(world);
    seedSheetValues(ss, 'Sheet1', [
      ['Name', 'Amount'],
      ['Ana', '1,200'],
      ['Total', '=SUM(B2)'],
    ]);
    expect(readSheetValues(ss, 'Sheet1')).toEqual([
      ['Name', 'Amount'],
      ['Ana', 1200],
      ['Total', '=SUM(B2)'],
    ]);
    expect(readSheetValues(createSpreadsheet(world), 'Sheet1')).toEqual([]);
    expect(() => readSheetValues(ss, 'Missing')).toThrow();
  });
});

describe('SpreadsheetApp', () => {
  it('returns the active spreadsheet from getActive and getActiveSpreadsheet', () => {
    const { app, ss } = setup();
    expect(app.getActive().getId()).toBe(ss.id);
    expect(app.getActiveSpreadsheet().getName()).toBe('CRM export');
    expect(String(app)).toBe('SpreadsheetApp');
    expect(String(app.getActive())).toBe('Spreadsheet');
  });

  it('returns null without an active document (e.g. a time-driven trigger)', () => {
    const { app } = setup({ active: false });
    expect(app.getActive()).toBeNull();
    expect(app.getActiveSpreadsheet()).toBeNull();
    expect(app.getActiveSheet()).toBeNull();
  });

  it('opens another spreadsheet by id in FULL mode', () => {
    const { app, world } = setup({ active: false });
    const other = createSpreadsheet(world, { name: 'Other' });
    expect(app.openById(other.id).getName()).toBe('Other');
  });

  it('refuses an unknown id with Apps Script’s text', () => {
    const { app } = setup();
    expect(errorOf(() => app.openById('1doesNotExist'))).toBe(
      'Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });

  it('needs FULL authorization for openById', () => {
    const { app, ss } = setup({ authMode: 'LIMITED' });
    expect(errorOf(() => app.openById(ss.id))).toMatch(
      /^Exception: You do not have permission to call SpreadsheetApp\.openById/,
    );
  });

  it('flush costs a round trip and changes nothing', () => {
    const { app, world } = setup();
    const before = world.clock.now();
    app.flush();
    expect(world.clock.now() - before).toBe(world.costs.sheetCallMs);
  });
});

describe('Spreadsheet', () => {
  it('has a docs URL, a locale and a time zone that can be changed', () => {
    const { app, ss } = setup();
    const spreadsheet = app.getActiveSpreadsheet();
    expect(spreadsheet.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.id}/edit`);
    expect(spreadsheet.getSpreadsheetLocale()).toBe('en_US');
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/Budapest');
    spreadsheet.setSpreadsheetTimeZone('America/New_York');
    expect(ss.timeZone).toBe('America/New_York');
    expect(errorOf(() => spreadsheet.setSpreadsheetTimeZone('Mars/Olympus'))).toBe(
      'Exception: Invalid argument: timeZone',
    );
  });

  it('inserts sheets with default names, at an index, and makes the new one active', () => {
    const { app } = setup();
    const spreadsheet = app.getActiveSpreadsheet();
    expect(spreadsheet.insertSheet().getName()).toBe('Sheet2');
    expect(spreadsheet.insertSheet('Deals', 0).getName()).toBe('Deals');
    expect(spreadsheet.insertSheet().getName()).toBe('Sheet4');
    expect(spreadsheet.getSheets().map((s: Gas) => s.getName())).toEqual([
      'Deals',
      'Sheet1',
      'Sheet2',
      'Sheet4',
    ]);
    expect(spreadsheet.getNumSheets()).toBe(4);
    expect(spreadsheet.getActiveSheet().getName()).toBe('Sheet4');
    expect(spreadsheet.getSheetByName('Deals').getIndex()).toBe(1);
  });

  it('refuses a duplicate sheet name, whatever its case', () => {
    const { app } = setup();
    const spreadsheet = app.getActiveSpreadsheet();
    spreadsheet.insertSheet('Deals');
    expect(errorOf(() => spreadsheet.insertSheet('Deals'))).toBe(
      'Exception: A sheet with the name "Deals" already exists. Please enter another name.',
    );
    expect(errorOf(() => spreadsheet.insertSheet('deals'))).toBe(
      'Exception: A sheet with the name "deals" already exists. Please enter another name.',
    );
    expect(errorOf(() => spreadsheet.getSheetByName('Sheet1').setName('DEALS'))).toMatch(/already exists/);
  });

  it('finds sheets by name (null when missing) and by id', () => {
    const { app } = setup();
    const spreadsheet = app.getActiveSpreadsheet();
    const deals = spreadsheet.insertSheet('Deals');
    expect(spreadsheet.getSheetByName('Nope')).toBeNull();
    expect(spreadsheet.getSheetByName('deals').getName()).toBe('Deals');
    expect(deals.getSheetId()).toBeGreaterThan(0);
    expect(spreadsheet.getSheetById(deals.getSheetId()).getName()).toBe('Deals');
    expect(spreadsheet.getSheetById(0).getName()).toBe('Sheet1');
    expect(spreadsheet.getSheetById(12345)).toBeNull();
  });

  it('deletes sheets but never the last one', () => {
    const { app } = setup();
    const spreadsheet = app.getActiveSpreadsheet();
    const deals = spreadsheet.insertSheet('Deals');
    spreadsheet.deleteSheet(deals);
    expect(spreadsheet.getSheetByName('Deals')).toBeNull();
    expect(spreadsheet.getActiveSheet().getName()).toBe('Sheet1');
    expect(errorOf(() => spreadsheet.deleteSheet(spreadsheet.getSheets()[0]))).toBe(
      "Exception: You can't remove all the sheets in a document.",
    );
    expect(errorOf(() => spreadsheet.deleteSheet({}))).toMatch(/don't match the method signature/);
  });

  it('switches the active sheet with setActiveSheet and Sheet.activate', () => {
    const { app } = setup();
    const spreadsheet = app.getActiveSpreadsheet();
    const first = spreadsheet.getSheets()[0];
    spreadsheet.insertSheet('Deals');
    spreadsheet.setActiveSheet(first);
    expect(app.getActiveSheet().getName()).toBe('Sheet1');
    spreadsheet.getSheetByName('Deals').activate();
    expect(spreadsheet.getActiveSheet().getName()).toBe('Deals');
  });

  it('records toasts with the virtual time and Apps Script’s defaults', () => {
    const { app, world, ss } = setup();
    app.getActiveSpreadsheet().toast('Synced 12 rows');
    app.getActiveSpreadsheet().toast('Failed', 'MiniCRM', -1);
    expect(world.ui(ss.id).toasts).toEqual([
      { message: 'Synced 12 rows', title: '', timeoutSeconds: 5, at: world.clock.now() },
      { message: 'Failed', title: 'MiniCRM', timeoutSeconds: -1, at: world.clock.now() },
    ]);
  });

  it('resolves A1 ranges with a sheet name, quoted or not', () => {
    const { app } = setup();
    const spreadsheet = app.getActiveSpreadsheet();
    spreadsheet.insertSheet("Ana's deals");
    expect(spreadsheet.getRange('Sheet1!B2:C3').getA1Notation()).toBe('B2:C3');
    expect(spreadsheet.getRange("'Ana''s deals'!A1").getSheet().getName()).toBe("Ana's deals");
    expect(spreadsheet.getRange('C4').getSheet().getName()).toBe("Ana's deals");
    expect(errorOf(() => spreadsheet.getRange('Missing!A1'))).toBe('Exception: Range not found');
  });
});

describe('Sheet', () => {
  it('reports its identity and size', () => {
    const { sheet } = setup();
    expect(sheet.getName()).toBe('Sheet1');
    expect(sheet.getSheetId()).toBe(0);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(sheet.getParent().getName()).toBe('CRM export');
    expect(String(sheet)).toBe('Sheet');
    sheet.setName('Contacts');
    expect(sheet.getName()).toBe('Contacts');
  });

  it('reports the last row and column with content: values or formulas, not notes or formats', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    sheet.getRange('D10').setNote('just a note');
    sheet.getRange('E20').setNumberFormat('0.00');
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('B3').setValue('x');
    sheet.getRange('C5').setFormula('=B3');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(3);
    sheet.getRange('C5').clearContent();
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(2);
  });

  it('gets ranges by coordinates and by A1 notation', () => {
    const { sheet } = setup();
    const r = sheet.getRange(2, 3, 4, 5);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 4, 5]);
    expect([r.getLastRow(), r.getLastColumn(), r.getA1Notation()]).toEqual([5, 7, 'C2:G5']);
    expect(sheet.getRange(7, 1).getA1Notation()).toBe('A7');
    expect(sheet.getRange(1, 1, 3).getA1Notation()).toBe('A1:A3');
    expect(sheet.getRange('b2:c3').getA1Notation()).toBe('B2:C3');
    expect(sheet.getRange('$A$1').getA1Notation()).toBe('A1');
    expect(sheet.getRange('C3:A1').getA1Notation()).toBe('A1:C3');
    expect(sheet.getRange('A:B').getA1Notation()).toBe('A1:B1000');
    expect(sheet.getRange('2:3').getA1Notation()).toBe('A2:Z3');
    expect(sheet.getRange('A2:B').getA1Notation()).toBe('A2:B1000');
    expect(String(r)).toBe('Range');
  });

  it('refuses bad coordinates with Apps Script’s texts', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange(0, 1))).toBe(
      'Exception: The starting row of the range is too small.',
    );
    expect(errorOf(() => sheet.getRange(1, 0))).toBe(
      'Exception: The starting column of the range is too small.',
    );
    expect(errorOf(() => sheet.getRange(1, 1, 0, 1))).toBe(
      'Exception: The number of rows in the range must be at least 1.',
    );
    expect(errorOf(() => sheet.getRange(1, 1, 1, 0))).toBe(
      'Exception: The number of columns in the range must be at least 1.',
    );
    const outside = 'Exception: The coordinates of the range are outside the dimensions of the sheet.';
    expect(errorOf(() => sheet.getRange(1001, 1))).toBe(outside);
    expect(errorOf(() => sheet.getRange(1, 27))).toBe(outside);
    expect(errorOf(() => sheet.getRange(999, 1, 3, 1))).toBe(outside);
    expect(errorOf(() => sheet.getRange('AA1'))).toBe(outside);
    expect(errorOf(() => sheet.getRange('not a range'))).toBe('Exception: Range not found');
    expect(errorOf(() => sheet.getRange('1', 1))).toBe(
      "Exception: The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  it('gives a data range from A1 to the last row and column (A1 when empty)', () => {
    const { sheet } = setup();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C4').setValue(1);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
  });

  it('inserts rows and columns, moving the data below/right', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:B4').getValues()).toEqual([
      [1, 2],
      ['', ''],
      ['', ''],
      [3, 4],
    ]);
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getRange('A2').getValue()).toBe(1);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(sheet.getRange('B2:C2').getValues()).toEqual([[1, 2]]);
    sheet.insertColumnsAfter(2, 1);
    expect(sheet.getRange('B2:D2').getValues()).toEqual([[1, '', 2]]);
    sheet.insertRowAfter(1000);
    sheet.insertColumnAfter(28);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1004, 29]);
  });

  it('refuses inserting next to rows/columns that do not exist', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.insertRowsAfter(1001, 1))).toBe('Exception: Those rows are out of bounds.');
    expect(errorOf(() => sheet.insertRowsBefore(0, 1))).toBe('Exception: Those rows are out of bounds.');
    expect(errorOf(() => sheet.insertColumnsAfter(27, 1))).toBe(
      'Exception: Those columns are out of bounds.',
    );
  });

  it('deletes rows and columns, moving the data up/left', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C3').setValues([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    sheet.deleteRows(1, 2);
    expect(sheet.getMaxRows()).toBe(998);
    expect(sheet.getDataRange().getValues()).toEqual([[7, 8, 9]]);
    sheet.deleteColumns(2, 1);
    expect(sheet.getMaxColumns()).toBe(25);
    expect(sheet.getDataRange().getValues()).toEqual([[7, 9]]);
    sheet.deleteRow(1);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('refuses deleting rows/columns outside the sheet or all of them', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.deleteRows(1000, 2))).toBe('Exception: Those rows are out of bounds.');
    expect(errorOf(() => sheet.deleteRows(1, 1000))).toBe(
      "Exception: You can't delete all the rows on the sheet.",
    );
    expect(errorOf(() => sheet.deleteColumns(26, 2))).toBe('Exception: Those columns are out of bounds.');
    expect(errorOf(() => sheet.deleteColumns(1, 26))).toBe(
      "Exception: You can't delete all the columns on the sheet.",
    );
  });

  it('appends rows after the last row with content, parsing values', () => {
    const { sheet } = setup();
    sheet.appendRow(['Name', 'Since', 'Amount']);
    sheet.getRange('A5').setNote('notes do not count');
    sheet.appendRow(['Ana', '2024-01-05', '=1+1']);
    expect(sheet.getLastRow()).toBe(2);
    const [row] = sheet.getRange('A2:C2').getValues();
    expect(row[0]).toBe('Ana');
    expect(row[1]).toBeInstanceOf(Date);
    expect(row[2]).toBe('');
    expect(sheet.getRange('C2').getFormula()).toBe('=1+1');
  });

  it('grows the sheet when appending below the last existing row, and widens it for long rows', () => {
    const { sheet } = setup();
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['beyond']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe('beyond');
    sheet.appendRow(Array.from({ length: 30 }, (_, i) => i));
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getRange(1002, 30).getValue()).toBe(29);
  });

  it('refuses a non-array row', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.appendRow('a,b'))).toBe(
      "Exception: The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
    );
  });

  it('clears contents (keeping formats and notes) or everything', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(5).setNumberFormat('0.00').setNote('n');
    sheet.clearContents();
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.00');
    expect(sheet.getRange('A1').getNote()).toBe('n');
    sheet.getRange('A1').setValue(5);
    sheet.clear();
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    expect(sheet.getRange('A1').getNote()).toBe('');
  });

  it('freezes rows and columns', () => {
    const { sheet, ss } = setup();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect(ss.sheets[0].frozenRows).toBe(1);
    sheet.deleteRows(1, 1);
    expect(sheet.getFrozenRows()).toBe(0);
    expect(errorOf(() => sheet.setFrozenRows(-1))).toBe('Exception: Invalid argument: rows');
  });
});

describe('Range values', () => {
  it('round-trips numbers, booleans, strings and dates; empty cells read as ""', () => {
    const { sheet } = setup();
    const when = new Date(Date.UTC(2024, 0, 5, 12));
    sheet.getRange('A1:E1').setValues([[1.5, true, 'text', when, null]]);
    const [[n, b, s, d, e]] = sheet.getRange('A1:E1').getValues();
    expect([n, b, s, e]).toEqual([1.5, true, 'text', '']);
    expect(d).toBeInstanceOf(Date);
    expect(d.getTime()).toBe(when.getTime());
    expect(sheet.getRange('A1').getValue()).toBe(1.5);
  });

  it('parses typed text like Sheets: numbers, percent, booleans, dates, formulas, forced text', () => {
    const { sheet } = setup();
    sheet
      .getRange('A1:G1')
      .setValues([['00123', '27%', 'TRUE', '2024-01-05', '=A1*2', "'00123", '$1,234.50']]);
    const [row] = sheet.getRange('A1:G1').getValues();
    expect(row[0]).toBe(123);
    expect(row[1]).toBe(0.27);
    expect(row[2]).toBe(true);
    expect(row[3].toISOString()).toBe('2024-01-04T23:00:00.000Z');
    expect(row[4]).toBe('');
    expect(row[5]).toBe('00123');
    expect(row[6]).toBe(1234.5);
    expect(sheet.getRange('A1:G1').getDisplayValues()).toEqual([
      ['123', '27%', 'TRUE', '2024-01-05', '', '00123', '$1,234.50'],
    ]);
  });

  it('keeps text verbatim in cells formatted as plain text (@)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setNumberFormat('@');
    sheet.getRange('A1:B1').setValues([['00123', '=SUM(A1)']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['00123', '=SUM(A1)']]);
    expect(sheet.getRange('B1').getFormula()).toBe('');
  });

  it('hands out copies: changing a returned grid or Date does not change the sheet', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[1, new Date(0)]]);
    const grid = sheet.getRange('A1:B1').getValues();
    grid[0][0] = 99;
    grid[0][1].setTime(5000);
    const again = sheet.getRange('A1:B1').getValues();
    expect(again[0][0]).toBe(1);
    expect(again[0][1].getTime()).toBe(0);
  });

  it('stores copies: changing the written array or Date afterwards does not change the sheet', () => {
    const { sheet } = setup();
    const written = [[new Date(0), 'a']];
    sheet.getRange('A1:B1').setValues(written);
    written[0][1] = 'changed';
    (written[0][0] as Date).setTime(1);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[new Date(0), 'a']]);
  });

  it('shows formulas as text in getFormulas and empty in getValues', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setFormulas([['=1+1', '=NOW()']]);
    sheet.getRange('C1').setValue(3);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=1+1', '=NOW()', '']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', '', 3]]);
    expect(sheet.getRange('A1').getFormula()).toBe('=1+1');
  });

  it('sets one value or formula into every cell of the range', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
    sheet.getRange('C1:C2').setFormula('="x"');
    expect(sheet.getRange('C1:C2').getFormulas()).toEqual([['="x"'], ['="x"']]);
  });

  it('refuses grids of the wrong size with Apps Script’s texts', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B2');
    expect(errorOf(() => range.setValues([[1, 2]]))).toBe(
      'Exception: The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(errorOf(() => range.setValues([[1, 2], [3]]))).toBe(
      'Exception: The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(
      errorOf(() =>
        range.setValues([
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ),
    ).toBe(
      'Exception: The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  it('refuses a grid that is not an array of arrays', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1');
    const signature = (types: string) =>
      `Exception: The parameters (${types}) don't match the method signature for SpreadsheetApp.Range.setValues.`;
    expect(errorOf(() => range.setValues('abc'))).toBe(signature('String'));
    expect(errorOf(() => range.setValues([1]))).toBe(signature('number[]'));
    expect(errorOf(() => range.setValues(null))).toBe(signature('null'));
  });

  it('shows display values through number formats and the spreadsheet time zone', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[1234.5, new Date(Date.UTC(2024, 0, 5, 12)), 0.1 + 0.2]]);
    sheet.getRange('A1').setNumberFormat('#,##0.00');
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['1,234.50', '1/5/2024 13:00:00', '0.3']]);
    expect(sheet.getRange('B1').getNumberFormat()).toBe('M/d/yyyy H:mm:ss');
    sheet.getRange('B1').setNumberFormat('yyyy-mm-dd');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('2024-01-05');
  });

  it('keeps a recognised format when a later value is written, as Sheets does', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('27%');
    sheet.getRange('A1').setValue(0.5);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('50%');
  });

  it('gets and sets number formats, "General" meaning Automatic', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B1');
    expect(range.getNumberFormats()).toEqual([['0.###############', '0.###############']]);
    range.setNumberFormats([['0.00', '@']]);
    expect(range.getNumberFormats()).toEqual([['0.00', '@']]);
    range.setNumberFormat('General');
    expect(range.getNumberFormat()).toBe('0.###############');
  });

  it('clears content only, or content and formats', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B1');
    range.setValues([[1, 2]]).setNumberFormat('0.00');
    range.clearContent();
    expect(range.getValues()).toEqual([['', '']]);
    expect(range.getNumberFormat()).toBe('0.00');
    range.setValue(3);
    range.clear();
    expect(range.getValues()).toEqual([['', '']]);
    expect(range.getNumberFormat()).toBe('0.###############');
  });

  it('sets and reads notes', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setNote('synced');
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['synced', 'synced']]);
    sheet.getRange('B1').setNote(null);
    expect(sheet.getRange('B1').getNote()).toBe('');
  });

  it('offsets ranges, keeping or changing the size', () => {
    const { sheet } = setup();
    const range = sheet.getRange('B2:C3');
    expect(range.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(range.offset(-1, 0, 1).getA1Notation()).toBe('B1:C1');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(errorOf(() => range.offset(-2, 0))).toBe('Exception: The starting row of the range is too small.');
    expect(range.getCell(2, 2).getA1Notation()).toBe('C3');
  });

  it('reports whether a range is blank', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1:B2').isBlank()).toBe(true);
    sheet.getRange('B2').setFormula('=1');
    expect(sheet.getRange('A1:B2').isBlank()).toBe(false);
  });

  it('reads every sheet of an opened spreadsheet', () => {
    const { app, world } = setup();
    const other = createSpreadsheet(world);
    seedSheetValues(other, 'Sheet1', [['a', 'b']]);
    expect(app.openById(other.id).getSheets()[0].getDataRange().getValues()).toEqual([['a', 'b']]);
  });
});
