// Small deterministic pseudo-random generator (mulberry32) and helpers for the sandbox's seeded data.

/** A deterministic random source: same seed, same sequence, on every machine. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with the given probability (0–1). */
  chance(probability: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

// Captured once: a global lookup of `Math` per call is very slow inside Jest's sandboxed global object,
// and generating a data set makes millions of these calls.
const { imul, floor } = Math;

/** Creates a mulberry32 generator: tiny, fast and good enough for test data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + floor(next() * (max - min + 1)),
    chance: probability => next() < probability,
    pick: items => items[floor(next() * items.length)],
  };
}

/**
 * Mixes several integers into one 32-bit seed, so that each card can get its own generator from
 * (seed, module, index): changing one module's size then never disturbs another module's cards.
 */
export function mixSeed(...parts: number[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    hash = imul(hash ^ (part >>> 0), 0x01000193);
    hash ^= hash >>> 13;
    hash = imul(hash, 0x5bd1e995);
    hash ^= hash >>> 15;
  }
  return hash >>> 0;
}
