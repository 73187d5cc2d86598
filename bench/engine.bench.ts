// Benchmark: what the sync engine costs in requests and Apps Script time — first syncs vs incremental re-runs,
// and a full-field first sync that must proceed in steps. Ratios within one run are what count.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { GasRuntime } from '../dev/gas-runtime/runtime';
import { createSandboxControl } from '../dev/sandbox/control-client';
import { startSandboxProcess, type SandboxHandle } from '../dev/sandbox/process';
import type { RunResult, SavedFilter, Sync } from '../src/shared/contract';

const DIST = join(__dirname, '../dist');

interface Measured {
  steps: number;
  requests: number;
  appsScriptSeconds: number;
  longestStepSeconds: number;
  realMs: number;
}

async function scenario(sandbox: SandboxHandle, cards: number, fields: string[] | undefined) {
  await sandbox.control.reset();
  const runtime = GasRuntime.fromDirectory(DIST, {
    http: { routes: { 'https://r3.minicrm.hu': sandbox.origin } },
  });
  const control = createSandboxControl(sandbox.origin, () => ({
    'X-Emulator-Clock': String(runtime.world.clock.now()),
  }));
  await control.seed(20, cards);
  const ss = runtime.createSpreadsheet().id;
  const call = <T>(name: string, ...args: unknown[]) => runtime.call<T>(ss, name, ...args);
  call('connect', { systemId: String(sandbox.credentials.systemId), apiKey: sandbox.credentials.apiKey });
  const filter = call<SavedFilter>('saveFilter', { name: 'bench', kind: 'cards', moduleId: 20, fields });
  const sync = call<Sync>('createSync', { filterId: filter.id, sheetName: 'Bench', overLimit: 'truncate' });
  const run = (): Measured => {
    const measured: Measured = {
      steps: 0,
      requests: 0,
      appsScriptSeconds: 0,
      longestStepSeconds: 0,
      realMs: 0,
    };
    for (;;) {
      const started = performance.now();
      const execution = runtime.run<RunResult>('runSync', [sync.id], { spreadsheetId: ss });
      measured.realMs += performance.now() - started;
      const result = execution.value as RunResult;
      measured.steps++;
      measured.requests += result.requests;
      measured.appsScriptSeconds += execution.durationMs / 1000;
      measured.longestStepSeconds = Math.max(measured.longestStepSeconds, execution.durationMs / 1000);
      if (result.state !== 'running') return measured;
    }
  };
  const first = run();
  runtime.world.clock.advance(3_600_000);
  const again = run();
  await runtime.close();
  return { first, again };
}

function row(label: string, m: Measured): string {
  return `| ${label} | ${m.steps} | ${m.requests} | ${m.appsScriptSeconds.toFixed(1)} s | ${m.longestStepSeconds.toFixed(1)} s | ${m.realMs.toFixed(0)} ms |`;
}

async function main(): Promise<void> {
  const sandbox = await startSandboxProcess();
  const rows: string[] = [];
  try {
    const summary = await scenario(sandbox, 9000, undefined);
    rows.push(
      row('8000 cards, summary fields — first sync', summary.first),
      row('… re-run, nothing changed', summary.again),
    );
    const full = await scenario(sandbox, 2270, [
      'Id',
      'Name',
      'StatusId',
      'ValoareEstimata',
      'DataInchidere',
      'NotaInterna',
    ]);
    rows.push(
      row('2000 cards, full fields — first sync', full.first),
      row('… re-run, nothing changed', full.again),
    );
  } finally {
    await sandbox.stop();
  }
  console.log(
    '| scenario | executions | requests | Apps Script time | longest execution | emulator real time |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const line of rows) console.log(line);
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
