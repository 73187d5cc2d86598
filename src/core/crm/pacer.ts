// Keeps requests to MiniCRM's /Api/R3 under its limit of 60 a minute by waiting before one would exceed it.
import type { Clock } from '../ports';

/** MiniCRM's documented limit on /Api/R3 (manual p. 21, 41). */
export const REQUESTS_PER_MINUTE = 60;
const WINDOW_MS = 60_000;

/** A sliding-window pacer: before each request it waits until fewer than `limit` fell in the last minute. */
export class RequestPacer {
  private sent: number[];

  constructor(
    private readonly clock: Clock,
    /** Send times already in the window (e.g. from an earlier execution that shares the same minute). */
    recent: number[] = [],
    private readonly limit: number = REQUESTS_PER_MINUTE,
  ) {
    this.sent = recent.slice().sort((a, b) => a - b);
  }

  /** How long the next `count` requests would have to wait (ms) if sent now. */
  delayFor(count = 1): number {
    const now = this.clock.now();
    const inWindow = this.sent.filter(at => at > now - WINDOW_MS);
    const excess = inWindow.length + count - this.limit;
    if (excess <= 0) return 0;
    // The request may go once the `excess`-th oldest send has left the window.
    return Math.max(0, inWindow[excess - 1] + WINDOW_MS - now + 1);
  }

  /** Waits (Utilities.sleep through the clock) until `count` requests may go, then records them as sent. */
  acquire(count = 1): void {
    const delay = this.delayFor(count);
    if (delay > 0) this.clock.sleep(delay);
    const now = this.clock.now();
    this.sent = this.sent.filter(at => at > now - WINDOW_MS);
    for (let i = 0; i < count; i++) this.sent.push(now);
  }

  /** Send times still inside the window, to hand to the next execution. */
  recent(): number[] {
    const now = this.clock.now();
    return this.sent.filter(at => at > now - WINDOW_MS);
  }
}
