// Tests of the emulated Sheets UI (menus, sidebar, alerts) and of SpreadsheetApp's phase, auth-mode and realm rules.
import vm from 'node:vm';
import type { AuthMode, Realm } from '../../dev/gas-runtime/execution';
import { World } from '../../dev/gas-runtime/world';
import { createSpreadsheet, createSpreadsheetApp } from '../../dev/gas-runtime/services/spreadsheet';
import { errorOf, testExecution } from '../support/execution';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Gas = any;

function setup(
  options: { authMode?: AuthMode; active?: boolean; phase?: 'load' | 'run'; realm?: Realm } = {},
) {
  const world = new World();
  const ss = createSpreadsheet(world);
  const { exec } = testExecution({
    world,
    authMode: options.authMode,
    activeSpreadsheetId: options.active === false ? null : ss.id,
    phase: options.phase,
    realm: options.realm,
  });
  const app: Gas = createSpreadsheetApp(world, exec);
  return { world, ss, exec, app };
}

/** A stand-in for HtmlService's HtmlOutput (another service creates the real one). */
const htmlOutput = (title: string, content: string) => ({ getTitle: () => title, getContent: () => content });

describe('load phase', () => {
  it('refuses every SpreadsheetApp call while the bundle loads', () => {
    const { app } = setup({ phase: 'load' });
    expect(errorOf(() => app.getActiveSpreadsheet())).toMatch(
      /^Exception: SpreadsheetApp\.getActiveSpreadsheet was called while the script was loading/,
    );
    expect(errorOf(() => app.getUi())).toMatch(
      /^Exception: SpreadsheetApp\.getUi was called while the script/,
    );
  });

  it('refuses calls on objects obtained earlier once a new load starts (methods enter on every call)', () => {
    const { app, exec } = setup();
    const sheet = app.getActiveSheet();
    exec.phase = 'load';
    expect(errorOf(() => sheet.getRange('A1'))).toMatch(/SpreadsheetApp\.Sheet\.getRange was called while/);
  });
});

describe('authorization modes', () => {
  it('NONE: refuses the document but lets onOpen build the add-on menu', () => {
    const { app, world, ss } = setup({ authMode: 'NONE' });
    expect(errorOf(() => app.getActiveSpreadsheet())).toBe(
      'Exception: You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions are not granted in AuthMode.NONE.',
    );
    app.getUi().createAddonMenu().addItem('Open MiniCRM Sync', 'showSidebar').addToUi();
    expect(world.ui(ss.id).menus).toEqual([
      { title: 'Add-on', items: [{ caption: 'Open MiniCRM Sync', functionName: 'showSidebar' }] },
    ]);
  });

  it('LIMITED: reads the document but cannot open sidebars or dialogs', () => {
    const { app } = setup({ authMode: 'LIMITED' });
    expect(app.getActiveSpreadsheet().getSheets()).toHaveLength(1);
    const ui = app.getUi();
    expect(errorOf(() => ui.showSidebar(htmlOutput('MiniCRM', '<p>hi</p>')))).toBe(
      "Exception: Add-ons can't open sidebars or dialogs while executing in AuthMode.LIMITED.",
    );
    expect(errorOf(() => ui.alert('hello'))).toBe(
      "Exception: Add-ons can't open sidebars or dialogs while executing in AuthMode.LIMITED.",
    );
  });

  it('NONE: the sidebar refusal names the mode', () => {
    const { app } = setup({ authMode: 'NONE' });
    expect(errorOf(() => app.getUi().showSidebar(htmlOutput('t', 'c')))).toBe(
      "Exception: Add-ons can't open sidebars or dialogs while executing in AuthMode.NONE.",
    );
  });

  it('CUSTOM_FUNCTION: has no UI', () => {
    const { app } = setup({ authMode: 'CUSTOM_FUNCTION' });
    expect(errorOf(() => app.getUi())).toBe(
      'Exception: Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  it('no active document (time-driven trigger): getUi is refused', () => {
    const { app } = setup({ active: false });
    expect(errorOf(() => app.getUi())).toBe(
      'Exception: Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });
});

describe('Ui in FULL mode', () => {
  it('shows a sidebar and records its title, HTML and time', () => {
    const { app, world, ss } = setup();
    world.clock.advance(1234);
    app.getUi().showSidebar(htmlOutput('MiniCRM Sync', '<h1>Sync</h1>'));
    expect(world.ui(ss.id).sidebars).toEqual([
      { title: 'MiniCRM Sync', html: '<h1>Sync</h1>', at: world.clock.now() },
    ]);
  });

  it('refuses a sidebar argument that is not an HtmlOutput', () => {
    const { app } = setup();
    expect(errorOf(() => app.getUi().showSidebar('<p>raw</p>'))).toBe(
      "Exception: The parameters (String) don't match the method signature for Ui.showSidebar.",
    );
  });

  it('records alerts and answers with the first button of the set', () => {
    const { app, world, ss } = setup();
    const ui = app.getUi();
    expect(ui.alert('Sync finished')).toBe(ui.Button.OK);
    expect(ui.alert('Delete?', 'This removes 3 rows', ui.ButtonSet.YES_NO)).toBe('YES');
    expect(ui.alert('Continue?', ui.ButtonSet.OK_CANCEL)).toBe('OK');
    expect(world.ui(ss.id).alerts).toEqual([
      { title: '', prompt: 'Sync finished', at: world.clock.now() },
      { title: 'Delete?', prompt: 'This removes 3 rows', at: world.clock.now() },
      { title: '', prompt: 'Continue?', at: world.clock.now() },
    ]);
  });

  it('exposes Button and ButtonSet enums', () => {
    const ui = setup().app.getUi();
    expect(ui.ButtonSet).toEqual({
      OK: 'OK',
      OK_CANCEL: 'OK_CANCEL',
      YES_NO: 'YES_NO',
      YES_NO_CANCEL: 'YES_NO_CANCEL',
    });
    expect(ui.Button.CANCEL).toBe('CANCEL');
    expect(String(ui)).toBe('Ui');
  });
});

describe('menus', () => {
  it('records custom menus with sub-menus flattened and separators left out', () => {
    const { app, world, ss } = setup({ authMode: 'LIMITED' });
    const ui = app.getUi();
    const sub = ui.createMenu('Advanced').addItem('Reset', 'resetSync');
    ui.createMenu('MiniCRM').addItem('Sync now', 'syncNow').addSeparator().addSubMenu(sub).addToUi();
    expect(world.ui(ss.id).menus).toEqual([
      {
        title: 'MiniCRM',
        items: [
          { caption: 'Sync now', functionName: 'syncNow' },
          { caption: 'Advanced › Reset', functionName: 'resetSync' },
        ],
      },
    ]);
  });

  it('replaces a menu with the same title when onOpen runs again', () => {
    const { app, world, ss } = setup();
    app.getUi().createAddonMenu().addItem('Old', 'old').addToUi();
    app.getUi().createAddonMenu().addItem('New', 'fresh').addToUi();
    expect(world.ui(ss.id).menus).toEqual([
      { title: 'Add-on', items: [{ caption: 'New', functionName: 'fresh' }] },
    ]);
  });

  it('needs a function name for each item', () => {
    const menu = setup().app.getUi().createAddonMenu();
    expect(errorOf(() => menu.addItem('Sync', () => 0))).toBe(
      "Exception: The parameters (String,(class)) don't match the method signature for Menu.addItem.",
    );
  });
});

describe('the script realm', () => {
  const scriptRealm = (): Realm => vm.runInNewContext('({ Error, Date, Array, Object })') as Realm;

  it('hands out arrays and Dates of the script realm', () => {
    const realm = scriptRealm();
    const { app } = setup({ realm });
    const sheet = app.getActiveSheet();
    sheet.getRange('A1:B1').setValues([[new Date(0), 'x']]);
    const values = sheet.getRange('A1:B1').getValues();
    expect(values).toBeInstanceOf(realm.Array);
    expect(values[0]).toBeInstanceOf(realm.Array);
    expect(values[0][0]).toBeInstanceOf(realm.Date);
    expect(app.getActiveSpreadsheet().getSheets()).toBeInstanceOf(realm.Array);
  });

  it('throws errors of the script realm', () => {
    const realm = scriptRealm();
    const { app } = setup({ realm });
    let thrown: unknown;
    try {
      app.getActiveSheet().getRange(0, 1);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(realm.Error);
  });

  it('accepts arrays and Dates made in the script realm', () => {
    const realm = scriptRealm();
    const { app } = setup({ realm });
    const grid = vm.runInNewContext('[[new Date(86400000), "a"]]');
    const sheet = app.getActiveSheet();
    sheet.getRange('A1:B1').setValues(grid);
    expect(sheet.getRange('A1').getValue().getTime()).toBe(86_400_000);
  });
});
