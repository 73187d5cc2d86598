// The MiniCRM HTTP client: authentication, pacing, retries, and turning MiniCRM's answers into values or AppErrors.
import type { Module } from '../../shared/contract';
import { AppError, badInput, notFound } from '../errors';
import type { Clock, Http, HttpFailure, HttpRequest, HttpResponse } from '../ports';
import { base64OfUtf8 } from '../text/base64';
import type { CrmAccount } from './account';
import { RequestPacer } from './pacer';
import { readListPage, type ListPage } from './results';
import { parseModuleSchema, type ModuleSchema } from './schema';

/** MiniCRM's item-based modules, each with its own list and detail endpoints under /Api/{type}. */
export type DocumentType = 'Invoice' | 'Order' | 'Offer';

/** One GET of a JSON resource: a path under the account's host and its query. */
export interface JsonRequest {
  path: string;
  query?: Query;
}

/** Requests sent together with fetchAll at most; the pace decides how many may go at once. */
const MAX_PARALLEL = 10;

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

function asRecord(body: unknown, what: string): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new AppError('BAD_RESPONSE', {}, `${what} is not an object`);
  }
  return body as Record<string, unknown>;
}

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
    return this.parseJson(this.send(this.jsonRequest({ path, query })));
  }

  /**
   * GETs several JSON resources, in parallel batches (fetchAll) as far as the pace allows, each retried on
   * its own when it draws a 429, a 5xx or no answer. Results come back in request order.
   */
  getJsonAll(requests: JsonRequest[]): unknown[] {
    const results: unknown[] = [];
    for (let start = 0; start < requests.length;) {
      const batch = requests.slice(start, start + this.batchSize(requests[start].path));
      const prepared = batch.map(request => this.jsonRequest(request));
      this.ensureTimeFor(0);
      if (prepared.some(request => request.url.includes('/Api/R3/'))) this.pacer.acquire(prepared.length);
      this.ensureTimeFor(0);
      this.requests += prepared.length;
      const outcomes = this.options.http.fetchAll(prepared);
      outcomes.forEach((outcome, index) => {
        const wait = this.retryWait(outcome, 0);
        if (wait === null) {
          results.push(this.parseJson(this.accept(outcome)));
          return;
        }
        this.ensureTimeFor(wait);
        this.options.clock.sleep(wait);
        results.push(this.parseJson(this.send(prepared[index], 1)));
      });
      start += batch.length;
    }
    return results;
  }

  /** How many requests may go in one parallel batch now without waiting for the pace. */
  private batchSize(path: string): number {
    if (!path.startsWith('/Api/R3/')) return MAX_PARALLEL;
    let size = MAX_PARALLEL;
    while (size > 1 && this.pacer.delayFor(size) > 0) size--;
    return size;
  }

  private jsonRequest(request: JsonRequest): HttpRequest {
    return {
      url: `${this.account.host}${request.path}${queryString(request.query ?? {})}`,
      method: 'get',
      headers: {
        Authorization: `Basic ${base64OfUtf8(`${this.account.systemId}:${this.account.apiKey}`)}`,
        Accept: 'application/json',
      },
    };
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

  /** Several pages of a card search at once (parallel within the pace). */
  searchProjectPages(filters: Query, pages: number[]): ListPage[] {
    return this.getJsonAll(
      pages.map(page => ({ path: '/Api/R3/Project', query: { ...filters, Page: page } })),
    ).map(readListPage);
  }

  /** A card with every field (custom fields included); enum and user fields come as labels. */
  project(id: number): Record<string, unknown> {
    return asRecord(this.getJson(`/Api/R3/Project/${id}`), 'Project');
  }

  /** Several cards with every field, in parallel within the pace. */
  projects(ids: number[]): Record<string, unknown>[] {
    return this.getJsonAll(ids.map(id => ({ path: `/Api/R3/Project/${id}` }))).map(body =>
      asRecord(body, 'Project'),
    );
  }

  /** The person (contact) schema. */
  personSchema(): ModuleSchema {
    return parseModuleSchema(this.getJson('/Api/R3/Schema/Person'));
  }

  /** The company schema. */
  businessSchema(): ModuleSchema {
    return parseModuleSchema(this.getJson('/Api/R3/Schema/Business'));
  }

  /** One page of a contact (person or company) search. */
  searchContacts(filters: Query, page: number): ListPage {
    return readListPage(this.getJson('/Api/R3/Contact', { ...filters, Page: page }));
  }

  /** A person or company with every field. */
  contact(id: number): Record<string, unknown> {
    return asRecord(this.getJson(`/Api/R3/Contact/${id}`), 'Contact');
  }

  /** One page of issued invoices, orders or offers (`/Api/{type}/List`). */
  listDocuments(type: DocumentType, filters: Query, page: number): ListPage {
    return readListPage(this.getJson(`/Api/${type}/List`, { ...filters, Page: page }));
  }

  /** Several pages of a document list at once (parallel). */
  listDocumentPages(type: DocumentType, filters: Query, pages: number[]): ListPage[] {
    return this.getJsonAll(
      pages.map(page => ({ path: `/Api/${type}/List`, query: { ...filters, Page: page } })),
    ).map(readListPage);
  }

  /** An invoice, order or offer with its line items (`Items`). */
  document(type: DocumentType, id: number): Record<string, unknown> {
    return asRecord(this.getJson(`/Api/${type}/${id}`), type);
  }

  /** Several documents with their items, in parallel. */
  documents(type: DocumentType, ids: number[]): Record<string, unknown>[] {
    return this.getJsonAll(ids.map(id => ({ path: `/Api/${type}/${id}` }))).map(body => asRecord(body, type));
  }

  /**
   * The CSV of a shared filter. No credentials: the Hash in the URL is the secret, and the URL was checked to
   * be on a MiniCRM host when the code was saved.
   */
  sharedFilterCsv(url: string): string {
    return this.send({ url, method: 'get', headers: { Accept: 'text/csv' } }).body;
  }

  /** Sends one request, pacing /Api/R3 calls and retrying 429, 5xx and network failures a bounded number of times. */
  private send(request: HttpRequest, firstAttempt = 0): HttpResponse {
    const paced = request.url.includes('/Api/R3/');
    for (let attempt = firstAttempt; ; attempt++) {
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
    try {
      return this.acceptOrThrow(outcome);
    } catch (error) {
      // MiniCRM's words are shown to people: never let them carry the key back.
      if (error instanceof AppError && error.remoteText && this.account.apiKey) {
        throw new AppError(error.code, error.params, error.remoteText.split(this.account.apiKey).join('…'));
      }
      throw error;
    }
  }

  private acceptOrThrow(outcome: HttpResponse | HttpFailure): HttpResponse {
    // The platform's words name the URL; a shared filter's Hash in it is a secret, so queries are cut.
    if (isFailure(outcome))
      throw new AppError('NETWORK', {}, outcome.networkError.replace(/\?[^\s"']*/g, '?…'));
    const { status, body } = outcome;
    if (status >= 200 && status < 300) return outcome;
    if (status === 401 || status === 403) throw new AppError('AUTH_FAILED', {}, body);
    // The manual documents "404 Unauthorized: Access denied" for bad keys; a real 404 names no authorization.
    if (status === 404 && /unauthori[sz]ed|access denied/i.test(body))
      throw new AppError('AUTH_FAILED', {}, body);
    if (status === 404) throw notFound('theRecord', body);
    if (status === 429) throw new AppError('RATE_LIMITED', {}, body);
    if (status >= 500) throw new AppError('SERVER_ERROR', { status }, body);
    throw badInput('filter', 'refusedByMiniCrm', body);
  }

  private parseJson(response: HttpResponse): unknown {
    try {
      return JSON.parse(response.body);
    } catch {
      throw new AppError('BAD_RESPONSE', {}, response.body.slice(0, 200));
    }
  }
}
