// Benchmark: a summary sync of 1,000 / 4,000 / 8,000 cards through dist/ in the emulator, against the sandbox.
// Reports Apps Script time (virtual: what Google would bill against the 6-minute limit), requests, and the
// emulator's real time per run. Compare ratios within one run; machines here are shared and noisy.
import { performance } from 'node:perf_hooks';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { GasRuntime } from '../dev/gas-runtime/runtime';
import { createSandboxControl } from '../dev/sandbox/control-client';
import { startSandboxProcess } from '../dev/sandbox/process';
import type { RunResult, SavedFilter, Sync } from '../src/shared/contract';

const DIST = join(__dirname, '../dist');
const SIZES = [1000, 4000, 8000];
const MODULE = 20;

async function main(): Promise<void> {
  const sandbox = await startSandboxProcess();
  const rows: string[] = [];
  try {
    for (const size of SIZES) {
      await sandbox.control.reset();
      const runtime = GasRuntime.fromDirectory(DIST, {
        http: { routes: { 'https://r3.minicrm.hu': sandbox.origin } },
      });
      const control = createSandboxControl(sandbox.origin, () => ({
        'X-Emulator-Clock': String(runtime.world.clock.now()),
      }));
      // Seed enough cards that `size` remain after confidential ones are left out.
      await control.seed(MODULE, Math.ceil(size / 0.88));
      const ss = runtime.createSpreadsheet();
      const call = <T>(name: string, ...args: unknown[]) => runtime.call<T>(ss.id, name, ...args);
      call('connect', { systemId: String(sandbox.credentials.systemId), apiKey: sandbox.credentials.apiKey });
      const filter = call<SavedFilter>('saveFilter', { name: 'bench', kind: 'cards', moduleId: MODULE });
      const sync = call<Sync>('createSync', {
        filterId: filter.id,
        sheetName: 'Bench',
        overLimit: 'truncate',
        rowLimit: Math.min(8000, size),
      });
      const virtualStart = runtime.world.clock.now();
      const realStart = performance.now();
      const result = call<RunResult>('runSync', sync.id);
      const realMs = performance.now() - realStart;
      const virtualS = (runtime.world.clock.now() - virtualStart) / 1000;
      rows.push(
        `| ${size} | ${result.state} | ${result.rows} | ${result.requests} | ${virtualS.toFixed(1)} s | ${realMs.toFixed(0)} ms |`,
      );
      await runtime.close();
    }
  } finally {
    await sandbox.stop();
  }
  console.log(`dist/Code.js: ${(statSync(join(DIST, 'Code.js')).size / 1024).toFixed(1)} KiB\n`);
  console.log('| cards | state | rows | requests | Apps Script time | emulator real time |');
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
