// Builds the core's AppContext from Apps Script's services, for one server call or one scheduled run.
import type { AppContext } from '../core/app/context';
import { languageOf, type Language } from '../shared/error-codes';
import { CacheStore } from './cache-store';
import { appsScriptClock, appsScriptLog } from './clock';
import { UrlFetchHttp } from './http';
import { DocumentLock } from './lock';
import { PropertiesStore } from './properties-store';
import { appsScriptZoneOffset, SpreadsheetTriggers } from './triggers';
import { SpreadsheetWorkbook } from './workbook';

/** The person's language, from their Google locale. */
export function currentLanguage(): Language {
  try {
    return languageOf(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/** The person's own properties (their keys, their triggers' spreadsheets). */
export function userStore(): PropertiesStore {
  return new PropertiesStore(PropertiesService.getUserProperties());
}

/** The AppContext of a spreadsheet for the person running this execution. */
export function contextFor(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  allowLoopback: boolean,
  startedAt: number,
): AppContext {
  const documentProperties = PropertiesService.getDocumentProperties();
  if (!documentProperties)
    throw new Error("The spreadsheet's properties are not available in this execution.");
  return {
    spreadsheetId: spreadsheet.getId(),
    language: currentLanguage(),
    allowLoopback,
    startedAt,
    http: new UrlFetchHttp(),
    clock: appsScriptClock,
    userStore: userStore(),
    documentStore: new PropertiesStore(documentProperties),
    pacingCache: new CacheStore(CacheService.getScriptCache()),
    workbook: new SpreadsheetWorkbook(spreadsheet),
    lock: new DocumentLock(),
    log: appsScriptLog,
    triggers: new SpreadsheetTriggers(spreadsheet),
    zoneOffset: appsScriptZoneOffset,
  };
}

/** The AppContext of the active spreadsheet. */
export function activeContext(allowLoopback: boolean, startedAt: number): AppContext {
  return contextFor(SpreadsheetApp.getActiveSpreadsheet(), allowLoopback, startedAt);
}
