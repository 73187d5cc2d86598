// Small stateful in-memory fakes of the core's ports, for unit tests of the pure core.
import type {
  Clock,
  Http,
  HttpFailure,
  HttpRequest,
  HttpResponse,
  KeyValueStore,
} from '../../src/core/ports';

/** A clock that only moves when slept or advanced. */
export class FakeClock implements Clock {
  slept: number[] = [];
  constructor(public current = Date.UTC(2026, 10, 2, 9)) {}
  now(): number {
    return this.current;
  }
  sleep(ms: number): void {
    this.slept.push(ms);
    this.current += ms;
  }
}

/** An HTTP server stand-in: a handler per request, every request recorded. */
export class FakeHttp implements Http {
  readonly requests: HttpRequest[] = [];
  constructor(
    private readonly handler: (request: HttpRequest, index: number) => HttpResponse | HttpFailure,
  ) {}
  fetchAll(requests: HttpRequest[]): (HttpResponse | HttpFailure)[] {
    return requests.map(request => {
      this.requests.push(request);
      return this.handler(request, this.requests.length - 1);
    });
  }
}

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): HttpResponse {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** A plain-text response, as MiniCRM sends errors. */
export function text(body: string, status: number, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers }, body };
}

/** A Map-backed key-value store. */
export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  get(key: string) {
    return this.data.get(key) ?? null;
  }
  getAll() {
    return Object.fromEntries(this.data);
  }
  set(key: string, value: string) {
    this.data.set(key, value);
  }
  setAll(entries: Record<string, string>) {
    for (const [k, v] of Object.entries(entries)) this.data.set(k, v);
  }
  delete(key: string) {
    this.data.delete(key);
  }
}
