// A ready Execution for unit tests of the emulator's services, and a helper to read the errors they throw.
import { Execution, type AuthMode, type Realm } from '../../dev/gas-runtime/execution';
import { World } from '../../dev/gas-runtime/world';

/** How a test wants its execution; everything is optional. */
export interface TestExecutionOptions {
  /** The world the execution runs in; a new one when absent. */
  world?: World;
  /** Default FULL. */
  authMode?: AuthMode;
  /** The document the execution runs in; none (null) by default. */
  activeSpreadsheetId?: string | null;
  /** Virtual ms the execution may run; Apps Script's 6 minutes by default. */
  maxExecutionMs?: number;
  /** Default 'run', i.e. past the bundle's loading, so service calls are allowed. */
  phase?: 'load' | 'run';
  /** The script realm's constructors; Node's own by default. */
  realm?: Realm;
}

/**
 * An execution of the world's first user, ready for service calls: as the runtime leaves it once the bundle
 * loaded, without a V8 context. Create the service under test with the returned world and execution.
 */
export function testExecution(options: TestExecutionOptions = {}): { world: World; exec: Execution } {
  const world = options.world ?? new World();
  const exec = new Execution(world.clock, {
    authMode: options.authMode ?? 'FULL',
    user: world.users[0],
    activeSpreadsheetId: options.activeSpreadsheetId ?? null,
    maxExecutionMs: options.maxExecutionMs,
  });
  exec.phase = options.phase ?? 'run';
  exec.realm = options.realm ?? { Error, Date, Array, Object };
  return { world, exec };
}

/** The message of the error a call throws (fails the test when it does not throw). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the call to throw');
}
