// Request statistics for tests and benchmarks: totals per route and status, and a log of recent requests.

/** One served request as the log keeps it. */
export interface LoggedRequest {
  /** The sandbox clock's time of the request, epoch ms. */
  at: number;
  method: string;
  path: string;
  /** The raw query string without `?` (so `+` and `%20` stay visible), or `""`. */
  query: string;
  status: number;
}

/** The body of `GET /__sandbox/stats`. */
export interface StatsSnapshot {
  total: number;
  byRoute: Record<string, number>;
  status: Record<string, number>;
  log: LoggedRequest[];
}

/** How many requests the log keeps. */
export const LOG_LIMIT = 2000;

/** Counts the requests the client made (control requests are not counted). */
export class RequestStats {
  private total = 0;
  private byRoute = new Map<string, number>();
  private byStatus = new Map<string, number>();
  private log: LoggedRequest[] = [];

  /** Records one request under its route pattern, e.g. `GET /Api/R3/Project/{Id}`. */
  record(route: string, entry: LoggedRequest): void {
    this.total++;
    this.byRoute.set(route, (this.byRoute.get(route) ?? 0) + 1);
    const status = String(entry.status);
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
    this.log.push(entry);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
  }

  /** A JSON-safe copy. */
  snapshot(): StatsSnapshot {
    return {
      total: this.total,
      byRoute: Object.fromEntries(this.byRoute),
      status: Object.fromEntries(this.byStatus),
      log: this.log.map(entry => ({ ...entry })),
    };
  }

  /** Back to zero. */
  clear(): void {
    this.total = 0;
    this.byRoute.clear();
    this.byStatus.clear();
    this.log = [];
  }
}
