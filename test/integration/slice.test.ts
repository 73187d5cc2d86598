// One sync end to end, through dist/ (what ships) in the emulator, against the MiniCRM sandbox.
import type { ConnectResult, Field, Overview, RunResult, SavedFilter, Sync } from '../../src/shared/contract';
import { getSpreadsheetModel, seedSheetValues } from '../../dev/gas-runtime/services/spreadsheet';
import { holdLock } from '../../dev/gas-runtime/services/lock';
import { fetchState } from '../../dev/gas-runtime/services/url-fetch';
import { AddonHarness } from '../support/addon';
import { DIST_DEV } from '../support/paths';

const SALES = 20; // the sandbox's "Vânzări" module
const addon = new AddonHarness();

beforeAll(() => addon.start());
beforeEach(() => addon.fresh());
afterAll(() => addon.stop());

function createCardSync(sheetName: string, extra: Record<string, unknown> = {}): Sync {
  const filter = addon.call<SavedFilter>('saveFilter', {
    name: 'Vânzări deschise',
    kind: 'cards',
    moduleId: SALES,
  });
  return addon.call<Sync>('createSync', { filterId: filter.id, sheetName, ...extra });
}

describe('connecting', () => {
  it('verifies the key with MiniCRM and lists its products', () => {
    const result = addon.call<ConnectResult>('connect', {
      systemId: String(addon.sandbox.credentials.systemId),
      apiKey: addon.sandbox.credentials.apiKey,
    });
    expect(result.host).toBe('https://r3.minicrm.hu');
    expect(result.modules.map(m => m.name)).toEqual(expect.arrayContaining(['Vânzări', 'Értékesítés']));
    expect(addon.call<Overview>('getOverview')).toMatchObject({
      connected: true,
      account: { systemId: String(addon.sandbox.credentials.systemId), host: 'https://r3.minicrm.hu' },
    });
  });

  it('refuses a wrong key with [AUTH_FAILED], says where keys are made, and stores nothing', () => {
    const message = addon.failure('connect', {
      systemId: String(addon.sandbox.credentials.systemId),
      apiKey: 'wrong-key',
    });
    expect(message).toMatch(/^\[AUTH_FAILED\] .*(Setări → Sistem|Settings → System)/);
    expect(addon.call<Overview>('getOverview').connected).toBe(false);
  });

  it('never returns or logs the API key', () => {
    addon.connect();
    const everything = JSON.stringify([
      addon.call('getOverview'),
      addon.call('listSavedFilters'),
      fetchState(addon.runtime.world).log,
    ]);
    expect(everything).not.toContain(addon.sandbox.credentials.apiKey);
  });

  it("lists a module's fields with their types", () => {
    addon.connect();
    const fields = addon.call<Field[]>('listFields', SALES);
    expect(fields).toEqual(
      expect.arrayContaining([
        { key: 'Id', type: 'number' },
        expect.objectContaining({ key: 'StatusId', type: 'enum' }),
      ]),
    );
    expect(new Set(fields.map(f => f.type))).toEqual(
      new Set(['number', 'text', 'date', 'enum', 'multi', 'boolean', 'file']),
    );
  });
});

describe("one sync of a module's cards, replace mode", () => {
  it('writes every non-confidential card as a typed block at A1 with a frozen header', async () => {
    addon.connect();
    const sync = createCardSync('Vânzări');
    const result = addon.call<RunResult>('runSync', sync.id);

    const expected = await addon.allCards(`CategoryId=${SALES}&IsPrivate=0`);
    const schema = await addon.crm<Record<string, Record<string, string>>>(`/Api/R3/Schema/Project/${SALES}`);
    expect(result).toMatchObject({ state: 'done', rows: expected.length, totalRows: expected.length });
    expect(result.requests).toBe(
      Math.ceil(expected.length / 100) + (expected.length % 100 === 0 ? 1 : 0) + 1,
    );
    expect(result.message).toMatch(new RegExp(`${expected.length}`));

    const values = addon.sheet('Vânzări');
    expect(values[0]).toEqual(['Id', 'Name', 'StatusId', 'UserId', 'ContactId', 'BusinessId']);
    expect(values).toHaveLength(expected.length + 1);
    values.slice(1).forEach((row, i) => {
      const card = expected[i];
      expect(row[0]).toBe(card.Id);
      expect(row[1]).toBe(card.Name);
      expect(row[2]).toBe(schema.StatusId[String(card.StatusId)]);
      expect(row[3]).toBe(schema.UserId[String(card.UserId)]);
      expect(row[4]).toBe(card.ContactId);
      expect(row[5]).toBe(card.BusinessId ?? '');
    });
    const sheet = getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)?.sheets.find(
      s => s.name === 'Vânzări',
    );
    expect(sheet?.frozenRows).toBe(1);
  });

  it('records the run for the overview', () => {
    addon.connect();
    const sync = createCardSync('Vânzări');
    const result = addon.call<RunResult>('runSync', sync.id);
    const finishedAt = addon.runtime.world.clock.now();
    const overview = addon.call<Overview>('getOverview');
    expect(overview.syncs[0]).toMatchObject({
      id: sync.id,
      lastRun: { state: 'done', rows: result.rows, message: result.message },
    });
    const at = Date.parse(overview.syncs[0].lastRun?.at ?? '');
    expect(at).toBeLessThanOrEqual(finishedAt);
    expect(at).toBeGreaterThan(finishedAt - 1000);
  });

  it("on a re-run, clears rows the source no longer holds and keeps the user's columns to the right", async () => {
    addon.connect();
    const sync = createCardSync('Vânzări');
    const first = addon.call<RunResult>('runSync', sync.id);
    const model = getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)!;
    seedSheetValues(model, 'Vânzări', [['Note'], ['call back']], 1, 8);
    const cards = await addon.allCards(`CategoryId=${SALES}&IsPrivate=0`);
    await addon.control.trash(cards.slice(0, 5).map(c => Number(c.Id)));

    const second = addon.call<RunResult>('runSync', sync.id);
    expect(second.rows).toBe(first.rows - 5);
    const values = addon.sheet('Vânzări');
    // The data range ends at the new block: the five stale rows below it were cleared.
    expect(values).toHaveLength(second.rows + 1);
    expect(values.slice(1).map(row => row[0])).toEqual(cards.slice(5).map(card => card.Id));
    expect(values[0][7]).toBe('Note');
    expect(values[1][7]).toBe('call back');
  });

  it("refuses a sheet holding someone else's data with [SHEET_NOT_EMPTY] and leaves it as it was", () => {
    addon.connect();
    addon.runtime.run('showSidebar', [], { spreadsheetId: addon.spreadsheetId });
    const model = getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)!;
    const sheetName = model.sheets[0].name;
    seedSheetValues(model, sheetName, [['Buget 2026', 1200]]);
    const sync = createCardSync(sheetName);
    const result = addon.call<RunResult>('runSync', sync.id);
    expect(result).toMatchObject({ state: 'stopped', code: 'SHEET_NOT_EMPTY', rows: 0 });
    expect(addon.sheet(sheetName)).toEqual([['Buget 2026', 1200]]);
  });

  it('says [NOT_CONNECTED] when nobody has connected this spreadsheet', () => {
    const sync = createCardSync('Vânzări');
    expect(addon.call<RunResult>('runSync', sync.id)).toMatchObject({
      state: 'failed',
      code: 'NOT_CONNECTED',
      requests: 0,
    });
  });

  it('waits for a run already in progress, then says [BUSY] without touching the sheet', () => {
    addon.connect();
    const sync = createCardSync('Vânzări');
    holdLock(
      addon.runtime.world,
      `document:${addon.spreadsheetId}`,
      addon.runtime.world.clock.now() + 120_000,
    );
    expect(addon.call<RunResult>('runSync', sync.id)).toMatchObject({
      state: 'stopped',
      code: 'BUSY',
      requests: 0,
    });
    expect(
      getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)?.sheets.some(s => s.name === 'Vânzări'),
    ).toBe(false);
  });

  it('keeps a filter that a sync uses: [IN_USE]', () => {
    const sync = createCardSync('Vânzări');
    expect(addon.failure('deleteFilter', sync.filterId)).toMatch(/^\[IN_USE\]/);
    addon.call('deleteSync', sync.id);
    expect(addon.call('deleteFilter', sync.filterId)).toBeNull();
  });
});

describe('the 8000-row guard', () => {
  beforeEach(() => addon.control.seed(SALES, 9500));

  it('stops without touching the sheet when the filter holds more than the limit', () => {
    addon.connect();
    const sync = createCardSync('Mare');
    const result = addon.call<RunResult>('runSync', sync.id);
    expect(result).toMatchObject({ state: 'stopped', code: 'ROW_LIMIT', rows: 0 });
    expect(result.totalRows).toBeGreaterThan(8000);
    expect(result.requests).toBe(1);
    expect(result.message).toMatch(/^\[ROW_LIMIT\]/);
    expect(
      getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)?.sheets.some(s => s.name === 'Mare'),
    ).toBe(false);
  });

  it('writes the first 8000 rows and says so when the sync allows truncation', () => {
    addon.connect();
    const sync = createCardSync('Mare', { overLimit: 'truncate' });
    const result = addon.call<RunResult>('runSync', sync.id);
    expect(result).toMatchObject({ state: 'done', code: 'ROW_LIMIT', rows: 8000 });
    expect(result.totalRows).toBeGreaterThan(8000);
    expect(addon.sheet('Mare')).toHaveLength(8001);
  });
});

describe('the development build', () => {
  it('accepts the loopback sandbox as the MiniCRM host', async () => {
    await addon.fresh(DIST_DEV);
    const result = addon.call<ConnectResult>('connect', {
      systemId: String(addon.sandbox.credentials.systemId),
      apiKey: addon.sandbox.credentials.apiKey,
      host: addon.sandbox.origin,
    });
    expect(result.host).toBe(addon.sandbox.origin);
    expect(result.modules.length).toBeGreaterThan(0);
  });
});
