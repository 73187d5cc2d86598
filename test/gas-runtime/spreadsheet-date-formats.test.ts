// Tests of the emulated SpreadsheetApp's date cells: a number under a date/time format is a date, and a Date
// under a number format is its serial number, whatever wrote the value or the format.
import vm from 'node:vm';
import type { Realm } from '../../dev/gas-runtime/execution';
import { World } from '../../dev/gas-runtime/world';
import {
  createSpreadsheet,
  createSpreadsheetApp,
  readSheetValues,
  seedSheetValues,
} from '../../dev/gas-runtime/services/spreadsheet';
import { zonedWallTimeToEpoch } from '../../dev/gas-runtime/time-zone';
import { testExecution } from '../support/execution';

// The service objects are untyped script-facing objects; tests drive them the way a script would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Gas = any;

const TZ = 'Europe/Budapest';

function setup(options: { realm?: Realm; timeZone?: string } = {}) {
  const world = new World();
  const ss = createSpreadsheet(world, { name: 'CRM export', timeZone: options.timeZone ?? TZ });
  const { exec } = testExecution({ world, activeSpreadsheetId: ss.id, realm: options.realm });
  const app: Gas = createSpreadsheetApp(world, exec);
  const spreadsheet: Gas = app.getActiveSpreadsheet();
  const sheet: Gas = spreadsheet.getSheets()[0];
  return { world, ss, exec, app, spreadsheet, sheet };
}

/** The instant of a wall time in a zone, as a Date. */
const wall = (y: number, mo: number, d: number, h = 0, mi = 0, zone = TZ) =>
  new Date(
    zonedWallTimeToEpoch(
      { year: y, month: mo, day: d, hour: h, minute: mi, second: 0, millisecond: 0 },
      zone,
    ),
  );

describe('a number under a date/time format', () => {
  it('reads as a Date once a date format is set after the value', () => {
    const { ss, sheet } = setup();
    const range = sheet.getRange('A1');
    range.setValues([[45232]]);
    expect(range.getValue()).toBe(45232);
    range.setNumberFormat('yyyy-mm-dd');
    expect(range.getValue()).toEqual(wall(2023, 11, 2));
    expect(range.getValues()).toEqual([[wall(2023, 11, 2)]]);
    expect(range.getDisplayValue()).toBe('2023-11-02');
    expect(range.getDisplayValues()).toEqual([['2023-11-02']]);
    expect(sheet.getSheetValues(1, 1, 1, 1)).toEqual([[wall(2023, 11, 2)]]);
    expect(readSheetValues(ss, 'Sheet1')).toEqual([[wall(2023, 11, 2)]]);
    expect(range.getNumberFormat()).toBe('yyyy-mm-dd');
  });

  it('reads as a Date when the value is written into a cell already formatted as a date', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1:C1').setNumberFormats([['yyyy-mm-dd', 'M/d/yyyy H:mm', 'h:mm am/pm']]);
    sheet.getRange('A1:C1').setValues([[45234, 45296.5, 0.75]]);
    const expected = [wall(2023, 11, 4), wall(2024, 1, 5, 12), wall(1899, 12, 30, 18)];
    expect(sheet.getRange('A1:C1').getValues()).toEqual([expected]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['2023-11-04', '1/5/2024 12:00', '6:00 PM']]);
    expect(readSheetValues(ss, 'Sheet1')).toEqual([expected]);
  });

  it('uses the spreadsheet time zone for the serial wall time', () => {
    const { sheet } = setup({ timeZone: 'America/New_York' });
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd hh:mm').setValue(45296.5);
    expect(sheet.getRange('A1').getValue()).toEqual(new Date(Date.UTC(2024, 0, 5, 17)));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2024-01-05 12:00');
  });

  it('hands out Dates of the script realm', () => {
    const realm = vm.runInNewContext('({ Error, Date, Array, Object })') as Realm;
    const { sheet } = setup({ realm });
    sheet
      .getRange('A1:B1')
      .setValues([[45232, 1]])
      .setNumberFormat('yyyy-mm-dd');
    expect(sheet.getRange('A1').getValue()).toBeInstanceOf(realm.Date);
    expect(sheet.getRange('A1:B1').getValues()[0][1]).toBeInstanceOf(realm.Date);
  });

  it('also holds for typed numbers, appended rows and seeded cells', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1:A3').setNumberFormat('yyyy-mm-dd');
    sheet.getRange('A1').setValue('45232');
    sheet.appendRow([45233]);
    seedSheetValues(ss, 'Sheet1', [[45234]], 3, 1);
    expect(readSheetValues(ss, 'Sheet1')).toEqual([
      [wall(2023, 11, 2)],
      [wall(2023, 11, 3)],
      [wall(2023, 11, 4)],
    ]);
  });

  it('keeps a serial too large for a Date a number', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd').setValue(1e300);
    expect(sheet.getRange('A1').getValue()).toBe(1e300);
  });

  it('leaves numbers under number, text and Automatic formats alone', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setNumberFormats([['0.00', '@', 'General']]);
    sheet.getRange('A1:C1').setValues([[45232, 45232, 45232]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[45232, 45232, 45232]]);
    sheet.getRange('A2').setNumberFormat('"m" 0').setValue(5);
    expect(sheet.getRange('A2').getValue()).toBe(5);
    expect(sheet.getRange('A2').getDisplayValue()).toBe('m 5');
  });
});

describe('a Date under a number format', () => {
  it('reads as its serial number when written into a cell formatted as a number', () => {
    const { ss, sheet } = setup();
    sheet
      .getRange('A1')
      .setNumberFormat('0.00')
      .setValue(wall(2024, 1, 5, 12));
    expect(sheet.getRange('A1').getValue()).toBe(45296.5);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('45296.50');
    expect(readSheetValues(ss, 'Sheet1')).toEqual([[45296.5]]);
  });

  it('reads as its serial number once a number format is set, and as the Date again under a date format', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1');
    const when = new Date(Date.UTC(2024, 0, 5, 11, 30, 15, 250));
    range.setValue(when);
    expect(range.getValue()).toEqual(when);
    range.setNumberFormat('#,##0.00');
    expect(typeof range.getValue()).toBe('number');
    expect(range.getDisplayValue()).toBe('45,296.52');
    range.setNumberFormat('yyyy-mm-dd hh:mm:ss');
    expect(range.getValue()).toEqual(when);
  });

  it('turns typed date text into its serial number under a number format', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('0').setValue('2024-01-05');
    expect(sheet.getRange('A1').getValue()).toBe(45296);
  });

  it('keeps Dates under Automatic and plain-text formats, as before', () => {
    const { sheet } = setup();
    const when = new Date(Date.UTC(2024, 0, 5, 12));
    sheet.getRange('A1:B1').setNumberFormats([['General', '@']]);
    sheet.getRange('A1:B1').setValues([[when, when]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[when, when]]);
    // Clearing a date format keeps the date a date [choice, see FIDELITY].
    sheet.getRange('A2').setNumberFormat('yyyy-mm-dd').setValue(45296);
    sheet.getRange('A2').setNumberFormat('General');
    expect(sheet.getRange('A2').getValue()).toEqual(wall(2024, 1, 5));
  });
});

describe('copyTo and date cells', () => {
  it('pastes a date cell as a date, value and format together', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(45232).setNumberFormat('yyyy-mm-dd');
    sheet.getRange('A1').copyTo(sheet.getRange('B1'));
    expect(sheet.getRange('B1').getValue()).toEqual(wall(2023, 11, 2));
    expect(sheet.getRange('B1').getDisplayValue()).toBe('2023-11-02');
  });

  it('pastes a date format onto a number, and a number into a date-formatted cell, as dates', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd');
    sheet.getRange('B1:C1').setValues([[45232, 45233]]);
    sheet.getRange('A1').copyTo(sheet.getRange('B1'), app.CopyPasteType.PASTE_FORMAT, false);
    expect(sheet.getRange('B1').getValue()).toEqual(wall(2023, 11, 2));
    sheet.getRange('A2').setNumberFormat('yyyy-mm-dd');
    sheet.getRange('C1').copyTo(sheet.getRange('A2'), { contentsOnly: true });
    expect(sheet.getRange('A2').getValue()).toEqual(wall(2023, 11, 3));
  });

  it('pastes the value of a date cell into a number-formatted cell as its serial number', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1').setValue(wall(2024, 1, 5, 12));
    sheet.getRange('B1').setNumberFormat('0.0');
    sheet.getRange('A1').copyTo(sheet.getRange('B1'), app.CopyPasteType.PASTE_VALUES, false);
    expect(sheet.getRange('B1').getValue()).toBe(45296.5);
    expect(sheet.getRange('B1').getDisplayValue()).toBe('45296.5');
  });
});
