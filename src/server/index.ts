// The only file Apps Script sees: entry points (CONTRACT §2) and the sidebar API (§3), each a few lines.
// Every named export becomes a top-level function declaration in dist/Code.js (gas-webpack-plugin).
import * as catalog from '../core/app/catalog';
import * as connection from '../core/app/connection';
import { fetchDeadline, type AppContext } from '../core/app/context';
import * as filters from '../core/app/filters';
import * as schedule from '../core/app/schedule';
import { NO_SYNCS } from '../core/i18n/schedule-messages';
import { getOverview as overviewOf } from '../core/app/overview';
import { runSync as runSyncStep, type RunOrigin } from '../core/app/run-sync';
import * as syncs from '../core/app/syncs';
import { AppError, formatError, isAppError } from '../core/errors';
import { activeContext, contextFor, currentLanguage, userStore } from '../gas/context';
import type {
  ConnectInput,
  ConnectResult,
  Field,
  FilterInput,
  Module,
  Overview,
  RunResult,
  SavedFilter,
  Schedule,
  Sync,
  SyncInput,
} from '../shared/contract';

/** Replaced at build time: true only in the development build, which accepts loopback MiniCRM hosts. */
declare const __DEV_BUILD__: boolean;

const ADDON_TITLE = 'MiniCRM Sync';

/** Runs syncs one after another, each step after step while time remains; returns each final message. */
function runAll(context: AppContext, list: Sync[], origin: RunOrigin): string[] {
  // The client keeps 15 s per request in hand; a step started later would only report it ran out of time.
  const timeLeft = () => fetchDeadline(context) - 15_000 - context.clock.now();
  return list.map(sync => {
    if (timeLeft() <= 0)
      return `${sync.sheetName}: ${formatError(new AppError('TIME_BUDGET'), context.language)}`;
    context.workbook.toast(`${sync.sheetName}…`, ADDON_TITLE);
    let result = runSyncStep(context, sync.id, origin);
    while (result.state === 'running' && timeLeft() > 0) result = runSyncStep(context, sync.id, origin);
    return result.message;
  });
}

/** Runs a sidebar call with its context; failures become `Error("[CODE] sentence")` in the person's language. */
function call<T>(work: (context: AppContext) => T): T {
  const startedAt = Date.now();
  try {
    return work(activeContext(__DEV_BUILD__, startedAt));
  } catch (error) {
    const language = currentLanguage();
    // google.script.run carries only the message, so the sentence is the error; the original is logged.
    // eslint-disable-next-line preserve-caught-error
    if (isAppError(error)) throw new Error(formatError(error, language));
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    // eslint-disable-next-line preserve-caught-error
    throw new Error(formatError(new AppError('INTERNAL'), language));
  }
}

/** Adds the add-on menu. Runs in AuthMode.NONE too, so it touches nothing but the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open', 'showSidebar')
    .addItem('Refresh now', 'refreshAllNow')
    .addToUi();
}

/** Installing the add-on: the menu at once, without reloading. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Opens the sidebar. */
export function showSidebar(): void {
  // Opening the add-on repairs a schedule whose trigger vanished (the sidebar then shows the notice).
  call(context => schedule.repairSchedule(context));
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Menu "Refresh now": runs every sync of this spreadsheet now and reports with toasts. */
export function refreshAllNow(): void {
  call(context => {
    const missed = schedule.takeUnseenFailures(context);
    if (missed.length)
      context.workbook.toast(missed.map(f => `${f.sheet}: ${f.message}`).join('\n'), ADDON_TITLE);
    const messages = runAll(context, syncs.listSyncs(context), 'manual');
    context.workbook.toast(messages.length ? messages.join('\n') : NO_SYNCS[context.language], ADDON_TITLE);
  });
}

/**
 * The time-driven trigger's handler. Its event names no spreadsheet, so the trigger's id leads to it; a lapsed
 * authorization or a vanished spreadsheet is recorded, never thrown (add-on triggers send no failure emails).
 */
export function onScheduledRefresh(e?: GoogleAppsScript.Events.TimeDriven): void {
  const startedAt = Date.now();
  const triggerId = String((e as { triggerUid?: string } | undefined)?.triggerUid ?? '');
  const store = userStore();
  const spreadsheetId = schedule.spreadsheetOfTrigger(store, triggerId);
  try {
    if (!spreadsheetId) {
      console.warn(`onScheduledRefresh: trigger ${triggerId} serves no spreadsheet; removing it`);
      ScriptApp.getProjectTriggers()
        .filter(t => t.getUniqueId() === triggerId)
        .forEach(t => ScriptApp.deleteTrigger(t));
      return;
    }
    if (
      ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus() ===
      ScriptApp.AuthorizationStatus.REQUIRED
    ) {
      schedule.recordLapsedAuthorization(store, spreadsheetId, startedAt);
      return;
    }
    schedule.scheduledRefresh(
      contextFor(SpreadsheetApp.openById(spreadsheetId), __DEV_BUILD__, startedAt),
      triggerId,
    );
  } catch (error) {
    console.error(
      `onScheduledRefresh ${spreadsheetId}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
}

/** Verifies the key with MiniCRM and stores it for this person and spreadsheet. */
export function connect(input: ConnectInput): ConnectResult {
  return call(context => connection.connect(context, input));
}

/** Forgets this person's key for this spreadsheet. */
export function disconnect(): null {
  return call(context => connection.disconnect(context));
}

/** Everything the sidebar shows first. */
export function getOverview(): Overview {
  return call(context => overviewOf(context));
}

/** MiniCRM's products for the connected account. */
export function listModules(): Module[] {
  return call(context => catalog.listModules(context));
}

/** The card fields of a module. */
export function listFields(moduleId: number): Field[] {
  return call(context => catalog.listFields(context, moduleId));
}

/** This spreadsheet's saved filters (shared codes masked). */
export function listSavedFilters(): SavedFilter[] {
  return call(context => filters.listSavedFilters(context));
}

/** Saves a filter (updates it when `input.id` is given). */
export function saveFilter(input: FilterInput): SavedFilter {
  return call(context => filters.saveFilter(context, input));
}

/** Deletes a filter no sync uses. */
export function deleteFilter(id: string): null {
  return call(context => filters.deleteFilter(context, id));
}

/** Creates a sync of a filter into a sheet. */
export function createSync(input: SyncInput): Sync {
  return call(context => syncs.createSync(context, input));
}

/** Changes a sync's settings. */
export function updateSync(id: string, patch: Partial<SyncInput>): Sync {
  return call(context => syncs.updateSync(context, id, patch));
}

/** Deletes a sync; the sheet keeps its data. */
export function deleteSync(id: string): null {
  return call(context => syncs.deleteSync(context, id));
}

/** One step of a sync; while `state` is `running`, call again. */
export function runSync(id: string): RunResult {
  return call(context => runSyncStep(context, id));
}

/** Sets the refresh schedule of this spreadsheet (exactly one trigger for this user; none for 'off'). */
export function setSchedule(input: Schedule): Schedule & { nextRunAt?: string } {
  return call(context => schedule.setSchedule(context, input));
}
