// PropertiesService: script, user and document stores with Apps Script's size limits and daily quota.
import type { Execution } from '../execution';
import type { World } from '../world';

/** Apps Script's limits (quota table): 9 KB per value, 500 KB per store, 50,000 reads+writes a day (consumer). */
export const PROPERTY_LIMITS = { valueBytes: 9 * 1024, storeBytes: 500 * 1024, dailyCalls: 50_000 };

/** The persistent property stores of a world. */
export interface PropertyState {
  script: Map<string, string>;
  user: Map<string, Map<string, string>>;
  document: Map<string, Map<string, string>>;
  /** Calls per user per day, for the daily quota. */
  calls: Map<string, { day: number; count: number }>;
}

/** The property state of a world (for tests that look inside or seed data). */
export function propertyState(world: World): PropertyState {
  return world.state('properties', () => ({
    script: new Map(),
    user: new Map(),
    document: new Map(),
    calls: new Map(),
  }));
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function storeBytes(store: Map<string, string>): number {
  let total = 0;
  for (const [key, value] of store) total += bytes(key) + bytes(value);
  return total;
}

function storeOf(map: Map<string, Map<string, string>>, key: string): Map<string, string> {
  let store = map.get(key);
  if (!store) {
    store = new Map();
    map.set(key, store);
  }
  return store;
}

/** One Properties object over a store. */
function propertiesObject(world: World, exec: Execution, store: Map<string, string>) {
  const spend = (name: string) => {
    exec.enter(`PropertiesService.Properties.${name}`, 'user-data');
    const state = propertyState(world);
    const day = Math.floor(world.clock.now() / 86_400_000);
    const usage = state.calls.get(exec.user.key);
    const count = usage && usage.day === day ? usage.count + 1 : 1;
    if (count > PROPERTY_LIMITS.dailyCalls)
      throw exec.error('Exception: Service invoked too many times for one day: properties.');
    state.calls.set(exec.user.key, { day, count });
    exec.spend(world.costs.storeCallMs);
  };
  const checkFits = (entries: [string, string][], replaceAll: boolean) => {
    const next = new Map(replaceAll ? [] : store);
    for (const [key, value] of entries) {
      if (bytes(value) > PROPERTY_LIMITS.valueBytes) throw exec.error('Exception: Argument too large: value');
      next.set(key, value);
    }
    if (storeBytes(next) > PROPERTY_LIMITS.storeBytes) {
      throw exec.error(
        'Exception: You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  };
  const toRealmObject = (entries: Iterable<[string, string]>) => {
    const object = new exec.realm.Object() as Record<string, string>;
    for (const [key, value] of entries) object[key] = value;
    return object;
  };
  const self = {
    getProperty(key: string): string | null {
      spend('getProperty');
      return store.get(String(key)) ?? null;
    },
    getProperties(): Record<string, string> {
      spend('getProperties');
      return toRealmObject(store);
    },
    getKeys(): string[] {
      spend('getKeys');
      return exec.realm.Array.from(store.keys());
    },
    setProperty(key: string, value: unknown) {
      spend('setProperty');
      const entry: [string, string] = [String(key), String(value)];
      checkFits([entry], false);
      store.set(...entry);
      return self;
    },
    setProperties(properties: Record<string, unknown>, deleteAllOthers = false) {
      spend('setProperties');
      const entries = Object.entries(properties ?? {}).map(([key, value]): [string, string] => [
        key,
        String(value),
      ]);
      checkFits(entries, deleteAllOthers);
      if (deleteAllOthers) store.clear();
      for (const [key, value] of entries) store.set(key, value);
      return self;
    },
    deleteProperty(key: string) {
      spend('deleteProperty');
      store.delete(String(key));
      return self;
    },
    deleteAllProperties() {
      spend('deleteAllProperties');
      store.clear();
      return self;
    },
    toString: () => 'Properties',
  };
  return self;
}

/** The global `PropertiesService` of one execution. */
export function createPropertiesService(world: World, exec: Execution) {
  const state = propertyState(world);
  return {
    getScriptProperties() {
      exec.enter('PropertiesService.getScriptProperties', 'user-data');
      return propertiesObject(world, exec, state.script);
    },
    getUserProperties() {
      exec.enter('PropertiesService.getUserProperties', 'user-data');
      return propertiesObject(world, exec, storeOf(state.user, exec.user.key));
    },
    /** Null outside a document context, as Apps Script returns. */
    getDocumentProperties() {
      exec.enter('PropertiesService.getDocumentProperties', 'user-data');
      const id = exec.documentId;
      return id === null ? null : propertiesObject(world, exec, storeOf(state.document, id));
    },
    toString: () => 'PropertiesService',
  };
}
