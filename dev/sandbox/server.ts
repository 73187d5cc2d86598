// The sandbox HTTP server: routes /Api requests through auth, rate limit and faults, and /__sandbox/ to control.

import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { handleApiRequest, isPublicRoute, matchApiRoute, routeKey } from './api-routes';
import { authFailure, isAuthorized } from './auth';
import { CLOCK_HEADER } from './clock';
import { CONTROL_PREFIX, handleControlRequest } from './control-routes';
import { corruptBody, corruptCsv } from './faults';
import { isCsvReply, isJsonReply, readBody, Reply, textReply, writeReply } from './http-io';
import { createSandboxState, SandboxOptions, SandboxState } from './state';

export type { SandboxOptions } from './state';

/** A sandbox server, usable in-process by tests or from main.ts. */
export interface SandboxServer {
  /** Listens on 127.0.0.1 only; port 0 picks a free port. Resolves with the port. */
  listen(port: number): Promise<number>;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** The header that tells the emulator how long this response "took" on its virtual clock. */
export const LATENCY_HEADER = 'X-Sandbox-Latency-Ms';

const R3_PREFIX = '/Api/R3/';

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The gauntlet every /Api request runs, in the order a real front end plausibly applies it: credentials
 * (revocable by a fault; the public shared-filter feed skips them), then the per-System-ID rate limit on
 * /Api/R3 only (the document routes and the feed are not limited), then injected failures, then the route
 * itself, whose JSON or CSV may finally be spoiled by a fault.
 */
function answerApi(
  state: SandboxState,
  request: IncomingMessage,
  url: URL,
  origin: string,
  now: number,
): Reply {
  const { faults } = state;
  const match = matchApiRoute(url.pathname);
  // A test reading MiniCRM's truth to compare with what the add-on wrote: authenticated like anyone, but
  // outside the rate limit and the faults, so it never disturbs the run it checks.
  if (request.headers[INSPECT_HEADER] === '1') {
    if (!isPublicRoute(match) && !isAuthorized(request.headers.authorization, state.credentials)) {
      return authFailure(faults.current.authFailStatus);
    }
    return handleApiRequest(
      state,
      { method: request.method ?? 'GET', params: url.searchParams, origin, now },
      match,
    );
  }
  if (!isPublicRoute(match)) {
    const revoked = faults.countApiRequestAndCheckRevoked();
    if (revoked || !isAuthorized(request.headers.authorization, state.credentials))
      return authFailure(faults.current.authFailStatus);
  }
  if (url.pathname.startsWith(R3_PREFIX)) {
    const stormed = faults.takeRateLimitStorm();
    if (stormed || !state.limiter.admit(String(state.credentials.systemId), now))
      return tooManyRequests(state);
  }
  const failure = faults.takeFailNext();
  if (failure) return textReply(failure.status, failure.body);

  const method = request.method ?? 'GET';
  const reply = handleApiRequest(state, { method, params: url.searchParams, origin, now }, match);
  if (reply.status === 200 && isJsonReply(reply))
    reply.body = corruptBody(reply.body, faults.takeBodyCorruption());
  if (reply.status === 200 && isCsvReply(reply))
    reply.body = corruptCsv(reply.body, faults.current.csvBom, faults.takeCsvTruncation());
  return reply;
}

/** Marks a request as a test's inspection (see `answerApi`). */
export const INSPECT_HEADER = 'x-sandbox-inspect';

function tooManyRequests(state: SandboxState): Reply {
  const retryAfter = state.faults.current.retryAfterSeconds;
  return textReply(
    429,
    'Too Many Requests',
    retryAfter === null ? {} : { 'Retry-After': String(retryAfter) },
  );
}

function withLatency(state: SandboxState, reply: Reply): Reply {
  const latency = state.faults.current.latencyMs;
  if (latency > 0) reply.headers[LATENCY_HEADER] = String(latency);
  return reply;
}

async function handle(
  state: SandboxState,
  request: IncomingMessage,
  response: ServerResponse,
  origin: string,
) {
  const url = new URL(request.url ?? '/', origin);
  const method = request.method ?? 'GET';
  const now = state.clock.observe(headerValue(request, CLOCK_HEADER));

  if (url.pathname.startsWith(CONTROL_PREFIX)) {
    const body = await readBody(request);
    writeReply(response, handleControlRequest(state, method, url.pathname, body, now));
    return;
  }

  // Drain any body so keep-alive connections stay usable; the read endpoints ignore it.
  await readBody(request);
  const reply = url.pathname.startsWith('/Api/')
    ? withLatency(state, answerApi(state, request, url, origin, now))
    : textReply(404, 'Not Found');
  state.stats.record(routeKey(method, matchApiRoute(url.pathname)), {
    at: now,
    method,
    path: url.pathname,
    query: url.search.replace(/^\?/, ''),
    status: reply.status,
  });
  writeReply(response, reply);
}

/**
 * Creates a MiniCRM-compatible sandbox server with seeded data. Nothing listens until `listen`.
 * Search rows' `Url`s and file links use the origin it listens on (`http://127.0.0.1:PORT`).
 */
export function createSandboxServer(options: SandboxOptions = {}): SandboxServer {
  const state = createSandboxState(options);
  let origin = 'http://127.0.0.1';
  const server: Server = createServer((request, response) => {
    handle(state, request, response, origin).catch((error: unknown) => {
      console.error('sandbox: request failed', error);
      if (!response.headersSent) writeReply(response, textReply(500, 'Internal Server Error'));
      else response.destroy();
    });
  });

  return {
    listen: port =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          const bound = (server.address() as AddressInfo).port;
          origin = `http://127.0.0.1:${bound}`;
          resolve(bound);
        });
      }),
    close: () =>
      new Promise((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close(error => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
