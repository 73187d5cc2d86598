// Scheduling: one trigger per user per spreadsheet, repaired when it vanished, runs shared fairly, quota warned.
import type { Notice, Schedule } from '../../shared/contract';
import type { Language } from '../../shared/error-codes';
import { SCHEDULE_NOTICES } from '../i18n/schedule-messages';
import { nextRunAt, recurrenceOf, runsPerDay, validateSchedule } from '../schedule/schedule';
import { Library, utf8Length } from '../store/library';
import type { AppContext } from './context';
import { fetchDeadline } from './context';
import { runSync } from './run-sync';

/** Google's daily limits for a consumer account (quota table). */
export const DAILY_TRIGGER_MINUTES = 90;
export const DAILY_FETCHES = 20_000;
/** The least time a sync is given in a shared scheduled execution; others wait for the next run. */
const MIN_SHARE_MS = 90_000;
const MAX_UNSEEN = 20;

/** The schedule as stored in the spreadsheet, with who owns its trigger. */
export interface StoredSchedule {
  schedule: Schedule;
  /**
   * A random token the owner also keeps in their own user properties: triggers run as their creator, and
   * only the owner's trigger may run the schedule. (Session's temporary user key rotates every 30 days, so
   * it cannot serve as an identity.)
   */
  ownerToken: string;
  setAt: number;
}

/** A scheduled run's failure the person has not been shown yet. */
export interface UnseenFailure {
  at: string;
  sheet: string;
  message: string;
}

const SCHEDULE_KEY = 'schedule';
const LAST_RUN_KEY = 'schedule:last-run';
const UNSEEN_KEY = 'unseen-failures';
/** Apps Script allows 9 KB a property value; the unseen failures stay well under it. */
const MAX_UNSEEN_BYTES = 7_500;
const ownerKey = (spreadsheetId: string) => `schedule-owner:${spreadsheetId}`;
const repairedKey = (spreadsheetId: string) => `schedule-repaired:${spreadsheetId}`;
const triggerKey = (id: string) => `trigger:${id}`;
const lapsedKey = (spreadsheetId: string) => `lapsed:${spreadsheetId}`;

function readJson<T>(raw: string | null, fallback: T): T {
  if (raw === null) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}

/** The stored schedule (off when none). */
export function storedSchedule(context: AppContext): StoredSchedule | null {
  return readJson<StoredSchedule | null>(context.documentStore.get(SCHEDULE_KEY), null);
}

function saveSchedule(context: AppContext, stored: StoredSchedule): void {
  context.documentStore.set(SCHEDULE_KEY, JSON.stringify(stored));
}

/** Whether the person running this execution owns the stored schedule's trigger. */
function ownsSchedule(context: AppContext, stored: StoredSchedule): boolean {
  return (
    Boolean(stored.ownerToken) && context.userStore.get(ownerKey(context.spreadsheetId)) === stored.ownerToken
  );
}

function newToken(context: AppContext): string {
  const random = () => Math.floor(Math.random() * 36 ** 8).toString(36);
  return `${context.clock.now().toString(36)}-${random()}${random()}`;
}

/** When the last scheduled run started (kept apart, so a run never writes back a schedule changed meanwhile). */
function lastRunAt(context: AppContext): number | undefined {
  const value = Number(context.documentStore.get(LAST_RUN_KEY));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Removes every trigger of this user in this spreadsheet, and what pointed at them. */
function removeMyTriggers(context: AppContext): void {
  for (const { id } of context.triggers.list()) {
    context.triggers.delete(id);
    context.userStore.delete(triggerKey(id));
  }
}

function installTrigger(context: AppContext, schedule: Schedule): void {
  const recurrence = recurrenceOf(schedule);
  if (!recurrence) return;
  const id = context.triggers.create(recurrence, context.workbook.timeZone());
  // The trigger's event names no spreadsheet: this is how its run finds its way back.
  context.userStore.set(triggerKey(id), context.spreadsheetId);
}

/** Sets the schedule: exactly one trigger for this user in this spreadsheet (none for 'off'). */
export function setSchedule(context: AppContext, input: Schedule): Schedule & { nextRunAt?: string } {
  const schedule = validateSchedule(input);
  removeMyTriggers(context);
  installTrigger(context, schedule);
  const ownerToken = newToken(context);
  context.userStore.set(ownerKey(context.spreadsheetId), ownerToken);
  const stored: StoredSchedule = { schedule, ownerToken, setAt: context.clock.now() };
  saveSchedule(context, stored);
  context.userStore.delete(lapsedKey(context.spreadsheetId));
  return withNextRun(context, stored);
}

function withNextRun(context: AppContext, stored: StoredSchedule | null): Schedule & { nextRunAt?: string } {
  if (!stored || stored.schedule.frequency === 'off') return { frequency: 'off' };
  const next = nextRunAt(
    stored.schedule,
    context.clock.now(),
    lastRunAt(context),
    stored.setAt,
    context.workbook.timeZone(),
    context.zoneOffset,
  );
  return next === undefined
    ? { ...stored.schedule }
    : { ...stored.schedule, nextRunAt: new Date(next).toISOString() };
}

function notice(
  language: Language,
  code: keyof typeof SCHEDULE_NOTICES,
  params: Record<string, string | number> = {},
): Notice {
  return { code, message: SCHEDULE_NOTICES[code][language](params) };
}

/** Warns when the schedule would need more of Google's daily trigger time or fetches than a consumer account has. */
function quotaNotices(context: AppContext, stored: StoredSchedule): Notice[] {
  const library = new Library(context.documentStore);
  const perDay = runsPerDay(stored.schedule);
  let minutes = 0;
  let fetches = 0;
  for (const sync of library.syncs().filter(s => s.scheduled !== false)) {
    const run = library.runRecord(sync.id).lastRun;
    minutes += ((run?.durationMs ?? 0) / 60_000) * perDay;
    fetches += (run?.requests ?? 0) * perDay;
  }
  const notices: Notice[] = [];
  if (minutes > DAILY_TRIGGER_MINUTES)
    notices.push(
      notice(context.language, 'QUOTA', { minutes: Math.round(minutes), limit: DAILY_TRIGGER_MINUTES }),
    );
  if (fetches > DAILY_FETCHES)
    notices.push(
      notice(context.language, 'QUOTA_FETCHES', { fetches: Math.round(fetches), limit: DAILY_FETCHES }),
    );
  return notices;
}

/**
 * Puts back a trigger that vanished (deleted by the person, or the add-on disabled) when its owner opens the
 * add-on, and remembers to say so the next time the overview is shown.
 */
export function repairSchedule(context: AppContext): void {
  const stored = storedSchedule(context);
  if (!stored || stored.schedule.frequency === 'off' || !ownsSchedule(context, stored)) return;
  if (context.triggers.list().length > 0) return;
  installTrigger(context, stored.schedule);
  context.userStore.set(repairedKey(context.spreadsheetId), new Date(context.clock.now()).toISOString());
}

/** The schedule for the overview, with what the person should know first: a repair, a lapsed authorization, quota. */
export function scheduleOverview(context: AppContext): {
  schedule: Schedule & { nextRunAt?: string };
  notices: Notice[];
} {
  repairSchedule(context);
  const stored = storedSchedule(context);
  const notices: Notice[] = [];
  if (context.userStore.get(repairedKey(context.spreadsheetId))) {
    notices.push(notice(context.language, 'SCHEDULE_REPAIRED'));
    context.userStore.delete(repairedKey(context.spreadsheetId));
  }
  const lapsed = context.userStore.get(lapsedKey(context.spreadsheetId));
  if (lapsed) notices.push(notice(context.language, 'AUTH_LAPSED', { at: lapsed }));
  if (stored && stored.schedule.frequency !== 'off') notices.push(...quotaNotices(context, stored));
  return { schedule: withNextRun(context, stored), notices };
}

/** The spreadsheet a trigger belongs to (its event names none). */
export function spreadsheetOfTrigger(userStore: AppContext['userStore'], triggerId: string): string | null {
  return userStore.get(triggerKey(triggerId));
}

/** Forgets a trigger that has no spreadsheet to serve any more. */
export function forgetTrigger(userStore: AppContext['userStore'], triggerId: string): void {
  userStore.delete(triggerKey(triggerId));
}

/** Records that a scheduled run found the authorization lapsed (it cannot throw: nobody would see it). */
export function recordLapsedAuthorization(
  userStore: AppContext['userStore'],
  spreadsheetId: string,
  at: number,
): void {
  userStore.set(lapsedKey(spreadsheetId), new Date(at).toISOString());
}

/** Failures of scheduled runs the person has not seen yet, cleared as they are shown. */
export function takeUnseenFailures(context: AppContext): UnseenFailure[] {
  const unseen = readJson<UnseenFailure[]>(context.documentStore.get(UNSEEN_KEY), []);
  if (unseen.length) context.documentStore.delete(UNSEEN_KEY);
  return unseen;
}

/**
 * A scheduled refresh: runs every scheduled sync (and finishes any in progress), least recently run first,
 * the execution's time shared between them; one sync's failure never stops the others. A trigger whose
 * schedule was taken over by another person removes itself.
 */
export function scheduledRefresh(context: AppContext, triggerId: string): void {
  const stored = storedSchedule(context);
  if (!stored || stored.schedule.frequency === 'off' || !ownsSchedule(context, stored)) {
    context.triggers.delete(triggerId);
    forgetTrigger(context.userStore, triggerId);
    return;
  }
  context.userStore.delete(lapsedKey(context.spreadsheetId));
  const library = new Library(context.documentStore);
  const lastAt = (id: string) => Date.parse(library.runRecord(id).lastRun?.at ?? '') || 0;
  const syncs = library
    .syncs()
    .filter(sync => sync.scheduled !== false)
    .sort((a, b) => lastAt(a.id) - lastAt(b.id));
  const unseen: UnseenFailure[] = [];
  const end = fetchDeadline(context);
  syncs.forEach((sync, index) => {
    const share = (end - context.clock.now()) / (syncs.length - index);
    if (end - context.clock.now() < MIN_SHARE_MS) return;
    const own = { ...context, deadline: context.clock.now() + Math.max(share, MIN_SHARE_MS) };
    let result = runSync(own, sync.id, 'scheduled');
    while (result.state === 'running' && context.clock.now() < (own.deadline ?? end) - 15_000)
      result = runSync(own, sync.id, 'scheduled');
    if (result.state === 'failed' || result.state === 'stopped') {
      unseen.push({
        at: new Date(context.clock.now()).toISOString(),
        sheet: sync.sheetName,
        message: result.message,
      });
    }
  });
  context.documentStore.set(LAST_RUN_KEY, String(context.startedAt));
  if (unseen.length) {
    const previous = readJson<UnseenFailure[]>(context.documentStore.get(UNSEEN_KEY), []);
    let kept = [...previous, ...unseen].slice(-MAX_UNSEEN);
    // Oldest first out until the list fits one property value.
    while (kept.length > 1 && utf8Length(JSON.stringify(kept)) > MAX_UNSEEN_BYTES) kept = kept.slice(1);
    context.documentStore.set(UNSEEN_KEY, JSON.stringify(kept));
  }
}
