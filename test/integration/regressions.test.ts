// Regressions found in review: each test names the failure it keeps from coming back.
import type { Overview, RunResult, SavedFilter, Sync } from '../../src/shared/contract';
import { getSpreadsheetModel } from '../../dev/gas-runtime/services/spreadsheet';
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
