// ScriptApp: authorization info and installable time-driven triggers, with the editor add-on rules.
import type { Execution } from '../execution';
import { timeZoneOffsetMs, zonedFields } from '../time-zone';
import type { World } from '../world';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Apps Script's quota: 20 triggers per user per script. */
export const MAX_TRIGGERS_PER_USER = 20;
const ADD_ON_HOURS = [1, 2, 4, 6, 8, 12];
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/** When a clock trigger fires. */
export type ClockSchedule =
  | { kind: 'hours'; every: number }
  | { kind: 'days'; every: number; atHour: number; nearMinute: number }
  | { kind: 'weeks'; every: number; weekDay: number; atHour: number; nearMinute: number }
  | { kind: 'once'; at: number };

/** An installed trigger. */
export interface TriggerRecord {
  id: string;
  handler: string;
  userKey: string;
  /** The document the add-on created it in (add-on triggers belong to one document). */
  documentId: string | null;
  schedule: ClockSchedule;
  timeZone: string;
  nextRunAt: number;
  createdAt: number;
}

/** The trigger state of a world. */
export interface TriggerState {
  triggers: TriggerRecord[];
  counter: number;
  /** Users whose authorization lapsed (getAuthorizationInfo says REQUIRED for them). */
  lapsed: Set<string>;
}

/** The trigger state of a world (tests and the runtime's trigger loop read it). */
export function triggerState(world: World): TriggerState {
  return world.state('triggers', () => ({ triggers: [], counter: 0, lapsed: new Set<string>() }));
}

/**
 * The instant of a wall-clock time in a zone (month 0-based, overflowing days roll over as in `Date.UTC`): the
 * zone's offset is read at the wall time taken as UTC, then again at the instant that gives. This is the
 * trigger schedule's own rule, not `zonedWallTimeToEpoch`'s: in a DST gap or overlap, which offset wins
 * depends on the zone's side of UTC.
 */
function wallToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const wall = Date.UTC(year, month, day, hour, minute);
  const first = wall - timeZoneOffsetMs(wall, timeZone);
  return wall - timeZoneOffsetMs(first, timeZone);
}

/** A deterministic offset in [0, spanMs) per trigger: Google randomizes the minute once, then keeps it. */
function jitter(id: string, spanMs: number): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return (hash % Math.max(1, Math.floor(spanMs / 60_000))) * 60_000;
}

/** The first instant after `afterMs` at which a trigger fires. */
export function nextFireTime(
  trigger: Pick<TriggerRecord, 'id' | 'schedule' | 'timeZone' | 'createdAt'>,
  afterMs: number,
): number {
  const schedule = trigger.schedule;
  if (schedule.kind === 'once') return schedule.at > afterMs ? schedule.at : Number.POSITIVE_INFINITY;
  if (schedule.kind === 'hours') {
    const period = schedule.every * HOUR;
    const first = trigger.createdAt + jitter(trigger.id, period);
    if (afterMs < first) return first;
    return first + (Math.floor((afterMs - first) / period) + 1) * period;
  }
  // Daily and weekly triggers fire within their hour at a minute chosen once (or near the given minute).
  const minute = schedule.nearMinute >= 0 ? schedule.nearMinute : jitter(trigger.id, HOUR) / 60_000;
  const start = zonedFields(trigger.createdAt, trigger.timeZone);
  const stepDays = schedule.kind === 'weeks' ? 7 * schedule.every : schedule.every;
  let firstDay = 0;
  if (schedule.kind === 'weeks') firstDay = (schedule.weekDay - start.weekday + 7) % 7;
  const skip = Math.max(0, Math.floor((afterMs - trigger.createdAt) / (stepDays * DAY)) - 1);
  for (let k = skip; ; k++) {
    const day = firstDay + k * stepDays;
    const at = wallToInstant(
      start.year,
      start.month - 1,
      start.day + day,
      schedule.atHour,
      minute,
      trigger.timeZone,
    );
    if (at > afterMs && at > trigger.createdAt) return at;
    if (k > skip + 1000) return Number.POSITIVE_INFINITY;
  }
}

function triggerObject(record: TriggerRecord) {
  return {
    getUniqueId: () => record.id,
    getHandlerFunction: () => record.handler,
    getEventType: () => 'CLOCK',
    getTriggerSource: () => 'CLOCK',
    getTriggerSourceId: () => null,
    toString: () => 'Trigger',
    __record: record,
  };
}

/** The global `ScriptApp` of one execution; `addOn` applies the editor add-on trigger rules. */
export function createScriptApp(
  world: World,
  exec: Execution,
  options: { addOn: boolean; scriptId: string },
) {
  const state = triggerState(world);
  const mine = () => state.triggers.filter(t => t.userKey === exec.user.key);

  const clockBuilder = (handler: string) => {
    let schedule: ClockSchedule | null = null;
    let everyMinutes: number | null = null;
    let atHour = -1;
    let nearMinute = -1;
    let timeZone = world.scriptTimeZone;
    const builder = {
      everyMinutes(n: number) {
        everyMinutes = n;
        return builder;
      },
      everyHours(n: number) {
        schedule = { kind: 'hours', every: n };
        return builder;
      },
      everyDays(n: number) {
        schedule = { kind: 'days', every: n, atHour: 0, nearMinute: -1 };
        return builder;
      },
      everyWeeks(n: number) {
        schedule = { kind: 'weeks', every: n, weekDay: 1, atHour: 0, nearMinute: -1 };
        return builder;
      },
      onWeekDay(day: string) {
        const weekDay = WEEKDAYS.indexOf(String(day));
        if (weekDay < 0) throw exec.error('Exception: Invalid argument: weekDay');
        schedule = {
          kind: 'weeks',
          every: schedule?.kind === 'weeks' ? schedule.every : 1,
          weekDay,
          atHour: 0,
          nearMinute: -1,
        };
        return builder;
      },
      atHour(hour: number) {
        if (!Number.isInteger(hour) || hour < 0 || hour > 23)
          throw exec.error('Exception: Invalid argument: hour');
        atHour = hour;
        return builder;
      },
      nearMinute(minute: number) {
        nearMinute = minute;
        return builder;
      },
      inTimezone(zone: string) {
        timeZone = zone;
        return builder;
      },
      after(ms: number) {
        schedule = { kind: 'once', at: world.clock.now() + ms };
        return builder;
      },
      at(date: Date) {
        schedule = { kind: 'once', at: date.getTime() };
        return builder;
      },
      create() {
        exec.enter('ScriptApp.TriggerBuilder.create', 'external');
        if (everyMinutes !== null) {
          if (options.addOn)
            throw exec.error(
              'Exception: The recurrence interval for an Add-on trigger must be at least one hour.',
            );
          schedule = { kind: 'hours', every: everyMinutes / 60 };
        }
        if (!schedule) throw exec.error('Exception: Missing the schedule of a time-based trigger.');
        const final: ClockSchedule = schedule;
        if (final.kind === 'hours' && options.addOn && !ADD_ON_HOURS.includes(final.every)) {
          throw exec.error(
            'Exception: The recurrence interval for an Add-on trigger must be at least one hour.',
          );
        }
        if ((final.kind === 'days' || final.kind === 'weeks') && atHour >= 0) final.atHour = atHour;
        if ((final.kind === 'days' || final.kind === 'weeks') && nearMinute >= 0)
          final.nearMinute = nearMinute;
        const documentId = exec.options.activeSpreadsheetId;
        if (options.addOn) {
          if (documentId === null)
            throw exec.error(
              'Exception: Add-ons can only create triggers for the file in which the add-on is used.',
            );
          if (mine().some(t => t.documentId === documentId)) {
            throw exec.error(
              'Exception: This add-on has created too many time-based triggers in this document for this Google user account.',
            );
          }
        }
        if (mine().length >= MAX_TRIGGERS_PER_USER) {
          throw exec.error(
            'Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.',
          );
        }
        state.counter += 1;
        const now = world.clock.now();
        const record: TriggerRecord = {
          id: String(1_000_000 + state.counter),
          handler,
          userKey: exec.user.key,
          documentId,
          schedule: final,
          timeZone,
          nextRunAt: 0,
          createdAt: now,
        };
        record.nextRunAt = nextFireTime(record, now);
        state.triggers.push(record);
        return triggerObject(record);
      },
    };
    return builder;
  };

  return {
    AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', FULL: 'FULL' },
    AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
    EventType: {
      CLOCK: 'CLOCK',
      ON_OPEN: 'ON_OPEN',
      ON_EDIT: 'ON_EDIT',
      ON_CHANGE: 'ON_CHANGE',
      ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
    },
    TriggerSource: { CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS' },
    WeekDay: Object.fromEntries(WEEKDAYS.map(day => [day, day])),
    getAuthorizationInfo(_mode: string) {
      exec.enter('ScriptApp.getAuthorizationInfo', 'basic');
      const required = state.lapsed.has(exec.user.key);
      return {
        getAuthorizationStatus: () => (required ? 'REQUIRED' : 'NOT_REQUIRED'),
        getAuthorizationUrl: () =>
          required ? 'https://script.google.com/macros/d/emulator/authorize' : null,
        toString: () => 'AuthorizationInfo',
      };
    },
    newTrigger(functionName: string) {
      exec.enter('ScriptApp.newTrigger', 'external');
      return { timeBased: () => clockBuilder(String(functionName)), toString: () => 'TriggerBuilder' };
    },
    getUserTriggers(spreadsheet: { getId(): string }) {
      exec.enter('ScriptApp.getUserTriggers', 'external');
      const id = spreadsheet.getId();
      return exec.realm.Array.from(
        mine()
          .filter(t => t.documentId === id)
          .map(t => triggerObject(t)),
      );
    },
    getProjectTriggers() {
      exec.enter('ScriptApp.getProjectTriggers', 'external');
      return exec.realm.Array.from(mine().map(t => triggerObject(t)));
    },
    deleteTrigger(trigger: { getUniqueId(): string }) {
      exec.enter('ScriptApp.deleteTrigger', 'external');
      const id = trigger.getUniqueId();
      const index = state.triggers.findIndex(t => t.id === id && t.userKey === exec.user.key);
      if (index >= 0) state.triggers.splice(index, 1);
    },
    getScriptId() {
      exec.enter('ScriptApp.getScriptId', 'basic');
      return options.scriptId;
    },
    getOAuthToken() {
      exec.enter('ScriptApp.getOAuthToken', 'external');
      return 'emulator-oauth-token';
    },
    toString: () => 'ScriptApp',
  };
}
