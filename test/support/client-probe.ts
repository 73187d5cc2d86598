// Runs the core MiniCRM client inside the emulator (bundled like the add-on) against a sandbox process.
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { GasRuntime } from '../../dev/gas-runtime/runtime';
import { createSandboxControl, type SandboxControl } from '../../dev/sandbox/control-client';
import { startSandboxProcess, type SandboxHandle } from '../../dev/sandbox/process';

/** What one probe call returns. */
export interface ProbeResult<T> {
  value?: T;
  error?: { code: string; remoteText: string | null };
  requests: number;
  /** The pacer's send times after the call (hand them to the next call to model a following execution). */
  pacing: number[];
}

let bundled: string | null = null;

function bundle(): string {
  bundled ??= buildSync({
    entryPoints: [join(__dirname, 'client-probe.entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    write: false,
  }).outputFiles[0].text;
  return bundled;
}

/** A sandbox process and a runtime whose https://r3.minicrm.hu is routed to it. */
export class ClientProbe {
  sandbox!: SandboxHandle;
  runtime!: GasRuntime;
  control!: SandboxControl;

  async start(): Promise<void> {
    this.sandbox = await startSandboxProcess();
    this.control = createSandboxControl(this.sandbox.origin, (): Record<string, string> =>
      this.runtime ? { 'X-Emulator-Clock': String(this.runtime.world.clock.now()) } : {},
    );
  }

  /** A fresh world and a reset sandbox. */
  async fresh(): Promise<void> {
    await this.runtime?.close();
    await this.sandbox.control.reset();
    this.runtime = new GasRuntime(
      {
        manifest: { timeZone: 'Europe/Budapest' },
        scripts: [{ name: 'Probe.js', source: bundle() }],
        html: new Map(),
      },
      { http: { routes: { 'https://r3.minicrm.hu': this.sandbox.origin } } },
    );
  }

  async stop(): Promise<void> {
    await this.runtime?.close();
    await this.sandbox?.stop();
  }

  /** The sandbox's account on the default MiniCRM host. */
  get account() {
    return {
      systemId: String(this.sandbox.credentials.systemId),
      apiKey: this.sandbox.credentials.apiKey,
      host: 'https://r3.minicrm.hu',
    };
  }

  /** Calls a client method in one emulated execution. */
  call<T>(
    method: string,
    args: unknown[] = [],
    options: { account?: object; pacing?: number[] } = {},
  ): ProbeResult<T> {
    const result = this.runtime.run<ProbeResult<T>>('probe', [
      options.account ?? this.account,
      method,
      args,
      options.pacing ?? [],
    ]);
    if (!result.ok) throw new Error(`probe ${method} failed: ${result.error}`);
    return result.value as ProbeResult<T>;
  }
}
