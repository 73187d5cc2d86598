// Builds the core's AppContext from Apps Script's services, lazily, for one server call.
import type { AppContext } from '../core/app/context';
import { languageOf, type Language } from '../shared/error-codes';
import { CacheStore } from './cache-store';
import { appsScriptClock, appsScriptLog } from './clock';
import { UrlFetchHttp } from './http';
import { DocumentLock } from './lock';
import { PropertiesStore } from './properties-store';
import { SpreadsheetWorkbook } from './workbook';

/** The person's language, from their Google locale. */
export function currentLanguage(): Language {
  try {
    return languageOf(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/** The AppContext of the active spreadsheet for the person running this execution. */
export function activeContext(allowLoopback: boolean, startedAt: number): AppContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return {
    spreadsheetId: spreadsheet.getId(),
    language: currentLanguage(),
    allowLoopback,
    startedAt,
    http: new UrlFetchHttp(),
    clock: appsScriptClock,
    userStore: new PropertiesStore(PropertiesService.getUserProperties()),
    documentStore: new PropertiesStore(PropertiesService.getDocumentProperties()),
    userCache: new CacheStore(CacheService.getUserCache()),
    workbook: new SpreadsheetWorkbook(spreadsheet),
    lock: new DocumentLock(),
    log: appsScriptLog,
  };
}
