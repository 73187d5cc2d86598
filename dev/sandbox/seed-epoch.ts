// The fixed instant all seeded data is generated back from, so seeded data never depends on the real clock.

/** The sandbox's "now" at seed time (2026-11-01 00:00 UTC). */
export const SEED_EPOCH_MS = Date.UTC(2026, 10, 1);
