// MiniCRM's documented limit of 60 requests per minute on /Api/R3, as a rolling window per System ID.

/** Requests allowed per window (MAN p.21, 41–42). */
export const RATE_LIMIT_REQUESTS = 60;
/** The window's length in ms. */
export const RATE_LIMIT_WINDOW_MS = 60_000;

/**
 * A rolling-window limiter. Refused requests are recorded too: a typical server logs every hit before
 * deciding, so a client that keeps retrying inside the minute stays blocked until it pauses for a full
 * window. That is the behaviour a well-behaved client must survive.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  /** Records a request at `now` and tells whether it is within the limit. */
  admit(key: string, now: number): boolean {
    const recent = (this.hits.get(key) ?? []).filter(at => now - at < RATE_LIMIT_WINDOW_MS);
    const allowed = recent.length < RATE_LIMIT_REQUESTS;
    recent.push(now);
    this.hits.set(key, recent);
    return allowed;
  }

  /** Forgets all hits. */
  reset(): void {
    this.hits.clear();
  }
}
