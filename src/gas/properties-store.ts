// PropertiesService stores (user, document) as the core's KeyValueStore port.
import { AppError } from '../core/errors';
import type { KeyValueStore } from '../core/ports';

/** Apps Script's words when a store passes 500 KB, and when a day's property calls are used up. */
const STORAGE_FULL = /property storage quota/i;
const DAILY_QUOTA = /too many times for one day: properties/i;

/** Property writes that hit Google's limits become a [QUOTA] the person can act on. */
function guarded<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof Error && STORAGE_FULL.test(error.message))
      throw new AppError('STORAGE_FULL', {}, error.message);
    if (error instanceof Error && DAILY_QUOTA.test(error.message)) {
      throw new AppError('QUOTA', { what: 'properties' }, error.message);
    }
    throw error;
  }
}

/** A KeyValueStore over one Apps Script Properties store. */
export class PropertiesStore implements KeyValueStore {
  constructor(private readonly properties: GoogleAppsScript.Properties.Properties) {}

  get(key: string): string | null {
    return this.properties.getProperty(key);
  }

  getAll(): Record<string, string> {
    return this.properties.getProperties();
  }

  set(key: string, value: string): void {
    guarded(() => this.properties.setProperty(key, value));
  }

  setAll(entries: Record<string, string>): void {
    guarded(() => this.properties.setProperties(entries, false));
  }

  delete(key: string): void {
    this.properties.deleteProperty(key);
  }
}
