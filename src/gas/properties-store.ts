// PropertiesService stores (user, document) as the core's KeyValueStore port.
import type { KeyValueStore } from '../core/ports';

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
    this.properties.setProperty(key, value);
  }

  setAll(entries: Record<string, string>): void {
    this.properties.setProperties(entries, false);
  }

  delete(key: string): void {
    this.properties.deleteProperty(key);
  }
}
