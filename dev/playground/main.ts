// `npm start`: the add-on's development build in the local Apps Script runtime, syncing from the MiniCRM sandbox.
import { join } from 'node:path';
import { GasRuntime } from '../gas-runtime/runtime';
import { getSpreadsheetModel, readSheetValues } from '../gas-runtime/services/spreadsheet';
import { startSandboxProcess } from '../sandbox/process';
import type { ConnectResult, Overview, RunResult, SavedFilter, Sync } from '../../src/shared/contract';

const DIST_DEV = join(__dirname, '../../dist-dev');
const SHOWN_ROWS = 12;

function table(rows: unknown[][]): string {
  const text = rows.map(row => row.map(cell => (cell instanceof Date ? cell.toISOString() : String(cell))));
  const widths = text[0].map((_, c) => Math.min(28, Math.max(...text.map(row => (row[c] ?? '').length))));
  const fit = (cell: string, width: number) =>
    cell.length > width ? `${cell.slice(0, width - 1)}…` : cell.padEnd(width);
  return text.map(row => row.map((cell, c) => fit(cell, widths[c])).join(' │ ')).join('\n');
}

async function main(): Promise<void> {
  const sandbox = await startSandboxProcess();
  const runtime = GasRuntime.fromDirectory(DIST_DEV);
  try {
    console.log(`MiniCRM sandbox on ${sandbox.origin} (System ID ${sandbox.credentials.systemId})`);
    const spreadsheet = runtime.createSpreadsheet({ name: 'Raport vânzări' });
    const call = <T>(name: string, ...args: unknown[]) => runtime.call<T>(spreadsheet.id, name, ...args);

    runtime.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE', spreadsheetId: spreadsheet.id });
    const menu = runtime.world.ui(spreadsheet.id).menus[0];
    console.log(`Menu "${menu.title}": ${menu.items.map(item => item.caption).join(', ')}`);

    const account = call<ConnectResult>('connect', {
      systemId: String(sandbox.credentials.systemId),
      apiKey: sandbox.credentials.apiKey,
      host: sandbox.origin,
    });
    console.log(
      `Connected to ${account.host}; products: ${account.modules.map(m => `${m.name} (${m.id})`).join(', ')}`,
    );

    const module = account.modules.find(m => m.id === 20) ?? account.modules[0];
    const filter = call<SavedFilter>('saveFilter', { name: module.name, kind: 'cards', moduleId: module.id });
    const sync = call<Sync>('createSync', { filterId: filter.id, sheetName: module.name });
    const started = runtime.world.clock.now();
    let result: RunResult;
    do result = call<RunResult>('runSync', sync.id);
    while (result.state === 'running');
    const seconds = ((runtime.world.clock.now() - started) / 1000).toFixed(1);
    console.log(`\nrunSync → ${result.state}: ${result.message} [${seconds} s of Apps Script time]`);

    const model = getSpreadsheetModel(runtime.world, spreadsheet.id);
    const values = model ? readSheetValues(model, module.name) : [];
    console.log(
      `\nSheet "${module.name}" — ${values.length - 1} rows, first ${Math.min(SHOWN_ROWS, values.length - 1)}:\n`,
    );
    console.log(table(values.slice(0, SHOWN_ROWS + 1)));

    const overview = call<Overview>('getOverview');
    console.log(
      `\nOverview: connected=${overview.connected}, ${overview.filters.length} filter(s), ${overview.syncs.length} sync(s); last run at ${overview.syncs[0]?.lastRun?.at}`,
    );
  } finally {
    await runtime.close();
    await sandbox.stop();
  }
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
