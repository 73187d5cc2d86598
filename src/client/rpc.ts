// google.script.run as promises, typed from the server's exports: renaming a server function breaks this build.
import type * as Server from '../server/index';

type ServerApi = typeof Server;

/** The server functions the sidebar may call (entry points such as onOpen are not for the sidebar). */
export type SidebarFunction =
  | 'connect'
  | 'disconnect'
  | 'getOverview'
  | 'listModules'
  | 'listFields'
  | 'listSavedFilters'
  | 'saveFilter'
  | 'deleteFilter'
  | 'createSync'
  | 'updateSync'
  | 'deleteSync'
  | 'runSync'
  | 'setSchedule';

type Runner = {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner } };

/** Calls a server function; resolves with its result, rejects with its `[CODE] sentence` error. */
export function callServer<K extends SidebarFunction>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler(value => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler(error => reject(error));
    runner[name](...args);
  });
}

/** The code in brackets at the start of a server error message, e.g. `AUTH_FAILED`. */
export function errorCodeOf(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  return /^\[([A-Z_]+)\]/.exec(message)?.[1] ?? null;
}
