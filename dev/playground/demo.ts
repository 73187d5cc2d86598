// `npm run demo`: a scripted tour — every kind of sync run in the local Apps Script runtime against the sandbox, printed.
import { join } from 'node:path';
import { GasRuntime } from '../gas-runtime/runtime';
import { getSpreadsheetModel, readSheetValues } from '../gas-runtime/services/spreadsheet';
import { startSandboxProcess } from '../sandbox/process';
import type { ConnectResult, Overview, RunResult, SavedFilter, Sync } from '../../src/shared/contract';

const DIST_DEV = join(__dirname, '../../dist-dev');
const SHOWN_ROWS = 6;

function table(rows: unknown[][]): string {
  const text = rows.map(row =>
    row.map(cell =>
      cell instanceof Date ? cell.toISOString().slice(0, 16).replace('T', ' ') : String(cell),
    ),
  );
  const widths = text[0].map((_, c) => Math.min(22, Math.max(...text.map(row => (row[c] ?? '').length))));
  const fit = (cell: string, width: number) =>
    cell.length > width ? `${cell.slice(0, width - 1)}…` : cell.padEnd(width);
  return text
    .map(row => row.map((cell, c) => fit(cell.replace(/\s+/g, ' '), widths[c])).join(' │ '))
    .join('\n');
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
      `Connected to ${account.host}; products: ${account.modules.map(m => `${m.name} (${m.id})`).join(', ')}\n`,
    );

    const shared = (await sandbox.control.sharedFilters()).find(feed => feed.type === 'Project');
    const plans: { filter: Record<string, unknown>; sheetName: string }[] = [
      { filter: { name: 'Vânzări', kind: 'cards', moduleId: 20 }, sheetName: 'Vânzări' },
      {
        filter: {
          name: 'Proiecte (toate câmpurile)',
          kind: 'cards',
          moduleId: 22,
          fields: ['Id', 'Name', 'StatusId', 'Buget', 'TermenLimita', 'Kickoff', 'CodProiect'],
        },
        sheetName: 'Proiecte',
      },
      {
        filter: { name: 'Comenzi cu articole', kind: 'documents', docType: 'Order', items: true },
        sheetName: 'Comenzi',
      },
    ];
    if (shared)
      plans.push({
        filter: {
          name: 'Filtru partajat',
          kind: 'shared',
          code: `=ImportData("${sandbox.origin}${shared.url}")`,
        },
        sheetName: 'Export',
      });

    for (const plan of plans) {
      let filter: SavedFilter;
      try {
        filter = call<SavedFilter>('saveFilter', plan.filter);
      } catch (error) {
        // The shared code must be on a MiniCRM host; the sandbox is on loopback, so this one is shown refused.
        console.log(`saveFilter "${plan.sheetName}": ${(error as Error).message}\n`);
        continue;
      }
      const sync = call<Sync>('createSync', { filterId: filter.id, sheetName: plan.sheetName });
      const started = runtime.world.clock.now();
      let result: RunResult;
      do {
        result = call<RunResult>('runSync', sync.id);
        if (result.state === 'running') console.log(`  … ${result.message}`);
      } while (result.state === 'running');
      const seconds = ((runtime.world.clock.now() - started) / 1000).toFixed(1);
      console.log(
        `runSync "${plan.sheetName}" → ${result.state}: ${result.message} [${seconds} s of Apps Script time]`,
      );
      const model = getSpreadsheetModel(runtime.world, spreadsheet.id);
      const values = model ? readSheetValues(model, plan.sheetName) : [];
      console.log(`${table(values.slice(0, SHOWN_ROWS + 1).map(row => row.slice(0, 8)))}\n`);
    }

    const overview = call<Overview>('getOverview');
    console.log(
      `Overview: connected=${overview.connected}, ${overview.filters.length} filters, ${overview.syncs.length} syncs`,
    );
    for (const sync of overview.syncs)
      console.log(
        `  ${sync.sheetName}: ${sync.lastRun?.state} at ${sync.lastRun?.at} — ${sync.lastRun?.message}`,
      );
    for (const notice of overview.notices ?? []) console.log(`  notice [${notice.code}] ${notice.message}`);
  } finally {
    await runtime.close();
    await sandbox.stop();
  }
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
