// Keeps requests to MiniCRM's /Api/R3 under its limit of 60 a minute by waiting before one would exceed it.
import type { Clock } from '../ports';

/**
 * Where send times outlive an execution: a trigger run right after a manual run shares the same minute
 * at MiniCRM, so each execution starts from the sends the previous ones recorded.
 */
export interface PacingMemory {
  load(): number[];
  save(sendTimes: number[]): void;
}

/** MiniCRM's documented limit on /Api/R3 (manual p. 21, 41). */
export const REQUESTS_PER_MINUTE = 60;
const WINDOW_MS = 60_000;

/** A sliding-window pacer: before each request it waits until fewer than `limit` fell in the last minute. */
export class RequestPacer {
  private sent: number[];

  constructor(
    private readonly clock: Clock,
    private readonly memory?: PacingMemory,
    private readonly limit: number = REQUESTS_PER_MINUTE,
  ) {
    this.sent = (memory?.load() ?? []).filter(Number.isFinite).sort((a, b) => a - b);
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

  /**
   * Waits (Utilities.sleep through the clock) until `count` requests may go, then records them as sent. The
   * shared memory is read again first: another execution on the same account may have sent meanwhile.
   */
  acquire(count = 1): void {
    this.mergeShared();
    const delay = this.delayFor(count);
    if (delay > 0) this.clock.sleep(delay);
    const now = this.clock.now();
    this.sent = this.sent.filter(at => at > now - WINDOW_MS);
    for (let i = 0; i < count; i++) this.sent.push(now);
    this.memory?.save(this.sent);
  }

  /** Adds the sends other executions recorded since this one last looked. */
  private mergeShared(): void {
    const shared = this.memory?.load();
    if (!shared?.length) return;
    // A multiset union: a batch records several sends at the same instant, and both lists hold our own.
    const counts = new Map<number, number>();
    for (const at of this.sent) counts.set(at, (counts.get(at) ?? 0) + 1);
    const theirs = new Map<number, number>();
    for (const at of shared.filter(Number.isFinite)) theirs.set(at, (theirs.get(at) ?? 0) + 1);
    for (const [at, count] of theirs) counts.set(at, Math.max(counts.get(at) ?? 0, count));
    this.sent = [...counts].flatMap(([at, count]) => Array<number>(count).fill(at)).sort((a, b) => a - b);
  }

  /** After a 429 despite pacing (someone else uses the key too): how long until a full minute has passed. */
  delayAfterRefusal(): number {
    const now = this.clock.now();
    const oldest = this.sent.find(at => at > now - WINDOW_MS);
    return oldest === undefined ? WINDOW_MS : oldest + WINDOW_MS - now + 1;
  }

  /** Send times still inside the window, to hand to the next execution. */
  recent(): number[] {
    const now = this.clock.now();
    return this.sent.filter(at => at > now - WINDOW_MS);
  }
}
