import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GasRuntime } from '../../dev/gas-runtime/runtime';
import { MINICRM_HOSTS } from '../../src/core/crm/hosts';
import { DIST } from '../support/paths';

const ENTRY_POINTS = ['onOpen', 'onInstall', 'showSidebar', 'refreshAllNow', 'onScheduledRefresh'];
const SIDEBAR_API = [
  'connect',
  'disconnect',
  'getOverview',
  'listModules',
  'listFields',
  'listSavedFilters',
  'saveFilter',
  'deleteFilter',
  'createSync',
  'updateSync',
  'deleteSync',
  'runSync',
  'setSchedule',
];

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
const sidebar = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');

let runtime: GasRuntime;
beforeAll(() => {
  runtime = GasRuntime.fromDirectory(DIST);
});
afterAll(() => runtime.close());

describe('dist/Code.js', () => {
  it.each([...ENTRY_POINTS, ...SIDEBAR_API])('declares %s as a top-level function', name => {
    expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('uses none of the globals Apps Script V8 lacks', () => {
    const banned =
      /(?<![.\w$])(setTimeout|setInterval|URLSearchParams|TextEncoder|TextDecoder|Buffer|require|process|fetch)\s*\(|new URL\(/g;
    expect(code.match(banned)).toBeNull();
  });

  it('loads and runs onOpen in AuthMode.NONE, touching nothing but the menu', () => {
    const ss = runtime.createSpreadsheet();
    const result = runtime.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE', spreadsheetId: ss.id });
    expect(result).toMatchObject({ ok: true, timedOut: false });
    expect(runtime.world.ui(ss.id).menus).toEqual([
      {
        title: 'Add-on',
        items: [
          { caption: 'Open', functionName: 'showSidebar' },
          { caption: 'Refresh now', functionName: 'refreshAllNow' },
        ],
      },
    ]);
  });

  it('adds the menu on install too', () => {
    const ss = runtime.createSpreadsheet();
    expect(runtime.run('onInstall', [{ authMode: 'FULL' }], { spreadsheetId: ss.id }).ok).toBe(true);
    expect(runtime.world.ui(ss.id).menus).toHaveLength(1);
  });

  it("opens the sidebar titled with the add-on's name", () => {
    const ss = runtime.createSpreadsheet();
    expect(runtime.run('showSidebar', [], { spreadsheetId: ss.id }).ok).toBe(true);
    expect(runtime.world.ui(ss.id).sidebars[0]).toMatchObject({ title: 'MiniCRM Sync', html: sidebar });
  });

  it('refuses loopback hosts in the build that ships', () => {
    const ss = runtime.createSpreadsheet();
    expect(() =>
      runtime.call(ss.id, 'connect', { systemId: '1', apiKey: 'k', host: 'http://127.0.0.1:8787' }),
    ).toThrow(/^\[BAD_HOST\]/);
  });
});

describe('dist/appsscript.json', () => {
  it('runs on V8 with explicit scopes, none broader than the mission needs', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.external_request',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/spreadsheets',
      ].sort(),
    );
  });

  it("allows fetching exactly MiniCRM's hosts", () => {
    expect([...manifest.urlFetchWhitelist].sort()).toEqual(MINICRM_HOSTS.map(host => `${host}/`).sort());
  });
});

describe('dist/Sidebar.html', () => {
  it('is self-contained: its script and style are inlined', () => {
    expect(sidebar).not.toMatch(/<script[^>]+src=/i);
    expect(sidebar).not.toMatch(/<link[^>]+stylesheet/i);
    expect(sidebar).toMatch(/<script>[\s\S]+callServer|<script>[\s\S]+withSuccessHandler/);
    expect(sidebar).toMatch(/<style>[\s\S]+<\/style>/);
  });
});
