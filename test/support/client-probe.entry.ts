// Test-only Apps Script entry: exposes the core MiniCRM client, over the real UrlFetchApp adapter, as `probe`.
// Bundled by client-probe.ts and run in the emulator, so the client is tested over the synchronous
// UrlFetchApp against the sandbox, exactly as it runs on Apps Script.
import { MiniCrmClient } from '../../src/core/crm/client';
import { RequestPacer } from '../../src/core/crm/pacer';
import { isAppError } from '../../src/core/errors';
import { appsScriptClock } from '../../src/gas/clock';
import { UrlFetchHttp } from '../../src/gas/http';

type Account = { systemId: string; apiKey: string; host: string };

/** Maps and Dates are not JSON: turn them into plain values for the test to read. */
function plain(value: unknown): unknown {
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [k, plain(v)]));
  if (value instanceof Date) return { date: value.toISOString() };
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

(globalThis as Record<string, unknown>).probe = (
  account: Account,
  method: string,
  args: unknown[],
  pacing?: number[],
) => {
  const pacer = new RequestPacer(appsScriptClock, {
    load: () => pacing ?? [],
    save: times => (pacing = times),
  });
  const client = new MiniCrmClient(account, { http: new UrlFetchHttp(), clock: appsScriptClock, pacer });
  try {
    const value = (client as unknown as Record<string, (...a: unknown[]) => unknown>)[method](...args);
    return { value: plain(value), requests: client.requests, pacing };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return {
      error: { code: error.code, remoteText: error.remoteText ?? null },
      requests: client.requests,
      pacing,
    };
  }
};
