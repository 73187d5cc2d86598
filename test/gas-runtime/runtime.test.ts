import { GasRuntime, type Bundle } from '../../dev/gas-runtime/runtime';
import { holdLock } from '../../dev/gas-runtime/services/lock';
import { triggerState } from '../../dev/gas-runtime/services/script-app';

/** A runtime over a hand-written bundle: the runtime's own rules, independent of the add-on. */
function runtimeFor(source: string, manifest: Bundle['manifest'] = {}, options = {}) {
  return new GasRuntime(
    { manifest, scripts: [{ name: 'Code.js', source }], html: new Map([['Page', '<p>hi</p>']]) },
    options,
  );
}

const runtimes: GasRuntime[] = [];
afterAll(async () => Promise.all(runtimes.map(r => r.close())));
function make(...args: Parameters<typeof runtimeFor>) {
  const runtime = runtimeFor(...args);
  runtimes.push(runtime);
  return runtime;
}

describe('executions', () => {
  it('start from a fresh context: globals set by one execution are gone in the next', () => {
    const rt = make(
      'var counter = 0; function bump() { counter++; globalThis.extra = 1; return [counter, typeof extra]; }',
    );
    expect(rt.run('bump').value).toEqual([1, 'number']);
    expect(rt.run('bump').value).toEqual([1, 'number']);
  });

  it('refuse a bundle that touches a service while loading (AuthMode.NONE rules the global scope)', () => {
    const rt = make('var props = PropertiesService.getUserProperties(); function onOpen() {}');
    const result = rt.run('onOpen', [], { authMode: 'NONE' });
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/while the script was loading/);
  });

  it('have only the globals Apps Script V8 has', () => {
    const rt = make(
      'function probe() { return ["URL","URLSearchParams","TextEncoder","fetch","setTimeout","require","process","Buffer","structuredClone"].filter(function (n) { return typeof globalThis[n] !== "undefined"; }); }',
    );
    expect(rt.run('probe').value).toEqual([]);
  });

  it('run on the virtual clock: Date follows Utilities.sleep, not the wall clock', () => {
    const rt = make(
      'function t() { var a = Date.now(); Utilities.sleep(90000); return [a, new Date().getTime()]; }',
    );
    const [before, after] = rt.run<number[]>('t').value as number[];
    expect(after - before).toBe(90000);
    expect(before).toBe(Date.UTC(2026, 10, 2, 9, 0, 0));
  });

  it('stop after 6 minutes even when the script catches the error', () => {
    const rt = make(
      'function loop() { try { for (;;) Utilities.sleep(60000); } catch (e) { return "swallowed"; } }',
    );
    const result = rt.run('loop');
    expect(result).toMatchObject({ ok: false, timedOut: true, error: 'Exceeded maximum execution time' });
  });

  it("give errors of the script's own realm, so instanceof Error holds there", () => {
    const rt = make(
      'function f() { try { PropertiesService.getUserProperties().setProperty("k", new Array(10000).join("x")); } catch (e) { return [e instanceof Error, e.message]; } }',
    );
    expect(rt.run('f').value).toEqual([true, 'Exception: Argument too large: value']);
  });

  it('deny services the authorization mode does not grant', () => {
    const rt = make('function f() { return UrlFetchApp.fetch("https://r3.minicrm.hu/Api/R3/Category"); }');
    const ss = rt.createSpreadsheet();
    expect(rt.run('f', [], { authMode: 'LIMITED', spreadsheetId: ss.id }).error).toMatch(
      /permission to call UrlFetchApp.fetch/,
    );
  });
});

describe('PropertiesService', () => {
  it('keeps user properties per user and document properties per spreadsheet', () => {
    const rt = make(
      'function put(v) { PropertiesService.getUserProperties().setProperty("k", v); PropertiesService.getDocumentProperties().setProperty("d", v); } function get() { return [PropertiesService.getUserProperties().getProperty("k"), PropertiesService.getDocumentProperties().getProperty("d")]; }',
    );
    const [a, b] = [rt.createSpreadsheet(), rt.createSpreadsheet()];
    rt.run('put', ['one'], { spreadsheetId: a.id });
    expect(rt.run('get', [], { spreadsheetId: b.id }).value).toEqual(['one', null]);
    expect(rt.run('get', [], { spreadsheetId: a.id, user: rt.world.users[1] }).value).toEqual([null, 'one']);
  });

  it('refuses a store over 500 KB', () => {
    const rt = make(
      'function fill() { var p = PropertiesService.getScriptProperties(); var v = new Array(9000).join("x"); for (var i = 0; i < 100; i++) p.setProperty("k" + i, v); }',
    );
    expect(rt.run('fill').error).toMatch(/exceeded the property storage quota/);
  });
});

describe('LockService', () => {
  it("makes a run wait for another execution's lock, then gives up after its timeout", () => {
    const rt = make('function f(ms) { var l = LockService.getDocumentLock(); return l.tryLock(ms); }');
    const ss = rt.createSpreadsheet();
    holdLock(rt.world, `document:${ss.id}`, rt.world.clock.now() + 30_000);
    expect(rt.run('f', [10_000], { spreadsheetId: ss.id }).value).toBe(false);
    expect(rt.run('f', [30_000], { spreadsheetId: ss.id }).value).toBe(true);
  });
});

describe('ScriptApp triggers (editor add-on rules)', () => {
  const source = `
    function every(h) { ScriptApp.newTrigger('tick').timeBased().everyHours(h).create(); }
    function minutes() { ScriptApp.newTrigger('tick').timeBased().everyMinutes(30).create(); }
    function clear() { ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
    function count() { return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).length; }
    function tick(e) { PropertiesService.getUserProperties().setProperty('ticks', String(Number(PropertiesService.getUserProperties().getProperty('ticks') || 0) + 1)); return e.triggerUid; }
  `;

  it('refuse more frequent than hourly', () => {
    const rt = make(source);
    const ss = rt.createSpreadsheet();
    expect(rt.run('minutes', [], { spreadsheetId: ss.id }).error).toMatch(/at least one hour/);
    expect(rt.run('every', [3], { spreadsheetId: ss.id }).error).toMatch(/at least one hour/);
  });

  it('allow one time-driven trigger per user per document', () => {
    const rt = make(source);
    const [a, b] = [rt.createSpreadsheet(), rt.createSpreadsheet()];
    expect(rt.run('every', [1], { spreadsheetId: a.id }).ok).toBe(true);
    expect(rt.run('every', [1], { spreadsheetId: a.id }).error).toMatch(
      /too many time-based triggers in this document/,
    );
    expect(rt.run('every', [1], { spreadsheetId: b.id }).ok).toBe(true);
    expect(rt.run('every', [1], { spreadsheetId: a.id, user: rt.world.users[1] }).ok).toBe(true);
    rt.run('clear', [], { spreadsheetId: a.id });
    expect(rt.run('count', [], { spreadsheetId: a.id }).value).toBe(0);
    expect(rt.run('count', [], { spreadsheetId: b.id }).value).toBe(1);
  });

  it('fire an hourly trigger once an hour on the virtual clock, without a document', () => {
    const rt = make(
      source + 'function ticks() { return PropertiesService.getUserProperties().getProperty("ticks"); }',
    );
    const ss = rt.createSpreadsheet();
    rt.run('every', [1], { spreadsheetId: ss.id });
    const ran = rt.runTriggersUntil(rt.world.clock.now() + 24 * 3_600_000);
    expect(ran).toHaveLength(24);
    expect(ran.every(r => r.result.ok)).toBe(true);
    expect(rt.run('ticks').value).toBe('24');
    expect(triggerState(rt.world).triggers).toHaveLength(1);
  });
});

describe('HtmlService and the sidebar', () => {
  it("serves the bundle's HTML files by name and refuses unknown ones", () => {
    const rt = make(
      'function show(n) { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(n).setTitle("T")); }',
    );
    const ss = rt.createSpreadsheet();
    expect(rt.run('show', ['Page'], { spreadsheetId: ss.id }).ok).toBe(true);
    expect(rt.world.ui(ss.id).sidebars[0]).toMatchObject({ title: 'T', html: '<p>hi</p>' });
    expect(rt.run('show', ['Nope'], { spreadsheetId: ss.id }).error).toMatch(/No HTML file named Nope/);
  });

  it('answers google.script.run calls with JSON-safe values; a result holding a Date arrives as null', () => {
    const rt = make(
      'function plain() { return { a: [1, undefined] }; } function dated() { return { at: new Date() }; } function hidden_() { return 1; }',
    );
    const ss = rt.createSpreadsheet();
    expect(rt.call(ss.id, 'plain')).toEqual({ a: [1, null] });
    expect(rt.call(ss.id, 'dated')).toBeNull();
    expect(() => rt.call(ss.id, 'hidden_')).toThrow(/not found/);
    expect(() => rt.call(ss.id, 'plain', new Date())).toThrow(/illegal value/);
  });
});

describe('UrlFetchApp', () => {
  it("reports a refused connection with Apps Script's words", () => {
    const rt = make('function f() { return UrlFetchApp.fetch("http://127.0.0.1:9/x").getResponseCode(); }');
    expect(rt.run('f').error).toBe('Exception: Address unavailable: http://127.0.0.1:9/x');
  });

  it("enforces the manifest's urlFetchWhitelist", () => {
    const rt = make('function f() { return UrlFetchApp.fetch("https://example.com/x"); }', {
      urlFetchWhitelist: ['https://r3.minicrm.hu/'],
    });
    expect(rt.run('f').error).toMatch(/not allowed by the manifest's urlFetchWhitelist/);
  });
});
