// CacheService's user cache as a KeyValueStore: short-lived state such as request pacing.
import type { KeyValueStore } from '../core/ports';

/** Apps Script keeps cache entries at most 6 hours; pacing needs minutes. */
const TTL_SECONDS = 600;

/** A KeyValueStore over one Apps Script cache (entries expire; a miss reads as null). */
export class CacheStore implements KeyValueStore {
  constructor(private readonly cache: GoogleAppsScript.Cache.Cache) {}

  get(key: string): string | null {
    return this.cache.get(key);
  }

  getAll(): Record<string, string> {
    // Apps Script caches cannot list their keys; nothing in the core needs it from a cache.
    return {};
  }

  set(key: string, value: string): void {
    this.cache.put(key, value, TTL_SECONDS);
  }

  setAll(entries: Record<string, string>): void {
    this.cache.putAll(entries, TTL_SECONDS);
  }

  delete(key: string): void {
    this.cache.remove(key);
  }
}
