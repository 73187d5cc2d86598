// Launches the sandbox in a child process (callers that block their event loop on sync HTTP need that).

import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { API_KEY, SYSTEM_ID } from './catalog';
import { createSandboxControl, SandboxControl } from './control-client';

export type { SandboxControl } from './control-client';

/** Options of `startSandboxProcess`. */
export interface SandboxProcessOptions {
  /** Seed of the generated data (the sandbox's default when absent). */
  seed?: number;
  /** How long to wait for `SANDBOX_READY` (default 15 s). */
  startTimeoutMs?: number;
}

/** A running sandbox process. */
export interface SandboxHandle {
  /** E.g. `http://127.0.0.1:53124`. */
  origin: string;
  port: number;
  credentials: { systemId: number; apiKey: string };
  control: SandboxControl;
  /** Stops the child (SIGTERM, SIGKILL after 5 s) and resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * The repository root, from this file's place in it. `__dirname` works because the project runs its .ts
 * as CommonJS (no `"type": "module"`; ts-jest compiles to CommonJS too).
 */
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const MAIN_SCRIPT = path.join(REPO_ROOT, 'dev', 'sandbox', 'main.ts');
const READY_LINE = /^SANDBOX_READY (\d+)$/m;
const KILL_GRACE_MS = 5000;

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    const fail = (reason: string): void => {
      cleanup();
      child.kill('SIGKILL');
      reject(new Error(`sandbox did not start: ${reason}\n${errors}`.trim()));
    };
    const timer = setTimeout(() => fail(`no ${READY_LINE.source} within ${timeoutMs} ms`), timeoutMs);
    const onStdout = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = READY_LINE.exec(output);
      if (match) {
        cleanup();
        resolve(Number(match[1]));
      }
    };
    const onStderr = (chunk: Buffer): void => void (errors += chunk.toString('utf8'));
    const onExit = (code: number | null): void => fail(`exited with code ${code}`);
    const cleanup = (): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onStdout);
      child.stderr?.off('data', onStderr);
      child.off('exit', onExit);
    };
    child.stdout?.on('data', onStdout);
    child.stderr?.on('data', onStderr);
    child.once('exit', onExit);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise(resolve => {
    const forceKill = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(forceKill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Spawns `node --import tsx dev/sandbox/main.ts --port 0` from the repository root, waits for its
 * `SANDBOX_READY PORT` line and returns a handle to it.
 */
export async function startSandboxProcess(options: SandboxProcessOptions = {}): Promise<SandboxHandle> {
  const args = ['--import', 'tsx', MAIN_SCRIPT, '--port', '0'];
  if (options.seed !== undefined) args.push('--seed', String(options.seed));
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await waitForReady(child, options.startTimeoutMs ?? 15_000);
  // Keep reading so a chatty child never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    credentials: { systemId: SYSTEM_ID, apiKey: API_KEY },
    control: createSandboxControl(origin),
    stop: () => stopChild(child),
  };
}
