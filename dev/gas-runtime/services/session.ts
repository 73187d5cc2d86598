// Session, Logger and console: who runs the script, its time zone and locale, and the execution log.
import { format } from 'node:util';
import type { Execution } from '../execution';
import type { World } from '../world';

/** The global `Session` of one execution. */
export function createSession(world: World, exec: Execution, scopes: string[]) {
  const canSeeEmail = scopes.some(scope => scope.endsWith('/userinfo.email'));
  const user = () => ({ getEmail: () => (canSeeEmail ? exec.user.email : ''), toString: () => 'User' });
  return {
    getActiveUser() {
      exec.enter('Session.getActiveUser', 'external');
      return user();
    },
    getEffectiveUser() {
      exec.enter('Session.getEffectiveUser', 'external');
      return user();
    },
    /** Available in every mode: the authorization table lists "locale only" as user data for NONE. */
    getActiveUserLocale() {
      exec.enter('Session.getActiveUserLocale', 'basic');
      return exec.user.locale;
    },
    getScriptTimeZone() {
      exec.enter('Session.getScriptTimeZone', 'basic');
      return world.scriptTimeZone;
    },
    getTemporaryActiveUserKey() {
      exec.enter('Session.getTemporaryActiveUserKey', 'basic');
      return exec.user.key;
    },
    toString: () => 'Session',
  };
}

/** The global `Logger` of one execution. */
export function createLogger(exec: Execution) {
  let lines: string[] = [];
  return {
    log(message: unknown, ...values: unknown[]) {
      exec.enter('Logger.log', 'basic');
      const line = format(String(message), ...values);
      lines.push(line);
      exec.logs.push(line);
    },
    getLog: () => lines.join('\n'),
    clear: () => {
      lines = [];
    },
    toString: () => 'Logger',
  };
}

/** The global `console` of one execution: lines go to the execution log (Cloud Logging on Google). */
export function createConsole(exec: Execution) {
  const write =
    (level: string) =>
    (...values: unknown[]) => {
      exec.logs.push(`${level}: ${format(...values)}`);
    };
  return {
    log: write('INFO'),
    info: write('INFO'),
    warn: write('WARNING'),
    error: write('ERROR'),
    debug: write('DEBUG'),
  };
}
