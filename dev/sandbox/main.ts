// CLI: `tsx dev/sandbox/main.ts [--port N] [--seed N] [--api-key KEY]` runs the MiniCRM sandbox on 127.0.0.1.

import { API_KEY, SYSTEM_ID } from './catalog';
import { createSandboxServer } from './server';
import { DEFAULT_SEED } from './state';

/** The port used when none is given. */
const DEFAULT_PORT = 8787;

/** The line launchers wait for; the port follows it. */
export const READY_MARKER = 'SANDBOX_READY';

interface CliOptions {
  port: number;
  seed: number;
  apiKey: string;
}

function readOption(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function parseInteger(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new Error(`${name} needs a non-negative integer, got "${text}"`);
  return Number(text);
}

function parseArgs(args: string[]): CliOptions {
  return {
    port: parseInteger(readOption(args, '--port'), '--port', DEFAULT_PORT),
    seed: parseInteger(readOption(args, '--seed'), '--seed', DEFAULT_SEED),
    apiKey: readOption(args, '--api-key') ?? API_KEY,
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const server = createSandboxServer({ seed: options.seed, apiKey: options.apiKey });
  const port = await server.listen(options.port);
  console.log(
    `MiniCRM sandbox on http://127.0.0.1:${port} (System ID ${SYSTEM_ID}, API key ${options.apiKey})`,
  );
  console.log(`${READY_MARKER} ${port}`);

  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
