// Limits and edge cases through dist/: Google's cell and storage limits, copies of a spreadsheet, time zones.
import type { Overview, RunResult, SavedFilter, Sync } from '../../src/shared/contract';
import { propertyState } from '../../dev/gas-runtime/services/properties';
import { getSpreadsheetModel } from '../../dev/gas-runtime/services/spreadsheet';
import { budapestWallTimeToInstant } from '../../src/core/time/budapest';
import { AddonHarness } from '../support/addon';

const addon = new AddonHarness();
beforeAll(() => addon.start());
beforeEach(() => addon.fresh());
afterAll(() => addon.stop());

function cardSync(sheetName: string, fields?: string[]): Sync {
  const filter = addon.call<SavedFilter>('saveFilter', {
    name: sheetName,
    kind: 'cards',
    moduleId: 20,
    fields,
  });
  return addon.call<Sync>('createSync', { filterId: filter.id, sheetName });
}

describe("Google's limits", () => {
  it('refuses a write that would pass 10 million cells, before creating anything', () => {
    addon.connect();
    const model = getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)!;
    model.sheets[0].maxRows = 384_000; // 384,000 × 26 = 9,984,000 cells
    const result = addon.call<RunResult>('runSync', cardSync('Vânzări').id);
    expect(result).toMatchObject({ state: 'stopped', code: 'CELL_LIMIT' });
    expect(model.sheets.map(sheet => sheet.name)).not.toContain('Vânzări');
  });

  it('says the settings storage is full instead of failing obscurely', () => {
    // 60 values of 8.6 KB: just past Google's 500 KB per store.
    const store = propertyState(addon.runtime.world).document;
    store.set(
      addon.spreadsheetId,
      new Map(Array.from({ length: 60 }, (_, i) => [`filler:${i}`, 'x'.repeat(8600)])),
    );
    const message = addon.failure('saveFilter', { name: 'x', kind: 'cards', moduleId: 20 });
    expect(message).toMatch(/^\[STORAGE_FULL\]/);
  });
});

describe('a copy of the spreadsheet', () => {
  it("does not run with the original person's key: it asks to connect", () => {
    addon.connect();
    const sync = cardSync('Vânzări');
    expect(addon.call<RunResult>('runSync', sync.id).state).toBe('done');
    // Copy the spreadsheet with its document properties (the worst case: the library travels with it).
    const copy = addon.runtime.createSpreadsheet({ name: 'Copie' }).id;
    const properties = propertyState(addon.runtime.world).document;
    properties.set(copy, new Map(properties.get(addon.spreadsheetId)));
    expect(addon.runtime.call<Overview>(copy, 'getOverview').connected).toBe(false);
    expect(addon.runtime.call<RunResult>(copy, 'runSync', sync.id)).toMatchObject({
      state: 'failed',
      code: 'NOT_CONNECTED',
    });
  });
});

describe('time zones', () => {
  it("writes the right instants and calendar dates whatever the spreadsheet's zone", async () => {
    addon.spreadsheetId = addon.runtime.createSpreadsheet({
      name: 'New York',
      timeZone: 'America/New_York',
    }).id;
    addon.connect();
    const sync = cardSync('Date', ['Id', 'DataInchidere', 'UltimaContactare']);
    let result: RunResult;
    do result = addon.call<RunResult>('runSync', sync.id);
    while (result.state === 'running');
    const rows = addon.sheet('Date').slice(1);
    const nyDate = (date: Date) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(date);
    let checked = 0;
    for (const row of rows.slice(0, 40)) {
      const card = await addon.crm<Record<string, string>>(`/Api/R3/Project/${row[0]}`);
      if (card.DataInchidere) {
        expect(row[1]).toBeInstanceOf(Date);
        expect(nyDate(row[1] as Date)).toBe(card.DataInchidere.slice(0, 10));
        checked++;
      }
      if (card.UltimaContactare) {
        const [d, t] = card.UltimaContactare.split(' ');
        const [y, m, day] = d.split('-').map(Number);
        const [hh, mm, ss] = t.split(':').map(Number);
        expect((row[2] as Date).getTime()).toBe(
          budapestWallTimeToInstant(Date.UTC(y, m - 1, day, hh, mm, ss)),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
