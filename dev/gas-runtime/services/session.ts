// Session: who runs the script, its locale, and the script's time zone.
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
