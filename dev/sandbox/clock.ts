// The sandbox's clock: the emulator's virtual time when a request carries it, real time otherwise; never backwards.

/** The header the project's Apps Script emulator sends with its virtual time, in epoch ms. */
export const CLOCK_HEADER = 'x-emulator-clock';

/** A clock that follows the emulator's virtual time and never runs backwards. */
export class SandboxClock {
  private latest = 0;

  constructor(private readonly realNow: () => number = Date.now) {}

  /**
   * The time of a request: the `X-Emulator-Clock` value when present and valid, real time otherwise,
   * but never earlier than any time seen before (so rate-limit windows and UpdatedAt only move forward).
   */
  observe(headerValue: string | undefined): number {
    const virtual =
      headerValue !== undefined && /^\d+$/.test(headerValue.trim()) ? Number(headerValue) : undefined;
    this.latest = Math.max(this.latest, virtual ?? this.realNow());
    return this.latest;
  }

  /** The latest time seen, for control operations that happen "now" without a request clock of their own. */
  now(): number {
    return this.observe(undefined);
  }

  /** Forgets every time seen (used by reset). */
  reset(): void {
    this.latest = 0;
  }
}
