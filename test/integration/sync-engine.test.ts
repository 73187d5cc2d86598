// The sync engine through dist/ against the sandbox: multi-step full-field syncs, incremental runs, modes,
// the user's formulas and columns, and staged data that never shows as the result.
import type { RunResult, SavedFilter, Sync } from '../../src/shared/contract';
import {
  getSpreadsheetModel,
  readSheetValues,
  seedSheetValues,
} from '../../dev/gas-runtime/services/spreadsheet';
import { AddonHarness } from '../support/addon';

const SALES = 20;
const FIELDS = [
  'Id',
  'Name',
  'StatusId',
  'ValoareEstimata',
  'DataInchidere',
  'UltimaContactare',
  'TelefonContact',
  'NotaInterna',
];
const addon = new AddonHarness();

beforeAll(() => addon.start());
beforeEach(() => addon.fresh());
afterAll(() => addon.stop());

function sync(filter: Record<string, unknown>, settings: Record<string, unknown> = {}): Sync {
  const saved = addon.call<SavedFilter>('saveFilter', {
    name: 'f',
    kind: 'cards',
    moduleId: SALES,
    ...filter,
  });
  return addon.call<Sync>('createSync', { filterId: saved.id, sheetName: 'Date', ...settings });
}

/** Runs one step in its own execution, as the sidebar or a trigger does; returns the result and its duration. */
function step(id: string): { result: RunResult; durationMs: number } {
  const execution = addon.runtime.run<RunResult>('runSync', [id], { spreadsheetId: addon.spreadsheetId });
  if (!execution.ok) throw new Error(execution.error);
  return { result: execution.value as RunResult, durationMs: execution.durationMs };
}

function runToEnd(id: string): { results: RunResult[]; longestMs: number } {
  const results: RunResult[] = [];
  let longestMs = 0;
  for (let i = 0; i < 50; i++) {
    const { result, durationMs } = step(id);
    results.push(result);
    longestMs = Math.max(longestMs, durationMs);
    if (result.state !== 'running') return { results, longestMs };
  }
  throw new Error('sync never finished');
}

const sheetNames = () =>
  getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)?.sheets.map(s => ({
    name: s.name,
    hidden: Boolean((s as { hidden?: boolean }).hidden),
  })) ?? [];

describe('a full-field first sync of 2000 cards', () => {
  it('proceeds in steps under the 6-minute limit, never shows staged data, and ends complete and correct', async () => {
    await addon.control.seed(SALES, 2270);
    addon.connect();
    const s = sync({ fields: FIELDS });
    const first = step(s.id);
    expect(first.result.state).toBe('running');
    expect(first.result.message).toMatch(/\d+ din \d+|\d+ of \d+/);
    // Nothing in the target yet; the staging sheet is hidden and named as the add-on's.
    expect(sheetNames().some(sheet => sheet.name === 'Date')).toBe(false);
    expect(sheetNames().find(sheet => sheet.name.startsWith('MiniCRM Sync data'))?.hidden).toBe(true);

    const { results, longestMs } = runToEnd(s.id);
    const done = results[results.length - 1];
    expect(results.length).toBeGreaterThan(2);
    expect(longestMs).toBeLessThan(6 * 60_000);
    expect(done.state).toBe('done');

    const expected = await addon.allCards(`CategoryId=${SALES}&IsPrivate=0`);
    expect(expected.length).toBeGreaterThan(1950);
    const values = addon.sheet('Date');
    expect(values[0]).toEqual(FIELDS);
    expect(values.slice(1).map(row => row[0])).toEqual(expected.map(card => card.Id));
    for (const index of [0, 500, expected.length - 1]) {
      const card = await addon.crm<Record<string, unknown>>(`/Api/R3/Project/${expected[index].Id}`);
      const row = values[index + 1];
      expect(row[1]).toBe(card.Name);
      expect(row[2]).toBe(card.StatusId);
      expect(row[3]).toBe(card.ValoareEstimata === '' ? '' : Number(card.ValoareEstimata));
      expect(row[6]).toBe(card.TelefonContact);
      expect(row[7]).toBe(card.NotaInterna);
    }
  });
});

describe('incremental runs', () => {
  it('re-running an unchanged module makes a handful of requests, not one per page', () => {
    addon.connect();
    const s = sync({});
    const first = step(s.id).result;
    expect(first.requests).toBeGreaterThan(10);
    const again = step(s.id).result;
    expect(again).toMatchObject({ state: 'done', rows: first.rows });
    expect(again.requests).toBeLessThanOrEqual(5);
  });

  it('after 10 cards change, fetches no more than the change searches plus those 10', async () => {
    addon.connect();
    const s = sync({ fields: FIELDS });
    runToEnd(s.id);
    const cards = await addon.allCards(`CategoryId=${SALES}&IsPrivate=0`);
    const changed = cards.slice(100, 110).map(card => Number(card.Id));
    addon.runtime.world.clock.advance(3_600_000);
    await addon.control.touch(changed, { Name: 'Schimbat SRL' });
    const { result } = step(s.id);
    expect(result.state).toBe('done');
    expect(result.requests).toBeLessThanOrEqual(1 + 3 + 10 + 2);
    const names = new Map(
      addon
        .sheet('Date')
        .slice(1)
        .map(row => [row[0], row[1]]),
    );
    for (const id of changed) expect(names.get(id)).toBe('Schimbat SRL');
  });

  it('removes cards trashed or moved out of the filter since the last run', async () => {
    addon.connect();
    const s = sync({ statusGroup: 'Open' });
    const first = step(s.id).result;
    const open = await addon.allCards(`CategoryId=${SALES}&IsPrivate=0&StatusGroup=Open`);
    expect(first.rows).toBe(open.length);
    addon.runtime.world.clock.advance(3_600_000);
    await addon.control.trash([Number(open[0].Id), Number(open[1].Id)]);
    await addon.control.touch([Number(open[2].Id)], { StatusId: 'Câștigat' });
    const second = step(s.id).result;
    expect(second.rows).toBe(open.length - 3);
    const ids = addon
      .sheet('Date')
      .slice(1)
      .map(row => row[0]);
    expect(ids).not.toContain(open[0].Id);
    expect(ids).not.toContain(open[2].Id);
  });

  it('catches cards purged outright at the next full check (at most daily)', async () => {
    addon.connect();
    const s = sync({});
    const first = step(s.id).result;
    const cards = await addon.allCards(`CategoryId=${SALES}&IsPrivate=0`);
    await addon.control.purge([Number(cards[5].Id)]);
    addon.runtime.world.clock.advance(3_600_000);
    expect(step(s.id).result.rows).toBe(first.rows);
    addon.runtime.world.clock.advance(24 * 3_600_000);
    expect(step(s.id).result.rows).toBe(first.rows - 1);
  });
});

describe('modes', () => {
  it('append adds each run under the previous ones with a "Synced at" column', () => {
    addon.connect();
    const s = sync({ statusGroup: 'Success' }, { mode: 'append' });
    const first = step(s.id).result;
    addon.runtime.world.clock.advance(3_600_000);
    const second = step(s.id).result;
    expect(second.rows).toBe(first.rows * 2);
    const values = addon.sheet('Date');
    expect(values[0][0]).toBe('Synced at');
    expect(values).toHaveLength(first.rows * 2 + 1);
    expect((values[1][0] as Date).getTime()).toBeLessThan((values[first.rows + 1][0] as Date).getTime());
  });

  it("upsert updates rows in place, appends new ones, and keeps the user's notes beside their rows", async () => {
    addon.connect();
    const s = sync({ statusGroup: 'Lead' }, { mode: 'upsert' });
    step(s.id);
    const model = getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)!;
    const before = addon.sheet('Date');
    seedSheetValues(model, 'Date', [['Notă'], ['sună luni'], ['trimite ofertă'], ['fără']], 1, 8);
    const [first, second, third] = before.slice(1, 4).map(row => Number(row[0]));
    addon.runtime.world.clock.advance(3_600_000);
    await addon.control.touch([second], { Name: 'Actualizat SA' });
    await addon.control.trash([first]);
    const result = step(s.id).result;
    expect(result.message).toMatch(/1/);
    const after = addon.sheet('Date');
    // The trashed card's row is emptied in place; every note stays beside the row it was written for.
    expect(after[1].slice(0, 6)).toEqual(['', '', '', '', '', '']);
    expect(after[1][7]).toBe('sună luni');
    expect(after[2][0]).toBe(second);
    expect(after[2][1]).toBe('Actualizat SA');
    expect(after[2][7]).toBe('trimite ofertă');
    expect(after[3][0]).toBe(third);
    expect(after[3][7]).toBe('fără');
    expect(after.slice(1).map(row => row[0])).not.toContain(first);
  });
});

describe("the user's work around the block", () => {
  it('fills a formula in the first data row beside the block down to the new last row', async () => {
    addon.connect();
    const s = sync({ statusGroup: 'Lead' });
    const first = step(s.id).result;
    const model = getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)!;
    seedSheetValues(model, 'Date', [['Dublu'], ['=A2*2']], 1, 8);
    addon.runtime.world.clock.advance(3_600_000);
    const open = await addon.allCards(`CategoryId=${SALES}&IsPrivate=0&StatusGroup=Lead`);
    await addon.control.trash([Number(open[0].Id)]);
    const second = step(s.id).result;
    expect(second.rows).toBe(first.rows - 1);
    const formulas = addon.sheet('Date').map(row => row[7]);
    expect(formulas[1]).toBe('=A2*2');
    expect(formulas[second.rows]).toBe(`=A${second.rows + 1}*2`);
    expect(formulas).toHaveLength(second.rows + 1);
  });

  it('keeps the header frozen and logs every run in the run log sheet, newest first', () => {
    addon.connect();
    const s = sync({ statusGroup: 'Failed' });
    step(s.id);
    step(s.id);
    const log = addon.sheet('MiniCRM Sync log');
    expect(log[0].slice(0, 4)).toEqual(['When', 'Sheet', 'Started by', 'State']);
    expect(log).toHaveLength(3);
    expect(log[1].slice(1, 4)).toEqual(['Date', 'manual', 'done']);
  });
});

describe('confidential cards', () => {
  it('are left out unless the filter includes them', async () => {
    addon.connect();
    const without = step(sync({ statusGroup: 'Success' }).id).result;
    const all = await addon.allCards(`CategoryId=${SALES}&StatusGroup=Success`);
    const withThem = step(
      sync({ statusGroup: 'Success', includeConfidential: true }, { sheetName: 'Toate' }).id,
    ).result;
    expect(withThem.rows).toBe(all.length);
    expect(without.rows).toBeLessThan(all.length);
  });
});

describe("the add-on's own hidden sheet", () => {
  it('is rebuilt from MiniCRM when someone deletes it, never read as "no cards"', () => {
    addon.connect();
    const s = sync({ statusGroup: 'Open' });
    const first = step(s.id).result;
    const model = getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)!;
    model.sheets.splice(
      model.sheets.findIndex(sheet => sheet.name.startsWith('MiniCRM Sync data')),
      1,
    );
    const second = step(s.id).result;
    expect(second).toMatchObject({ state: 'done', rows: first.rows });
    expect(addon.sheet('Date')).toHaveLength(first.rows + 1);
  });
});

describe('the daily full check', () => {
  it('fetches again the details of a card whose change the incremental runs missed', () => {
    addon.connect();
    const s = sync({ statusGroup: 'Lead', fields: ['Id', 'Name', 'StatusId', 'NotaInterna'] });
    expect(step(s.id).result.state).toBe('done');
    const model = getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)!;
    const mirror = model.sheets.find(sheet => sheet.name.startsWith('MiniCRM Sync data'))!;
    // Pretend a change slipped through: the stored details of the first card are out of date.
    const [id, json] = readSheetValues(model, mirror.name)[1] as [number, string];
    const real = JSON.parse(json) as Record<string, unknown>;
    seedSheetValues(model, mirror.name, [[id, JSON.stringify({ ...real, Name: 'Nume vechi' })]], 2, 1);
    addon.runtime.world.clock.advance(3_600_000);
    step(s.id);
    expect(addon.sheet('Date')[1][1]).toBe('Nume vechi');
    addon.runtime.world.clock.advance(25 * 3_600_000);
    step(s.id);
    expect(addon.sheet('Date')[1][1]).toBe(real.Name);
  });
});
