// Test harness: an in-process sandbox on a free port plus a small HTTP client that speaks to it like the add-on.

import { API_KEY, SYSTEM_ID } from '../../dev/sandbox/catalog';
import { createSandboxControl, SandboxControl } from '../../dev/sandbox/control-client';
import { SEED_EPOCH_MS } from '../../dev/sandbox/data';
import { createSandboxServer, SandboxOptions, SandboxServer } from '../../dev/sandbox/server';

/** A response with its body as text, so tests can check both the wire form and the decoded JSON. */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Per-request options. */
export interface RequestOptions {
  /** `'valid'` (default) sends the seeded credentials, `null` sends none, a string is sent as-is. */
  authorization?: 'valid' | null | string;
  /** Virtual time to send in X-Emulator-Clock; default: the harness clock, which advances 1 s per request. */
  clock?: number | null;
  method?: string;
}

/** The `Authorization` header for HTTP Basic credentials. */
export function basicAuth(user: string | number, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** A running in-process sandbox and a client for it. */
export class TestSandbox {
  /** The virtual clock the harness sends; 1 s per request keeps tests under the 60/min limit. */
  virtualNow = SEED_EPOCH_MS;

  private constructor(
    private readonly server: SandboxServer,
    readonly origin: string,
    readonly control: SandboxControl,
  ) {}

  /** Starts a sandbox on a free port. */
  static async start(options: SandboxOptions = {}): Promise<TestSandbox> {
    const server = createSandboxServer(options);
    const port = await server.listen(0);
    const origin = `http://127.0.0.1:${port}`;
    const sandbox: TestSandbox = new TestSandbox(
      server,
      origin,
      createSandboxControl(origin, () => sandbox.clockHeader()),
    );
    return sandbox;
  }

  /** The clock header for control calls: the harness's current virtual time, without advancing it. */
  clockHeader(): Record<string, string> {
    return { 'X-Emulator-Clock': String(this.virtualNow) };
  }

  /** Sends a request and reads the body as text. */
  async request(pathAndQuery: string, options: RequestOptions = {}): Promise<RawResponse> {
    const headers: Record<string, string> = {};
    const authorization = options.authorization === undefined ? 'valid' : options.authorization;
    if (authorization === 'valid') headers.Authorization = basicAuth(SYSTEM_ID, API_KEY);
    else if (authorization !== null) headers.Authorization = authorization;
    if (options.clock !== null) {
      if (options.clock === undefined) this.virtualNow += 1000;
      headers['X-Emulator-Clock'] = String(options.clock ?? this.virtualNow);
    }
    const response = await fetch(`${this.origin}${pathAndQuery}`, {
      method: options.method ?? 'GET',
      headers,
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  /** GETs a path that must answer 200 JSON, and decodes it. */
  async json<T = unknown>(pathAndQuery: string): Promise<T> {
    const response = await this.request(pathAndQuery);
    if (response.status !== 200) throw new Error(`${pathAndQuery}: ${response.status} ${response.text}`);
    return JSON.parse(response.text) as T;
  }

  /** Stops the server. */
  close(): Promise<void> {
    return this.server.close();
  }
}

/** A search answer, decoded. */
export interface SearchBody {
  Count: number;
  Results: Record<string, SearchRow> | [];
}

/** One search row, decoded. */
export interface SearchRow {
  Id: number;
  Name: string;
  Url: string;
  ContactId: number;
  StatusId: number;
  UserId: number;
  Deleted: number;
  BusinessId?: number;
}

/** A schema, decoded. */
export type SchemaBody = Record<string, string | Record<string, string>>;

/** A card detail, decoded. */
export type DetailBody = Record<string, string | number>;

/** The rows of a search body in the order they were sent. */
export function rowsOf(body: SearchBody): SearchRow[] {
  return Array.isArray(body.Results) ? [] : Object.values(body.Results);
}

/** Reads every page of a search and returns all rows. */
export async function searchAll(
  sandbox: TestSandbox,
  query: string,
): Promise<{ count: number; rows: SearchRow[] }> {
  const rows: SearchRow[] = [];
  for (let page = 0; ; page++) {
    const body = await sandbox.json<SearchBody>(`/Api/R3/Project?${query}&Page=${page}`);
    const pageRows = rowsOf(body);
    rows.push(...pageRows);
    if (pageRows.length === 0 || rows.length >= body.Count) return { count: body.Count, rows };
  }
}

/** Fetches the details of the given card ids. */
export async function detailsOf(sandbox: TestSandbox, ids: number[]): Promise<DetailBody[]> {
  const details: DetailBody[] = [];
  for (const id of ids) details.push(await sandbox.json<DetailBody>(`/Api/R3/Project/${id}`));
  return details;
}

/** Lowercase without accents, the way a person expects a search to ignore them. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** A `{Count, Results}` answer of any paged route, decoded. */
export interface PagedBody<Row> {
  Count: number;
  Results: Record<string, Row> | [];
}

/** Reads every page (`Page=0,1,…`) of a paged route and returns all rows in the order they were decoded. */
export async function pagedAll<Row>(
  sandbox: TestSandbox,
  pathAndQuery: string,
): Promise<{ count: number; rows: Row[] }> {
  const rows: Row[] = [];
  const separator = pathAndQuery.includes('?') ? '&' : '?';
  for (let page = 0; ; page++) {
    const body = await sandbox.json<PagedBody<Row>>(`${pathAndQuery}${separator}Page=${page}`);
    const pageRows = Array.isArray(body.Results) ? [] : Object.values(body.Results);
    rows.push(...pageRows);
    if (pageRows.length === 0 || rows.length >= body.Count) return { count: body.Count, rows };
  }
}

/** The ids of a `Results` object in the order they appear on the wire (JSON.parse reorders integer keys). */
export function wireIds(text: string): number[] {
  return [...text.matchAll(/"(\d+)":\{"Id":"?\d+"?/g)].map(match => Number(match[1]));
}
