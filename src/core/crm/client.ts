// The MiniCRM HTTP client: authentication, pacing, retries, and turning MiniCRM's answers into values or AppErrors.
import type { Module } from '../../shared/contract';
import { AppError } from '../errors';
import type { Clock, Http, HttpFailure, HttpRequest, HttpResponse } from '../ports';
import { base64OfUtf8 } from '../text/base64';
import type { CrmAccount } from './account';
import { RequestPacer } from './pacer';
import { readListPage, type ListPage } from './results';
import { parseModuleSchema, type ModuleSchema } from './schema';

/** Query parameters of a request; undefined values are left out. */
export type Query = Record<string, string | number | undefined>;

/** What the client needs besides the account. */
export interface CrmClientOptions {
  http: Http;
  clock: Clock;
  /** Epoch ms after which no request may start, so the execution keeps time to write what it fetched. */
  deadline?: number;
  /** Shared pacing state; by default a fresh one for this client. */
  pacer?: RequestPacer;
}

/** Retries of one request after 429 or 5xx/network failures, and the waits between them. */
const RETRY_WAITS_MS = [2_000, 8_000, 20_000];
/** Time one request may take, reserved before starting it (UrlFetch gives up after about 60 s). */
const REQUEST_RESERVE_MS = 15_000;
/** Longest Retry-After we honour inside one execution. */
const MAX_RETRY_AFTER_MS = 65_000;

function isFailure(outcome: HttpResponse | HttpFailure): outcome is HttpFailure {
  return 'networkError' in outcome;
}

function headerValue(response: HttpResponse, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const key = Object.keys(response.headers).find(header => header.toLowerCase() === wanted);
  return key === undefined ? undefined : response.headers[key];
}

/** Builds `?a=1&b=x` with RFC 3986 escaping (Apps Script has no URLSearchParams). */
export function queryString(query: Query): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** A client for one MiniCRM account. Counts its requests so every run can say how many it made. */
export class MiniCrmClient {
  /** HTTP requests sent so far, retries included. */
  requests = 0;
  private readonly pacer: RequestPacer;

  constructor(
    private readonly account: CrmAccount,
    private readonly options: CrmClientOptions,
  ) {
    this.pacer = options.pacer ?? new RequestPacer(options.clock);
  }

  /** GETs a JSON resource under the account's host, e.g. `/Api/R3/Category`. */
  getJson(path: string, query: Query = {}): unknown {
    const request: HttpRequest = {
      url: `${this.account.host}${path}${queryString(query)}`,
      method: 'get',
      headers: {
        Authorization: `Basic ${base64OfUtf8(`${this.account.systemId}:${this.account.apiKey}`)}`,
        Accept: 'application/json',
      },
    };
    return this.parseJson(this.send(request));
  }

  /** The account's modules (MiniCRM's "Category" list), sorted by name. */
  listModules(): Module[] {
    const body = this.getJson('/Api/R3/Category');
    if (body === null || typeof body !== 'object')
      throw new AppError('BAD_RESPONSE', {}, 'Category is not an object');
    const entries = Array.isArray(body) ? [] : Object.entries(body as Record<string, unknown>);
    return entries
      .filter(([id]) => /^\d+$/.test(id))
      .map(([id, name]) => ({ id: Number(id), name: String(name) }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  }

  /** A module's card schema. */
  projectSchema(moduleId: number): ModuleSchema {
    return parseModuleSchema(this.getJson(`/Api/R3/Schema/Project/${moduleId}`));
  }

  /** One page (0-based, 100 rows) of a card search. */
  searchProjects(filters: Query, page: number): ListPage {
    return readListPage(this.getJson('/Api/R3/Project', { ...filters, Page: page }));
  }

  /** Sends one request, pacing /Api/R3 calls and retrying 429, 5xx and network failures a bounded number of times. */
  private send(request: HttpRequest): HttpResponse {
    const paced = request.url.includes('/Api/R3/');
    for (let attempt = 0; ; attempt++) {
      this.ensureTimeFor(0);
      if (paced) this.pacer.acquire();
      this.ensureTimeFor(0);
      this.requests++;
      const [outcome] = this.options.http.fetchAll([request]);
      const retryWait = attempt < RETRY_WAITS_MS.length ? this.retryWait(outcome, attempt) : null;
      if (retryWait === null) return this.accept(outcome);
      this.ensureTimeFor(retryWait);
      this.options.clock.sleep(retryWait);
    }
  }

  /** How long to wait before retrying this outcome, or null when it should not be retried. */
  private retryWait(outcome: HttpResponse | HttpFailure, attempt: number): number | null {
    if (isFailure(outcome)) return RETRY_WAITS_MS[attempt];
    if (outcome.status === 429) {
      const retryAfter = Number(headerValue(outcome, 'Retry-After'));
      if (Number.isFinite(retryAfter) && retryAfter > 0)
        return Math.min(retryAfter * 1000, MAX_RETRY_AFTER_MS);
      // No Retry-After from MiniCRM: wait until the minute of our own sends has passed.
      return Math.max(RETRY_WAITS_MS[attempt], this.pacer.delayAfterRefusal());
    }
    if (outcome.status >= 500) return RETRY_WAITS_MS[attempt];
    return null;
  }

  /** Refuses to start what cannot finish before the execution's deadline. */
  private ensureTimeFor(waitMs: number): void {
    const deadline = this.options.deadline;
    if (deadline !== undefined && this.options.clock.now() + waitMs + REQUEST_RESERVE_MS > deadline) {
      throw new AppError('TIME_BUDGET');
    }
  }

  /** Turns a final outcome into a response, or the AppError that names what went wrong. */
  private accept(outcome: HttpResponse | HttpFailure): HttpResponse {
    if (isFailure(outcome)) throw new AppError('NETWORK', {}, outcome.networkError);
    const { status, body } = outcome;
    if (status >= 200 && status < 300) return outcome;
    if (status === 401 || status === 403) throw new AppError('AUTH_FAILED', {}, body);
    // The manual documents "404 Unauthorized: Access denied" for bad keys; a real 404 names no authorization.
    if (status === 404 && /unauthori[sz]ed|access denied/i.test(body))
      throw new AppError('AUTH_FAILED', {}, body);
    if (status === 404) throw new AppError('NOT_FOUND', { what: 'The MiniCRM record' }, body);
    if (status === 429) throw new AppError('RATE_LIMITED', {}, body);
    if (status >= 500) throw new AppError('SERVER_ERROR', { status }, body);
    throw new AppError(
      'BAD_INPUT',
      { field: 'the filter', problem: `MiniCRM refused it (HTTP ${status})` },
      body,
    );
  }

  private parseJson(response: HttpResponse): unknown {
    try {
      return JSON.parse(response.body);
    } catch {
      throw new AppError('BAD_RESPONSE', {}, response.body.slice(0, 200));
    }
  }
}
