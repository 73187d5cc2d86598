// The sandbox's clock: the emulator's virtual time when a request carries it, real time otherwise; never backwards.

/** The header the project's Apps Script emulator sends with its virtual time, in epoch ms. */
export const CLOCK_HEADER = 'x-emulator-clock';

/** A clock that follows the emulator's virtual time and never runs backwards. */
export class SandboxClock {
  private latest = 0;
  /** Whether an emulator has told its time since the last reset: then its clock rules, not the real one. */
  private virtual = false;

  constructor(private readonly realNow: () => number = Date.now) {}

  /**
   * The time of a request: the `X-Emulator-Clock` value when present and valid; without it, the latest
   * virtual time once an emulator has spoken (a test's own direct request must not jump the clock to the
   * real date), else real time. Never earlier than any time seen before, so rate-limit windows and
   * UpdatedAt only move forward.
   */
  observe(headerValue: string | undefined): number {
    const told =
      headerValue !== undefined && /^\d+$/.test(headerValue.trim()) ? Number(headerValue) : undefined;
    if (told !== undefined) this.virtual = true;
    const candidate = told ?? (this.virtual ? this.latest : this.realNow());
    this.latest = Math.max(this.latest, candidate);
    return this.latest;
  }

  /**
   * The current time for control operations without a request clock of their own. It does not move the
   * clock: a control call made before an emulator's first request must not pin the clock to the real date.
   */
  now(): number {
    return this.virtual ? this.latest : Math.max(this.latest, this.realNow());
  }

  /** Forgets every time seen (used by reset). */
  reset(): void {
    this.latest = 0;
    this.virtual = false;
  }
}
