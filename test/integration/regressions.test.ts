// Regressions found in review: each test names the failure it keeps from coming back.
import type { Overview, RunResult, SavedFilter, Sync } from '../../src/shared/contract';
import { getSpreadsheetModel, seedSheetValues } from '../../dev/gas-runtime/services/spreadsheet';
import { triggerState } from '../../dev/gas-runtime/services/script-app';
import { propertyState } from '../../dev/gas-runtime/services/properties';
import { AddonHarness } from '../support/addon';

const addon = new AddonHarness();
beforeAll(() => addon.start());
beforeEach(() => addon.fresh());
afterAll(() => addon.stop());

const HOUR = 3_600_000;

function cardSync(filter: Record<string, unknown>, settings: Record<string, unknown> = {}): Sync {
  const saved = addon.call<SavedFilter>('saveFilter', { name: 'f', kind: 'cards', moduleId: 20, ...filter });
  return addon.call<Sync>('createSync', { filterId: saved.id, sheetName: 'Date', ...settings });
}

function step(id: string): RunResult {
  return addon.call<RunResult>('runSync', id);
}

it('a card purged while a multi-step sync fetches details does not stall it', async () => {
  await addon.control.seed(20, 1400);
  addon.connect();
  const s = cardSync({ fields: ['Id', 'Name', 'NotaInterna'] });
  expect(step(s.id).state).toBe('running');
  const cards = await addon.allCards('CategoryId=20&IsPrivate=0');
  const last = Number(cards[cards.length - 1].Id);
  await addon.control.purge([last]);
  let result: RunResult;
  let steps = 0;
  do result = step(s.id);
  while (result.state === 'running' && ++steps < 10);
  expect(result.message).toMatch(/\d/);
  expect(result.state).toBe('done');
  expect(result.rows).toBe(cards.length - 1);
});

it("a shared filter's Hash never appears in a message, the overview or the log", async () => {
  const feed = (await addon.sandbox.control.sharedFilters()).find(f => f.type === 'Project')!;
  const saved = addon.call<SavedFilter>('saveFilter', {
    name: 'x',
    kind: 'shared',
    code: `https://r3.minicrm.hu${feed.url}`,
  });
  const sync = addon.call<Sync>('createSync', { filterId: saved.id, sheetName: 'Date' });
  await addon.control.faults({ latencyMs: 61_000 });
  const result = step(sync.id);
  expect(result.code).toBe('NETWORK');
  const shown = JSON.stringify([result, addon.call('getOverview'), addon.sheet('MiniCRM Sync log')]);
  expect(shown).not.toContain(feed.hash);
});

it('upsert is refused where the first column repeats (a row per line item), before anything is written', () => {
  addon.connect();
  const saved = addon.call<SavedFilter>('saveFilter', {
    name: 'x',
    kind: 'documents',
    docType: 'Invoice',
    items: true,
  });
  expect(addon.failure('createSync', { filterId: saved.id, sheetName: 'Date', mode: 'upsert' })).toMatch(
    /^\[BAD_INPUT\].*upsert/,
  );
});

it('a run whose record cannot be saved writes nothing, and the next run is not locked out', () => {
  addon.connect();
  const s = cardSync({ statusGroup: 'Lead' });
  const store = propertyState(addon.runtime.world).document.get(addon.spreadsheetId)!;
  for (let i = 0; i < 60; i++) store.set(`filler:${i}`, 'x'.repeat(8640));
  const blocked = step(s.id);
  expect(blocked).toMatchObject({ state: 'failed', code: 'STORAGE_FULL' });
  expect(
    getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)?.sheets.some(
      sheet => sheet.name === 'Date',
    ),
  ).toBe(false);
  for (let i = 0; i < 60; i++) store.delete(`filler:${i}`);
  expect(step(s.id).state).toBe('done');
});

it('Refresh now reports a sync it had no time for as still to do, not as failed', async () => {
  await addon.control.seed(20, 1400);
  addon.connect();
  cardSync({ fields: ['Id', 'Name', 'NotaInterna'] }, { sheetName: 'Mare' });
  const small = addon.call<SavedFilter>('saveFilter', { name: 's', kind: 'cards', moduleId: 23 });
  addon.call('createSync', { filterId: small.id, sheetName: 'Mic' });
  addon.call('refreshAllNow');
  const runs = addon.call<Overview>('getOverview').syncs.map(sync => sync.lastRun?.state);
  expect(runs).not.toContain('failed');
});

it('a truncated sync keeps saying so on later runs, and follows a new row limit at once', () => {
  addon.connect();
  const s = cardSync({}, { rowLimit: 100, overLimit: 'truncate' });
  expect(step(s.id)).toMatchObject({ state: 'done', rows: 100, code: 'ROW_LIMIT' });
  addon.runtime.world.clock.advance(HOUR);
  const again = step(s.id);
  expect(again).toMatchObject({ rows: 100, code: 'ROW_LIMIT' });
  expect(again.totalRows).toBeGreaterThan(1000);
  addon.call('updateSync', s.id, { rowLimit: 8000 });
  expect(step(s.id).rows).toBe(again.totalRows);
});

it('an upsert whose target sheet was deleted starts the sheet afresh', () => {
  addon.connect();
  const s = cardSync({ statusGroup: 'Lead' }, { mode: 'upsert' });
  const first = step(s.id);
  const model = getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)!;
  model.sheets.splice(
    model.sheets.findIndex(sheet => sheet.name === 'Date'),
    1,
  );
  expect(step(s.id)).toMatchObject({ state: 'done', rows: first.rows });
  expect(addon.sheet('Date')).toHaveLength(first.rows + 1);
});

it('a daily schedule keeps running for more than 30 days', () => {
  addon.connect();
  cardSync({ statusGroup: 'Failed' });
  addon.call('setSchedule', { frequency: 'daily', atHour: 6 });
  const ran = addon.runtime.runTriggersUntil(addon.runtime.world.clock.now() + 40 * 24 * HOUR);
  expect(ran.length).toBe(40);
  expect(addon.call<Overview>('getOverview').syncs[0].lastRun?.origin).toBe('scheduled');
});

describe('contract review', () => {
  it("moves the user's rows below a growing block down instead of writing over them", () => {
    addon.connect();
    const s = cardSync({ statusGroup: 'Lead' }, { rowLimit: 10, overLimit: 'truncate' });
    step(s.id);
    const model = getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)!;
    seedSheetValues(model, 'Date', [['Total', 12345]], 13, 1);
    addon.call('updateSync', s.id, { rowLimit: 50 });
    const grown = step(s.id);
    expect(grown.rows).toBe(50);
    const values = addon.sheet('Date');
    expect(values.findIndex(row => row[0] === 'Total')).toBeGreaterThan(50);
    expect(values.find(row => row[0] === 'Total')?.[1]).toBe(12345);
  });

  it('fills a formula beside the block only into empty or formula cells, never over typed values', async () => {
    addon.connect();
    const s = cardSync({ statusGroup: 'Lead' });
    const first = step(s.id);
    const model = getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)!;
    seedSheetValues(model, 'Date', [['=A2*2'], [''], ['notă scrisă']], 2, 8);
    addon.runtime.world.clock.advance(HOUR);
    step(s.id);
    const values = addon.sheet('Date');
    // Row 3 was empty: filled. Row 4 holds a value the user typed: kept.
    expect(values[2][7]).toBe('=A3*2');
    expect(values[3][7]).toBe('notă scrisă');
    expect(values[first.rows][7]).toBe(`=A${first.rows + 1}*2`);
  });

  it('refuses a host of the wrong type with [BAD_HOST], and more than one trailing slash', () => {
    for (const host of [42, true, { a: 1 }, ['https://r3.minicrm.hu'], 'https://r3.minicrm.hu//']) {
      expect(addon.failure('connect', { systemId: '1', apiKey: 'k', host })).toMatch(/^\[BAD_HOST\]/);
    }
  });

  it('renames a shared filter without its secret: the masked code or no code keeps the stored one', async () => {
    const feed = (await addon.sandbox.control.sharedFilters())[0];
    const saved = addon.call<SavedFilter>('saveFilter', {
      name: 'a',
      kind: 'shared',
      code: `https://r3.minicrm.hu${feed.url}`,
    });
    const renamed = addon.call<SavedFilter>('saveFilter', { ...saved, name: 'b' });
    expect(renamed).toMatchObject({ id: saved.id, name: 'b' });
    const again = addon.call<SavedFilter>('saveFilter', { id: saved.id, name: 'c', kind: 'shared' });
    expect(again.kind === 'shared' && again.code).toBe(saved.kind === 'shared' && saved.code);
  });

  it('shows the repair of a vanished trigger even when opening the sidebar did the repair', () => {
    addon.call('setSchedule', { frequency: 'hourly', everyHours: 1 });
    triggerState(addon.runtime.world).triggers.splice(0);
    addon.runtime.run('showSidebar', [], { spreadsheetId: addon.spreadsheetId });
    expect(triggerState(addon.runtime.world).triggers).toHaveLength(1);
    expect(addon.call<Overview>('getOverview').notices?.map(n => n.code)).toContain('SCHEDULE_REPAIRED');
  });
});
