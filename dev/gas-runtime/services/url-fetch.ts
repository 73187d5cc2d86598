// UrlFetchApp: synchronous fetch/fetchAll over real loopback HTTP, with Apps Script's errors, quota and allowlist.
import type { Execution } from '../execution';
import type { SyncHttpClient, WireOutcome, WireRequest } from '../sync-http';
import type { World } from '../world';

/** Apps Script's daily UrlFetch quota for a consumer account. */
export const URL_FETCH_DAILY_LIMIT = 20_000;
/** Header through which the emulator tells a local server its virtual time. */
export const CLOCK_HEADER = 'X-Emulator-Clock';
/** Header through which a local server tells the emulator how long a request took in virtual time. */
export const LATENCY_HEADER = 'x-sandbox-latency-ms';
/** How long Apps Script waits for one response (unofficially about 60 s). */
const FETCH_TIMEOUT_MS = 60_000;

type Params = {
  method?: string;
  headers?: Record<string, string>;
  contentType?: string;
  payload?: string | Record<string, unknown>;
  muteHttpExceptions?: boolean;
  followRedirects?: boolean;
  validateHttpsCertificates?: boolean;
  escaping?: boolean;
};

/** Requests made per user per day, and a log of every request (for tests and benchmarks). */
export interface FetchState {
  daily: Map<string, { day: number; count: number }>;
  log: { at: number; method: string; url: string; status: number | string }[];
}

/** The UrlFetch state of a world. */
export function fetchState(world: World): FetchState {
  return world.state('urlfetch', () => ({ daily: new Map(), log: [] }));
}

function origin(url: string): string {
  return /^[a-z]+:\/\/[^/?#]+/i.exec(url)?.[0] ?? url;
}

/** Apps Script's allowlist rule: https prefixes, case-sensitive, one optional leading `*.` subdomain wildcard. */
export function allowedByWhitelist(url: string, whitelist: string[]): boolean {
  return whitelist.some(prefix => {
    if (prefix.startsWith('https://*.')) {
      const rest = prefix.slice('https://*.'.length);
      const match = /^https:\/\/([^/]+)(\/.*)?$/.exec(url);
      if (!match) return false;
      const host = match[1];
      const dot = host.indexOf('.');
      return dot > 0 && `${host.slice(dot + 1)}${match[2] ?? ''}`.startsWith(rest);
    }
    return url.startsWith(prefix);
  });
}

function encodePayload(params: Params): { body?: string; contentType?: string } {
  if (params.payload === undefined || params.payload === null) return {};
  if (typeof params.payload === 'string')
    return { body: params.payload, contentType: params.contentType ?? 'application/x-www-form-urlencoded' };
  const form = Object.entries(params.payload)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
  return { body: form, contentType: params.contentType ?? 'application/x-www-form-urlencoded' };
}

function toSignedBytes(buffer: Buffer): number[] {
  return Array.from(buffer, byte => (byte > 127 ? byte - 256 : byte));
}

/** The global `UrlFetchApp` of one execution. */
export function createUrlFetchApp(world: World, exec: Execution, http: SyncHttpClient) {
  const state = fetchState(world);

  const countRequests = (n: number) => {
    const day = Math.floor(world.clock.now() / 86_400_000);
    const usage = state.daily.get(exec.user.key);
    const count = (usage && usage.day === day ? usage.count : 0) + n;
    if (count > URL_FETCH_DAILY_LIMIT)
      throw exec.error('Exception: Service invoked too many times for one day: urlfetch.');
    state.daily.set(exec.user.key, { day, count });
  };

  const prepare = (url: string, params: Params): WireRequest => {
    if (typeof url !== 'string' || !/^https?:\/\/[^/\s]+/i.test(url))
      throw exec.error(`Exception: Invalid argument: ${url}`);
    if (world.http.whitelist && !allowedByWhitelist(url, world.http.whitelist)) {
      throw exec.error(`Exception: The URL ${url} is not allowed by the manifest's urlFetchWhitelist.`);
    }
    const target = Object.entries(world.http.routes).reduce(
      (current, [from, to]) => (current.startsWith(from) ? to + current.slice(from.length) : current),
      url,
    );
    const { body, contentType } = encodePayload(params);
    const headers: Record<string, string> = {
      'User-Agent':
        'Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; id: emulator)',
      ...(params.headers ?? {}),
      [CLOCK_HEADER]: String(world.clock.now()),
    };
    if (contentType) headers['Content-Type'] = contentType;
    return {
      url: target,
      method: (params.method ?? 'get').toLowerCase(),
      headers,
      bodyBase64: body === undefined ? undefined : Buffer.from(body, 'utf8').toString('base64'),
      followRedirects: params.followRedirects !== false,
      timeoutMs: world.http.timeoutMs,
    };
  };

  const latencyOf = (outcome: WireOutcome): number => {
    if (!outcome.ok) return outcome.error === 'timeout' ? FETCH_TIMEOUT_MS : world.costs.fetchLatencyMs;
    const reported = Number(outcome.headers[LATENCY_HEADER]);
    return Number.isFinite(reported) && reported >= 0 ? reported : world.costs.fetchLatencyMs;
  };

  const response = (outcome: Extract<WireOutcome, { ok: true }>) => {
    const body = Buffer.from(outcome.bodyBase64, 'base64');
    const headers = new exec.realm.Object() as Record<string, string>;
    for (const [name, value] of Object.entries(outcome.headers)) {
      if (name === LATENCY_HEADER) continue;
      headers[name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase())] =
        Array.isArray(value) ? value.join(', ') : String(value);
    }
    const blob = {
      getDataAsString: (charset?: string) =>
        body.toString(charset?.toLowerCase() === 'us-ascii' ? 'ascii' : 'utf8'),
      getBytes: () => exec.realm.Array.from(toSignedBytes(body)),
      getContentType: () => headers['Content-Type'] ?? null,
      toString: () => 'Blob',
    };
    return {
      getResponseCode: () => outcome.status,
      getContentText: (charset?: string) => blob.getDataAsString(charset),
      getContent: () => blob.getBytes(),
      getBlob: () => blob,
      getAs: () => blob,
      getHeaders: () => headers,
      getAllHeaders: () => headers,
      toString: () => 'HTTPResponse',
    };
  };

  const finish = (url: string, params: Params, outcome: WireOutcome, latency: number) => {
    state.log.push({
      at: world.clock.now(),
      method: (params.method ?? 'get').toUpperCase(),
      url,
      status: outcome.ok ? outcome.status : outcome.error,
    });
    if (!outcome.ok || latency >= FETCH_TIMEOUT_MS) {
      if (!outcome.ok && outcome.error === 'dns') throw exec.error(`Exception: DNS error: ${url}`);
      if (!outcome.ok && outcome.error === 'refused')
        throw exec.error(`Exception: Address unavailable: ${url}`);
      if (!outcome.ok && outcome.error === 'other') throw exec.error(`Exception: ${outcome.message}: ${url}`);
      throw exec.error(`Exception: Timeout: ${url}`);
    }
    const result = response(outcome);
    const ok = outcome.status >= 200 && outcome.status < 300;
    if (!ok && !params.muteHttpExceptions) {
      const text = result.getContentText();
      const truncated = text.length > 1000 ? `${text.slice(0, 1000)}...` : text;
      throw exec.error(
        `Exception: Request failed for ${origin(url)} returned code ${outcome.status}. Truncated server response: ${truncated} ` +
          `(use muteHttpExceptions option to examine full response)`,
      );
    }
    return result;
  };

  const normalize = (request: string | (Params & { url: string })): [string, Params] =>
    typeof request === 'string' ? [request, {}] : [request.url, request];

  return {
    fetch(url: string, params: Params = {}) {
      exec.enter('UrlFetchApp.fetch', 'external');
      countRequests(1);
      const [outcome] = http.fetchAll([prepare(url, params ?? {})]);
      const latency = Math.min(latencyOf(outcome), FETCH_TIMEOUT_MS);
      exec.spend(latency);
      return finish(url, params ?? {}, outcome, latencyOf(outcome));
    },
    fetchAll(requests: (string | (Params & { url: string }))[]) {
      exec.enter('UrlFetchApp.fetchAll', 'external');
      if (!Array.isArray(requests))
        throw exec.error(
          "Exception: The parameters don't match the method signature for UrlFetchApp.fetchAll.",
        );
      countRequests(requests.length);
      const normalized = requests.map(normalize);
      const outcomes = http.fetchAll(normalized.map(([url, params]) => prepare(url, params)));
      const latencies = outcomes.map(latencyOf);
      exec.spend(Math.min(Math.max(0, ...latencies), FETCH_TIMEOUT_MS));
      // Apps Script fails the whole batch when any request fails without muteHttpExceptions.
      return exec.realm.Array.from(
        normalized.map(([url, params], i) => finish(url, params, outcomes[i], latencies[i])),
      );
    },
    getRequest(url: string, params: Params = {}) {
      exec.enter('UrlFetchApp.getRequest', 'basic');
      const prepared = prepare(url, params);
      return { url, method: prepared.method, headers: params.headers ?? {}, payload: params.payload ?? '' };
    },
    toString: () => 'UrlFetchApp',
  };
}
