// Everything one server call needs from the outside, handed in by the entry file; the use cases take only this.
import type { Language } from '../../shared/error-codes';
import type { Clock, Http, KeyValueStore, Lock, Log, TriggerPort, WorkbookPort, ZoneOffset } from '../ports';

/** Apps Script stops an execution after 6 minutes. */
export const EXECUTION_LIMIT_MS = 6 * 60_000;
/** Time kept back from fetching for staging, writing the sheet and recording the run. */
export const WRITE_RESERVE_MS = 75_000;

/** The ports and facts of one execution. */
export interface AppContext {
  /** The spreadsheet the add-on works in. */
  spreadsheetId: string;
  language: Language;
  /** Whether loopback MiniCRM hosts are accepted (development builds only). */
  allowLoopback: boolean;
  /** When this execution started (epoch ms): budgets count from here. */
  startedAt: number;
  http: Http;
  clock: Clock;
  /** The person's own properties (secrets live here). */
  userStore: KeyValueStore;
  /** The spreadsheet's properties (filters, syncs, run records). */
  documentStore: KeyValueStore;
  workbook: WorkbookPort;
  /** Short-lived storage shared by all executions (Apps Script's script cache): request pacing per account. */
  pacingCache: KeyValueStore;
  /** The document lock that keeps runs from interleaving. */
  lock: Lock;
  log: Log;
  /** This user's scheduled-refresh trigger of this spreadsheet. */
  triggers: TriggerPort;
  zoneOffset: ZoneOffset;
  /** A tighter deadline for the work at hand (a scheduled run shares its execution between syncs). */
  deadline?: number;
}

/** The instant after which no new request may start in this execution. */
export function fetchDeadline(context: AppContext): number {
  const execution = context.startedAt + EXECUTION_LIMIT_MS - WRITE_RESERVE_MS;
  return context.deadline === undefined ? execution : Math.min(execution, context.deadline);
}
