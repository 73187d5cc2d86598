// The interactive playground: the real sidebar in a browser, the add-on in the local Apps Script runtime,
// MiniCRM played by the sandbox. `npm start` runs it; tests drive it with headless Chromium.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { GasRuntime, ScriptError } from '../gas-runtime/runtime';
import { getSpreadsheetModel, readSheetValues } from '../gas-runtime/services/spreadsheet';
import { startSandboxProcess, type SandboxHandle } from '../sandbox/process';
import { playgroundPage, sidebarWithShim } from './page';

const DIST_DEV = join(__dirname, '../../dist-dev');
const HOUR = 3_600_000;

/** A running playground. */
export interface Playground {
  url: string;
  sandbox: SandboxHandle;
  runtime: GasRuntime;
  spreadsheetId: string;
  stop(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', chunk => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  response.end(body);
}

/**
 * Starts the sandbox, the runtime with one spreadsheet (its menu added), and the web server. `locale` is the
 * emulated Google user's (the server's messages follow it; the sidebar's words follow the browser's).
 */
export async function startPlayground(port = 8790, locale = 'ro'): Promise<Playground> {
  const sandbox = await startSandboxProcess();
  // The MiniCRM host is routed to the sandbox, so the sidebar's default address just works.
  const runtime = GasRuntime.fromDirectory(DIST_DEV, {
    http: { routes: { 'https://r3.minicrm.hu': sandbox.origin } },
    users: [{ email: 'playground@example.ro', key: 'playground-user', locale }],
  });
  const spreadsheetId = runtime.createSpreadsheet({ name: 'Raport MiniCRM' }).id;
  runtime.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE', spreadsheetId });
  const sidebar = sidebarWithShim(runtime.bundle.html.get('Sidebar') ?? '');

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'GET' && url.pathname === '/')
      return send(response, 200, 'text/html', playgroundPage('MiniCRM Sync playground'));
    if (request.method === 'GET' && url.pathname === '/sidebar')
      return send(response, 200, 'text/html', sidebar);
    if (request.method === 'GET' && url.pathname === '/sheets') {
      const model = getSpreadsheetModel(runtime.world, spreadsheetId);
      const sheets = (model?.sheets ?? []).map(sheet => ({
        name: sheet.name,
        hidden: Boolean(sheet.hidden),
        values: readSheetValues(model!, sheet.name).map(row =>
          row.map(cell => (cell instanceof Date ? cell.toISOString() : cell)),
        ),
      }));
      return send(response, 200, 'application/json', JSON.stringify(sheets));
    }
    if (request.method === 'POST' && url.pathname.startsWith('/rpc/')) {
      const name = decodeURIComponent(url.pathname.slice('/rpc/'.length));
      const args = JSON.parse((await readBody(request)) || '[]') as unknown[];
      try {
        return send(
          response,
          200,
          'application/json',
          JSON.stringify({ ok: true, value: runtime.call(spreadsheetId, name, ...args) }),
        );
      } catch (error) {
        const message = error instanceof ScriptError ? error.message : String(error);
        return send(response, 200, 'application/json', JSON.stringify({ ok: false, error: message }));
      }
    }
    if (request.method === 'POST' && url.pathname === '/menu/refresh-now') {
      const result = runtime.run('refreshAllNow', [], { spreadsheetId });
      return send(
        response,
        200,
        'application/json',
        JSON.stringify({ ok: result.ok, toasts: runtime.world.ui(spreadsheetId).toasts }),
      );
    }
    if (request.method === 'POST' && url.pathname === '/clock/advance') {
      const hours = Number(url.searchParams.get('hours') ?? '1');
      const ran = runtime.runTriggersUntil(runtime.world.clock.now() + hours * HOUR);
      return send(
        response,
        200,
        'application/json',
        JSON.stringify({ now: new Date(runtime.world.clock.now()).toISOString(), triggersRun: ran.length }),
      );
    }
    send(response, 404, 'text/plain', 'not found');
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(error => send(response, 500, 'text/plain', String(error)));
  });
  const actualPort = await new Promise<number>(resolve => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    sandbox,
    runtime,
    spreadsheetId,
    stop: async () => {
      await new Promise<void>(resolve => server.close(() => resolve()));
      await runtime.close();
      await sandbox.stop();
    },
  };
}

async function main(): Promise<void> {
  const portArg = process.argv.indexOf('--port');
  const localeArg = process.argv.indexOf('--locale');
  const playground = await startPlayground(
    portArg > 0 ? Number(process.argv[portArg + 1]) : 8790,
    localeArg > 0 ? process.argv[localeArg + 1] : 'ro',
  );
  const { systemId, apiKey } = playground.sandbox.credentials;
  console.log(`MiniCRM Sync playground: ${playground.url}`);
  console.log(
    `Sign in with System ID ${systemId} and API key ${apiKey} (a local MiniCRM sandbox at ${playground.sandbox.origin}).`,
  );
  console.log(
    `POST ${playground.url}clock/advance?hours=1 fires the scheduled triggers of the next hour. Ctrl+C stops.`,
  );
  console.log(`PLAYGROUND_READY ${new URL(playground.url).port}`);
  const stop = () => void playground.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch(error => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
