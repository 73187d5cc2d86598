// The emulator's virtual clock: time moves only when the emulated world says so (sleep, latency, costs).

/** A clock that starts at a fixed instant and advances only when told to, so runs are deterministic. */
export class VirtualClock {
  private current: number;

  constructor(startMs: number = Date.UTC(2026, 10, 2, 9, 0, 0)) {
    this.current = startMs;
  }

  /** Milliseconds since the epoch, as `Date.now()` inside the emulated script sees it. */
  now(): number {
    return this.current;
  }

  /** Moves time forward; never backwards. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`cannot advance the clock by ${ms} ms`);
    // Date.now() is whole milliseconds; fractional costs (per cell) are rounded when they land.
    this.current = Math.round(this.current + ms);
  }

  /** Jumps to an instant in the future (a no-op when it is in the past). */
  advanceTo(epochMs: number): void {
    if (epochMs > this.current) this.current = epochMs;
  }
}
