// LockService: document, script and user locks; another execution's hold is simulated with holdLock().
import type { Execution } from '../execution';
import type { World } from '../world';

/** Who holds which lock until when (virtual ms); `execution` marks the current execution's own locks. */
interface LockState {
  holds: Map<string, { until: number; holder: Execution | 'other' }>;
}

function lockState(world: World): LockState {
  return world.state('locks', () => ({ holds: new Map() }));
}

/**
 * Simulates another execution holding a lock until a virtual instant (e.g. a scheduled run in progress), so
 * tests can check what a manual run does meanwhile. Scope: `document:<spreadsheetId>`, `script`, `user:<key>`.
 */
export function holdLock(world: World, scope: string, untilMs: number): void {
  lockState(world).holds.set(scope, { until: untilMs, holder: 'other' });
}

/** Releases every lock an execution still holds (Apps Script does this when a script ends). */
export function releaseLocksOf(world: World, exec: Execution): void {
  for (const [scope, hold] of lockState(world).holds)
    if (hold.holder === exec) lockState(world).holds.delete(scope);
}

function lockObject(world: World, exec: Execution, scope: string) {
  const state = lockState(world);
  const holdsIt = () => state.holds.get(scope)?.holder === exec;
  const tryLock = (timeoutMs: number): boolean => {
    if (holdsIt()) return true;
    const hold = state.holds.get(scope);
    const now = world.clock.now();
    if (hold && hold.until > now) {
      if (hold.until > now + timeoutMs) {
        exec.spend(timeoutMs);
        return false;
      }
      exec.spend(hold.until - now);
    }
    state.holds.set(scope, { until: Number.POSITIVE_INFINITY, holder: exec });
    return true;
  };
  return {
    tryLock(timeoutInMillis: number) {
      exec.enter('LockService.Lock.tryLock', 'basic');
      return tryLock(Math.max(0, Number(timeoutInMillis) || 0));
    },
    waitLock(timeoutInMillis: number) {
      exec.enter('LockService.Lock.waitLock', 'basic');
      if (!tryLock(Math.max(0, Number(timeoutInMillis) || 0))) {
        throw exec.error('Exception: Lock timeout: another process was holding the lock for too long.');
      }
    },
    hasLock() {
      exec.enter('LockService.Lock.hasLock', 'basic');
      return holdsIt();
    },
    releaseLock() {
      exec.enter('LockService.Lock.releaseLock', 'basic');
      if (holdsIt()) state.holds.delete(scope);
    },
    toString: () => 'Lock',
  };
}

/** The global `LockService` of one execution. */
export function createLockService(world: World, exec: Execution) {
  return {
    /** Null outside a document context, as Apps Script returns. */
    getDocumentLock() {
      exec.enter('LockService.getDocumentLock', 'basic');
      const id = exec.documentId;
      return id === null ? null : lockObject(world, exec, `document:${id}`);
    },
    getScriptLock() {
      exec.enter('LockService.getScriptLock', 'basic');
      return lockObject(world, exec, 'script');
    },
    getUserLock() {
      exec.enter('LockService.getUserLock', 'basic');
      return lockObject(world, exec, `user:${exec.user.key}`);
    },
    toString: () => 'LockService',
  };
}
