// Tests of the emulated SpreadsheetApp's hidden sheets, sheet positions, Range.copyTo, R1C1 formulas and fill-like
// setFormula.
import vm from 'node:vm';
import type { AuthMode, Realm } from '../../dev/gas-runtime/execution';
import { World } from '../../dev/gas-runtime/world';
import { createSpreadsheet, createSpreadsheetApp } from '../../dev/gas-runtime/services/spreadsheet';
import { errorOf, testExecution } from '../support/execution';

// The service objects are untyped script-facing objects; tests drive them the way a script would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Gas = any;

function setup(options: { authMode?: AuthMode; realm?: Realm; perCellMs?: number } = {}) {
  // The clock rounds each spend to whole ms: cost tests use a whole per-cell cost to count cells exactly.
  const world = new World({ costs: options.perCellMs === undefined ? {} : { perCellMs: options.perCellMs } });
  const ss = createSpreadsheet(world, { name: 'CRM export' });
  const { exec } = testExecution({
    world,
    authMode: options.authMode,
    activeSpreadsheetId: ss.id,
    realm: options.realm,
  });
  const app: Gas = createSpreadsheetApp(world, exec);
  const spreadsheet: Gas = app.getActiveSpreadsheet();
  const sheet: Gas = spreadsheet.getSheets()[0];
  return { world, ss, exec, app, spreadsheet, sheet };
}

const names = (spreadsheet: Gas) => spreadsheet.getSheets().map((s: Gas) => s.getName());

describe('hidden sheets', () => {
  it('hides and shows a sheet, which stays in getSheets', () => {
    const { spreadsheet, ss } = setup();
    const deals = spreadsheet.insertSheet('Deals');
    expect(deals.isSheetHidden()).toBe(false);
    expect(deals.hideSheet()).toBeDefined();
    expect(deals.isSheetHidden()).toBe(true);
    expect(ss.sheets[1].hidden).toBe(true);
    expect(names(spreadsheet)).toEqual(['Sheet1', 'Deals']);
    expect(spreadsheet.getSheetByName('Deals').isSheetHidden()).toBe(true);
    deals.showSheet();
    expect(deals.isSheetHidden()).toBe(false);
  });

  it('refuses to hide the only visible sheet', () => {
    const { spreadsheet, sheet } = setup();
    const message = "Exception: You can't hide all the sheets in a document.";
    expect(errorOf(() => sheet.hideSheet())).toBe(message);
    const deals = spreadsheet.insertSheet('Deals');
    sheet.hideSheet();
    expect(errorOf(() => deals.hideSheet())).toBe(message);
    expect(deals.isSheetHidden()).toBe(false);
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
  });

  it('moves the active sheet off a sheet being hidden, and shows a hidden sheet that is activated', () => {
    const { spreadsheet, sheet } = setup();
    const deals = spreadsheet.insertSheet('Deals');
    expect(spreadsheet.getActiveSheet().getName()).toBe('Deals');
    deals.hideSheet();
    expect(spreadsheet.getActiveSheet().getName()).toBe('Sheet1');
    deals.activate();
    expect(deals.isSheetHidden()).toBe(false);
    deals.hideSheet();
    spreadsheet.setActiveSheet(deals);
    expect(deals.isSheetHidden()).toBe(false);
    expect(sheet.isSheetHidden()).toBe(false);
  });

  it('refuses to delete the only visible sheet', () => {
    const { spreadsheet, sheet } = setup();
    const deals = spreadsheet.insertSheet('Deals');
    deals.hideSheet();
    expect(errorOf(() => spreadsheet.deleteSheet(sheet))).toBe(
      "Exception: You can't remove all the sheets in a document.",
    );
    spreadsheet.deleteSheet(deals);
    expect(names(spreadsheet)).toEqual(['Sheet1']);
  });

  it('costs a round trip to hide or show, nothing to ask', () => {
    const { world, spreadsheet } = setup();
    const deals = spreadsheet.insertSheet('Deals');
    const t0 = world.clock.now();
    deals.hideSheet();
    deals.showSheet();
    expect(world.clock.now() - t0).toBe(2 * world.costs.sheetCallMs);
    deals.isSheetHidden();
    expect(world.clock.now() - t0).toBe(2 * world.costs.sheetCallMs);
  });

  it('needs the document authorization and enters on every call', () => {
    const { sheet, exec } = setup();
    exec.phase = 'load';
    expect(errorOf(() => sheet.hideSheet())).toMatch(/SpreadsheetApp\.Sheet\.hideSheet was called while/);
    expect(errorOf(() => sheet.isSheetHidden())).toMatch(/SpreadsheetApp\.Sheet\.isSheetHidden was called/);
  });
});

describe('insertSheet positions', () => {
  it('places a sheet at a 0-based index with (name, index), (index) and () at the end', () => {
    const { spreadsheet } = setup();
    spreadsheet.insertSheet('Last');
    expect(spreadsheet.insertSheet('First', 0).getIndex()).toBe(1);
    expect(spreadsheet.insertSheet(1).getName()).toBe('Sheet4');
    expect(spreadsheet.insertSheet('Middle', 2).getIndex()).toBe(3);
    expect(spreadsheet.insertSheet().getIndex()).toBe(6);
    expect(names(spreadsheet)).toEqual(['First', 'Sheet4', 'Middle', 'Sheet1', 'Last', 'Sheet6']);
    expect(spreadsheet.insertSheet('Hidden too', 6).isSheetHidden()).toBe(false);
  });

  it('refuses an index outside 0…number of sheets', () => {
    const { spreadsheet } = setup();
    expect(errorOf(() => spreadsheet.insertSheet('Far', 2))).toBe('Exception: Invalid argument: sheetIndex');
    expect(errorOf(() => spreadsheet.insertSheet(-1))).toBe('Exception: Invalid argument: sheetIndex');
  });
});

describe('Range.copyTo', () => {
  it('fills a formula down an N × 1 destination, moving relative references per row', () => {
    const { sheet } = setup();
    sheet.getRange('C2').setFormula('=B2*2+$B$1+B$1+$A2+SUM(A2:B5)+Sheet2!A1+"B2"');
    sheet.getRange('C2').copyTo(sheet.getRange('C3:C5'));
    expect(sheet.getRange('C2:C5').getFormulas()).toEqual([
      ['=B2*2+$B$1+B$1+$A2+SUM(A2:B5)+Sheet2!A1+"B2"'],
      ['=B3*2+$B$1+B$1+$A3+SUM(A3:B6)+Sheet2!A2+"B2"'],
      ['=B4*2+$B$1+B$1+$A4+SUM(A4:B7)+Sheet2!A3+"B2"'],
      ['=B5*2+$B$1+B$1+$A5+SUM(A5:B8)+Sheet2!A4+"B2"'],
    ]);
  });

  it('copies values, number formats and notes, and empties destination cells the source leaves empty', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[1234.5, '']]);
    sheet.getRange('A1').setNumberFormat('#,##0.00').setNote('from CRM');
    sheet.getRange('D1:E1').setValues([['old', 'old']]);
    sheet.getRange('E1').setNumberFormat('0%');
    sheet.getRange('A1:B1').copyTo(sheet.getRange('D1'));
    expect(sheet.getRange('D1:E1').getValues()).toEqual([[1234.5, '']]);
    expect(sheet.getRange('D1:E1').getNumberFormats()).toEqual([['#,##0.00', '0.###############']]);
    expect(sheet.getRange('D1').getNote()).toBe('from CRM');
    expect(sheet.getRange('D1').getDisplayValue()).toBe('1,234.50');
  });

  it('tiles a source into a destination that spans a multiple of it', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['x', '=A1']]);
    sheet.getRange('A1:B1').copyTo(sheet.getRange('A3:D4'));
    expect(sheet.getRange('A3:D4').getValues()).toEqual([
      ['x', '', 'x', ''],
      ['x', '', 'x', ''],
    ]);
    expect(sheet.getRange('A3:D4').getFormulas()).toEqual([
      ['', '=A3', '', '=C3'],
      ['', '=A4', '', '=C4'],
    ]);
  });

  it('pastes the source once when the destination is not a multiple of it, even past its end', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setValues([[1], [2]]);
    sheet.getRange('A1:A2').copyTo(sheet.getRange('C1:C3'));
    expect(sheet.getRange('C1:C3').getValues()).toEqual([[1], [2], ['']]);
    sheet.getRange('A1:A2').copyTo(sheet.getRange('E1'));
    expect(sheet.getRange('E1:E2').getValues()).toEqual([[1], [2]]);
  });

  it('copies contents only, keeping the destination formats and notes', () => {
    const { sheet, app } = setup();
    sheet.getRange('A1:B1').setValues([[5, '=A1+1']]);
    sheet.getRange('A1:B1').setNumberFormat('0.00');
    sheet.getRange('A3:B3').setNumberFormat('0%').setNote('keep');
    sheet.getRange('A1:B1').copyTo(sheet.getRange('A3:B3'), { contentsOnly: true });
    expect(sheet.getRange('A3:B3').getValues()).toEqual([[5, '']]);
    expect(sheet.getRange('A3:B3').getFormulas()).toEqual([['', '=A3+1']]);
    expect(sheet.getRange('A3:B3').getNumberFormats()).toEqual([['0%', '0%']]);
    expect(sheet.getRange('A3').getNote()).toBe('keep');
    sheet.getRange('A1:B1').copyTo(sheet.getRange('A5:B5'), app.CopyPasteType.PASTE_FORMULA, false);
    expect(sheet.getRange('A5:B5').getFormulas()).toEqual([['', '=A5+1']]);
    expect(sheet.getRange('A5').getValue()).toBe(5);
    expect(sheet.getRange('A5').getNumberFormat()).toBe('0.###############');
  });

  it('pastes values only (a formula pastes its value, "" as formulas are not evaluated) or formats only', () => {
    const { sheet, app } = setup();
    sheet.getRange('A1:B1').setValues([[5, '=A1+1']]);
    sheet.getRange('A1:B1').setNumberFormat('0.00');
    sheet.getRange('A1:B1').copyTo(sheet.getRange('A2:B2'), app.CopyPasteType.PASTE_VALUES, false);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([[5, '']]);
    expect(sheet.getRange('A2:B2').getFormulas()).toEqual([['', '']]);
    expect(sheet.getRange('A2').getNumberFormat()).toBe('0.###############');
    sheet.getRange('A3').setValue('kept');
    sheet.getRange('A1:B1').copyTo(sheet.getRange('A3:B3'), app.CopyPasteType.PASTE_FORMAT, false);
    expect(sheet.getRange('A3:B3').getValues()).toEqual([['kept', '']]);
    expect(sheet.getRange('A3:B3').getNumberFormats()).toEqual([['0.00', '0.00']]);
    sheet.getRange('A1:B1').copyTo(sheet.getRange('A4:B4'), { formatOnly: true });
    expect(sheet.getRange('A4:B4').getNumberFormats()).toEqual([['0.00', '0.00']]);
    expect(sheet.getRange('A4:B4').getFormulas()).toEqual([['', '']]);
    sheet.getRange('A1:B1').copyTo(sheet.getRange('A5:B5'), app.CopyPasteType.PASTE_NORMAL, false);
    expect(sheet.getRange('A5:B5').getFormulas()).toEqual([['', '=A5+1']]);
  });

  it('transposes when asked', () => {
    const { sheet, app } = setup();
    sheet.getRange('A1:C1').setValues([[1, 2, 3]]);
    sheet.getRange('A1:C1').copyTo(sheet.getRange('E1'), app.CopyPasteType.PASTE_NORMAL, true);
    expect(sheet.getRange('E1:E3').getValues()).toEqual([[1], [2], [3]]);
  });

  it('handles a destination overlapping the source', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('A1:A3').copyTo(sheet.getRange('A2'));
    expect(sheet.getRange('A1:A4').getValues()).toEqual([[1], [1], [2], [3]]);
  });

  it('copies to another sheet of the same spreadsheet, but not to another spreadsheet', () => {
    const { sheet, spreadsheet, app, world } = setup();
    const other = spreadsheet.insertSheet('Other');
    sheet.getRange('B2').setFormula('=A1');
    sheet.getRange('B2').copyTo(other.getRange('C3'));
    expect(other.getRange('C3').getFormula()).toBe('=B2');
    const elsewhere = app.openById(createSpreadsheet(world).id).getSheets()[0];
    expect(errorOf(() => sheet.getRange('B2').copyTo(elsewhere.getRange('A1')))).toBe(
      'Exception: Target range and source range must be on the same spreadsheet.',
    );
  });

  it('turns references moved before row 1 into #REF!', () => {
    const { sheet } = setup();
    sheet.getRange('B3').setFormula('=A1+A3');
    sheet.getRange('B3').copyTo(sheet.getRange('B1'));
    expect(sheet.getRange('B1').getFormula()).toBe('=#REF!+A1');
  });

  it('refuses a paste past the sheet’s edge and arguments of no overload', () => {
    const { sheet, app } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    expect(errorOf(() => sheet.getRange('A1:A3').copyTo(sheet.getRange('A999')))).toBe(
      'Exception: The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(sheet.getRange('A999').getValue()).toBe('');
    const signature = (types: string) =>
      `Exception: The parameters (${types}) don't match the method signature for SpreadsheetApp.Range.copyTo.`;
    expect(errorOf(() => sheet.getRange('A1').copyTo('B1'))).toBe(signature('String'));
    expect(errorOf(() => sheet.getRange('A1').copyTo(sheet.getRange('B1'), 'PASTE_SOMETHING', false))).toBe(
      signature('(class),String,Boolean'),
    );
    expect(
      errorOf(() => sheet.getRange('A1').copyTo(sheet.getRange('B1'), app.CopyPasteType.PASTE_VALUES)),
    ).toBe(signature('(class),String'));
  });

  it('costs one call plus the pasted cells', () => {
    const { sheet, world } = setup({ perCellMs: 1 });
    const { sheetCallMs, perCellMs } = world.costs;
    const source = sheet.getRange('A1');
    const destination = sheet.getRange('A2:A101');
    const t0 = world.clock.now();
    source.copyTo(destination);
    expect(world.clock.now() - t0).toBeCloseTo(sheetCallMs + 100 * perCellMs, 6);
  });

  it('exposes every CopyPasteType', () => {
    const { app } = setup();
    expect(Object.keys(app.CopyPasteType).sort()).toEqual([
      'PASTE_COLUMN_WIDTHS',
      'PASTE_CONDITIONAL_FORMATTING',
      'PASTE_DATA_VALIDATION',
      'PASTE_FORMAT',
      'PASTE_FORMULA',
      'PASTE_NORMAL',
      'PASTE_NO_BORDERS',
      'PASTE_VALUES',
    ]);
  });
});

describe('R1C1 formulas', () => {
  it('writes one R1C1 formula into many cells as each cell’s own A1 formula', () => {
    const { sheet } = setup();
    sheet.getRange('C2:C4').setFormulaR1C1('=R[-1]C[0]*2+RC[-1]+R1C1');
    expect(sheet.getRange('C2:C4').getFormulas()).toEqual([
      ['=C1*2+B2+$A$1'],
      ['=C2*2+B3+$A$1'],
      ['=C3*2+B4+$A$1'],
    ]);
    expect(sheet.getRange('C2:C4').getFormulasR1C1()).toEqual([
      ['=R[-1]C[0]*2+R[0]C[-1]+R1C1'],
      ['=R[-1]C[0]*2+R[0]C[-1]+R1C1'],
      ['=R[-1]C[0]*2+R[0]C[-1]+R1C1'],
    ]);
    expect(sheet.getRange('C3').getFormulaR1C1()).toBe('=R[-1]C[0]*2+R[0]C[-1]+R1C1');
  });

  it('reads "" for cells without a formula', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('A1:A2').getFormulasR1C1()).toEqual([[''], ['']]);
    expect(sheet.getRange('A1').getFormulaR1C1()).toBe('');
  });

  it('writes a grid of R1C1 formulas cell by cell; references before row 1 become #REF!', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setFormulasR1C1([['=R[1]C[1]', '=R[-1]C']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=B2', '=#REF!']]);
    expect(errorOf(() => sheet.getRange('A1:B1').setFormulasR1C1([['=R1C1']]))).toBe(
      'Exception: The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(errorOf(() => sheet.getRange('A1').setFormulaR1C1(5))).toBe(
      "Exception: The parameters (number) don't match the method signature for SpreadsheetApp.Range.setFormulaR1C1.",
    );
  });

  it('costs like getFormulas / setFormulas', () => {
    const { sheet, world } = setup({ perCellMs: 1 });
    const { sheetCallMs, perCellMs } = world.costs;
    const range = sheet.getRange('A1:A10');
    const t0 = world.clock.now();
    range.setFormulaR1C1('=R[1]C');
    range.getFormulasR1C1();
    expect(world.clock.now() - t0).toBeCloseTo(2 * (sheetCallMs + 10 * perCellMs), 6);
  });
});

describe('setFormula on a multi-cell range', () => {
  it('writes the formula to the top-left cell and moves relative references for the others', () => {
    const { sheet } = setup();
    sheet.getRange('C2:D3').setFormula('=A2*$B$1+A$1');
    expect(sheet.getRange('C2:D3').getFormulas()).toEqual([
      ['=A2*$B$1+A$1', '=B2*$B$1+B$1'],
      ['=A3*$B$1+A$1', '=B3*$B$1+B$1'],
    ]);
  });

  it('writes setFormulas as given, without moving anything', () => {
    const { sheet } = setup();
    sheet.getRange('C2:C3').setFormulas([['=A1'], ['=A1']]);
    expect(sheet.getRange('C2:C3').getFormulas()).toEqual([['=A1'], ['=A1']]);
  });
});

describe('the script realm', () => {
  const scriptRealm = (): Realm => vm.runInNewContext('({ Error, Date, Array, Object })') as Realm;

  it('hands out R1C1 grids and copyTo/hideSheet errors of the script realm', () => {
    const realm = scriptRealm();
    const { sheet, spreadsheet } = setup({ realm });
    expect(sheet.getRange('A1:B2').getFormulasR1C1()).toBeInstanceOf(realm.Array);
    expect(sheet.getRange('A1:B2').getFormulasR1C1()[0]).toBeInstanceOf(realm.Array);
    const thrown = (fn: () => unknown): unknown => {
      try {
        fn();
      } catch (e) {
        return e;
      }
      throw new Error('expected the call to throw');
    };
    expect(thrown(() => sheet.hideSheet())).toBeInstanceOf(realm.Error);
    expect(thrown(() => sheet.getRange('A1').copyTo(null))).toBeInstanceOf(realm.Error);
    const options = vm.runInNewContext('({ contentsOnly: true })');
    sheet.getRange('A1').setValue(new realm.Date(0));
    sheet.getRange('A1').copyTo(spreadsheet.getRange('B1'), options);
    expect(sheet.getRange('B1').getValue()).toBeInstanceOf(realm.Date);
  });

  it('refuses the new methods without the document authorization', () => {
    const { sheet, exec } = setup();
    const range = sheet.getRange('A1');
    exec.options.authMode = 'NONE';
    for (const call of [
      () => sheet.hideSheet(),
      () => sheet.showSheet(),
      () => sheet.isSheetHidden(),
      () => range.copyTo(range),
      () => range.getFormulasR1C1(),
      () => range.getFormulaR1C1(),
      () => range.setFormulaR1C1('=R1C1'),
      () => range.setFormulasR1C1([['=R1C1']]),
    ]) {
      expect(errorOf(call)).toMatch(
        /^Exception: You do not have permission to call SpreadsheetApp\..*AuthMode\.NONE\.$/,
      );
    }
  });
});
