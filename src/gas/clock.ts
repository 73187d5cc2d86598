// Time for the core: Date for now, Utilities.sleep for waiting (Apps Script has no timers).
import type { Clock, Log } from '../core/ports';

/** The Clock port on Apps Script. */
export const appsScriptClock: Clock = {
  now: () => Date.now(),
  sleep: ms => Utilities.sleep(Math.max(0, Math.round(ms))),
};

/** The Log port on Apps Script's console (Cloud Logging for a deployed add-on). Never pass secrets. */
export const appsScriptLog: Log = {
  info: message => console.info(message),
  warn: message => console.warn(message),
};
