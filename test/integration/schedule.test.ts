// Scheduling through dist/ on the emulator's virtual clock: triggers that really run, never pile up, and say
// so when they cannot.
import type { Overview, RunResult, SavedFilter, Schedule, Sync } from '../../src/shared/contract';
import { getSpreadsheetModel, seedSheetValues } from '../../dev/gas-runtime/services/spreadsheet';
import { triggerState } from '../../dev/gas-runtime/services/script-app';
import { AddonHarness } from '../support/addon';

const HOUR = 3_600_000;
const addon = new AddonHarness();
beforeAll(() => addon.start());
beforeEach(() => addon.fresh());
afterAll(() => addon.stop());

const triggers = () => triggerState(addon.runtime.world).triggers;

function createSync(filter: Record<string, unknown>, sheetName: string): Sync {
  const saved = addon.call<SavedFilter>('saveFilter', {
    name: sheetName,
    kind: 'cards',
    moduleId: 20,
    ...filter,
  });
  return addon.call<Sync>('createSync', { filterId: saved.id, sheetName });
}

/** Scheduled runs in the log sheet per sheet name, and their states. */
function scheduledRuns(): Map<string, string[]> {
  const runs = new Map<string, string[]>();
  for (const row of addon.sheet('MiniCRM Sync log').slice(1)) {
    if (row[2] !== 'scheduled') continue;
    runs.set(String(row[1]), [...(runs.get(String(row[1])) ?? []), String(row[3])]);
  }
  return runs;
}

describe('an hourly schedule over 24 hours', () => {
  it('runs every scheduled sync 24 times, never more, with one trigger throughout', () => {
    addon.connect();
    createSync({ statusGroup: 'Lead' }, 'Lead');
    createSync({ statusGroup: 'Open' }, 'Open');
    const set = addon.call<Schedule & { nextRunAt?: string }>('setSchedule', {
      frequency: 'hourly',
      everyHours: 1,
    });
    expect(set).toMatchObject({ frequency: 'hourly', everyHours: 1 });
    expect(Date.parse(set.nextRunAt ?? '')).toBeGreaterThan(addon.runtime.world.clock.now());
    const start = addon.runtime.world.clock.now();
    let most = 0;
    for (let hour = 1; hour <= 24; hour++) {
      const ran = addon.runtime.runTriggersUntil(start + hour * HOUR);
      expect(ran.every(r => r.result.ok)).toBe(true);
      most = Math.max(most, triggers().length);
    }
    expect(most).toBe(1);
    const runs = scheduledRuns();
    expect(runs.get('Lead')).toHaveLength(24);
    expect(runs.get('Open')).toHaveLength(24);
    expect([...runs.values()].flat().every(state => state === 'done')).toBe(true);
  });
});

describe('setSchedule', () => {
  it('keeps exactly one trigger however often the schedule changes, and none when off', () => {
    const schedules: Schedule[] = [
      { frequency: 'hourly', everyHours: 4 },
      { frequency: 'daily', atHour: 7 },
      { frequency: 'weekly', weekday: 1, atHour: 8 },
      { frequency: 'hourly', everyHours: 12 },
    ];
    for (const schedule of schedules) {
      expect(addon.call('setSchedule', schedule)).toMatchObject(schedule);
      expect(triggers()).toHaveLength(1);
    }
    expect(addon.call('setSchedule', { frequency: 'off' })).toEqual({ frequency: 'off' });
    expect(triggers()).toHaveLength(0);
    expect(addon.call<Overview>('getOverview').schedule).toEqual({ frequency: 'off' });
  });

  it("never touches another spreadsheet's trigger", () => {
    const other = addon.runtime.createSpreadsheet({ name: 'Alt raport' }).id;
    addon.runtime.call(other, 'setSchedule', { frequency: 'daily', atHour: 6 });
    addon.call('setSchedule', { frequency: 'hourly', everyHours: 2 });
    addon.call('setSchedule', { frequency: 'off' });
    expect(triggers().map(t => t.documentId)).toEqual([other]);
  });

  it('refuses what an add-on cannot schedule', () => {
    expect(addon.failure('setSchedule', { frequency: 'hourly', everyHours: 3 })).toMatch(/^\[BAD_INPUT\]/);
    expect(addon.failure('setSchedule', { frequency: 'daily', atHour: 24 })).toMatch(/^\[BAD_INPUT\]/);
    expect(addon.failure('setSchedule', { frequency: 'minutely' })).toMatch(/^\[BAD_INPUT\]/);
    expect(triggers()).toHaveLength(0);
  });

  it("reports the next expected run of a daily schedule at its hour in the spreadsheet's zone", () => {
    const set = addon.call<Schedule & { nextRunAt?: string }>('setSchedule', {
      frequency: 'daily',
      atHour: 7,
    });
    // The virtual clock starts 2026-11-02 09:00 UTC (10:00 in Budapest): the next 07:00 there is tomorrow 06:00 UTC.
    expect(set.nextRunAt).toBe('2026-11-03T06:00:00.000Z');
  });
});

describe('failures are visible where people look', () => {
  it('a sync failing every run is reported each time while the others keep running', () => {
    addon.connect();
    createSync({ statusGroup: 'Lead' }, 'Bun');
    const model = getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)!;
    addon.runtime.run('showSidebar', [], { spreadsheetId: addon.spreadsheetId });
    createSync({ statusGroup: 'Open' }, model.sheets[0].name);
    seedSheetValues(model, model.sheets[0].name, [['Date personale']]);
    addon.call('setSchedule', { frequency: 'hourly', everyHours: 1 });
    addon.runtime.runTriggersUntil(addon.runtime.world.clock.now() + 6 * HOUR);
    const runs = scheduledRuns();
    expect(runs.get('Bun')).toEqual(Array(6).fill('done'));
    expect(runs.get(model.sheets[0].name)).toEqual(Array(6).fill('stopped'));
    const overview = addon.call<Overview>('getOverview');
    expect(overview.notices?.map(n => n.code)).toContain('SHEET_NOT_EMPTY');
    // The next Refresh now first shows what the scheduled runs could not do.
    addon.call('refreshAllNow');
    const toasts = addon.runtime.world.ui(addon.spreadsheetId).toasts.map(t => t.message);
    expect(toasts[0]).toMatch(/SHEET_NOT_EMPTY/);
  });

  it('a lapsed authorization is recorded, not thrown, and shown first', () => {
    addon.connect();
    createSync({ statusGroup: 'Lead' }, 'Lead');
    addon.call('setSchedule', { frequency: 'hourly', everyHours: 1 });
    triggerState(addon.runtime.world).lapsed.add(addon.runtime.world.users[0].key);
    const ran = addon.runtime.runTriggersUntil(addon.runtime.world.clock.now() + 2 * HOUR);
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.every(r => r.result.ok)).toBe(true);
    expect(addon.call<Overview>('getOverview').notices?.[0].code).toBe('AUTH_LAPSED');
    expect(
      getSpreadsheetModel(addon.runtime.world, addon.spreadsheetId)?.sheets.some(s => s.name === 'Lead'),
    ).toBe(false);
  });
});

describe('repairs and quota', () => {
  it('puts back a trigger that vanished when its owner opens the add-on, and says so', () => {
    addon.call('setSchedule', { frequency: 'hourly', everyHours: 2 });
    triggers().splice(0);
    const overview = addon.call<Overview>('getOverview');
    expect(overview.notices?.[0].code).toBe('SCHEDULE_REPAIRED');
    expect(triggers()).toHaveLength(1);
  });

  it("does not repair another person's schedule with a second trigger", () => {
    addon.call('setSchedule', { frequency: 'hourly', everyHours: 2 });
    const someoneElse = addon.runtime.world.users[1];
    addon.runtime.run('getOverview', [], { spreadsheetId: addon.spreadsheetId, user: someoneElse });
    expect(triggers()).toHaveLength(1);
  });

  it("warns when an hourly schedule would use more than a day's trigger time", () => {
    addon.connect();
    const saved = addon.call<SavedFilter>('saveFilter', {
      name: 'Proiecte',
      kind: 'cards',
      moduleId: 22,
      fields: ['Id', 'Name', 'Buget', 'TermenLimita'],
    });
    const sync = addon.call<Sync>('createSync', { filterId: saved.id, sheetName: 'Proiecte' });
    addon.call('setSchedule', { frequency: 'hourly', everyHours: 1 });
    addon.runtime.runTriggersUntil(addon.runtime.world.clock.now() + HOUR + 60_000);
    const lastRun = addon.call<Overview>('getOverview').syncs.find(s => s.id === sync.id)?.lastRun;
    expect(lastRun?.durationMs).toBeGreaterThan(4 * 60_000);
    expect(addon.call<Overview>('getOverview').notices?.map(n => n.code)).toContain('QUOTA');
  });

  it('finishes a multi-step sync across scheduled runs', async () => {
    await addon.control.seed(20, 1400);
    addon.connect();
    const sync = createSync({ fields: ['Id', 'Name', 'ValoareEstimata', 'NotaInterna'] }, 'Mare');
    addon.call('setSchedule', { frequency: 'hourly', everyHours: 1 });
    let hours = 0;
    let state: RunResult['state'] | undefined;
    while (state !== 'done' && hours < 12) {
      hours++;
      addon.runtime.runTriggersUntil(addon.runtime.world.clock.now() + HOUR);
      state = addon.call<Overview>('getOverview').syncs.find(s => s.id === sync.id)?.lastRun?.state;
    }
    expect(state).toBe('done');
    expect(hours).toBeGreaterThan(1);
    const expected = await addon.allCards('CategoryId=20&IsPrivate=0');
    expect(addon.sheet('Mare')).toHaveLength(expected.length + 1);
  });
});
