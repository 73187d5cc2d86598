// CacheService: script, user and document caches with Apps Script's key/value/expiry limits, on the virtual clock.
import type { Execution } from '../execution';
import type { World } from '../world';

const MAX_KEY = 250;
const MAX_VALUE_BYTES = 100 * 1024;
const MAX_TTL_S = 21_600;
const DEFAULT_TTL_S = 600;
const MAX_ITEMS = 1000;
const KEEP_ON_OVERFLOW = 900;

type Entry = { value: string; expiresAt: number };

function cacheState(world: World): Map<string, Map<string, Entry>> {
  return world.state('cache', () => new Map());
}

function cacheObject(world: World, exec: Execution, store: Map<string, Entry>) {
  const enter = (name: string) => {
    exec.enter(`CacheService.Cache.${name}`, 'user-data');
    exec.spend(world.costs.storeCallMs);
  };
  const live = (key: string): string | null => {
    const entry = store.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= world.clock.now()) {
      store.delete(key);
      return null;
    }
    return entry.value;
  };
  const put = (key: string, value: unknown, ttl: number) => {
    if (String(key).length > MAX_KEY) throw exec.error('Exception: Argument too large: key');
    const text = String(value);
    if (Buffer.byteLength(text) > MAX_VALUE_BYTES) throw exec.error('Exception: Argument too large: value');
    const seconds = Math.min(Math.max(1, Math.floor(ttl)), MAX_TTL_S);
    store.set(String(key), { value: text, expiresAt: world.clock.now() + seconds * 1000 });
    if (store.size > MAX_ITEMS) {
      // Apps Script keeps the 900 items farthest from expiration.
      const kept = [...store.entries()]
        .sort((a, b) => b[1].expiresAt - a[1].expiresAt)
        .slice(0, KEEP_ON_OVERFLOW);
      store.clear();
      for (const [k, v] of kept) store.set(k, v);
    }
  };
  return {
    get(key: string) {
      enter('get');
      return live(String(key));
    },
    getAll(keys: string[]) {
      enter('getAll');
      const out = new exec.realm.Object() as Record<string, string>;
      for (const key of keys) {
        const value = live(String(key));
        if (value !== null) out[key] = value;
      }
      return out;
    },
    put(key: string, value: unknown, expirationInSeconds = DEFAULT_TTL_S) {
      enter('put');
      put(key, value, expirationInSeconds);
    },
    putAll(values: Record<string, unknown>, expirationInSeconds = DEFAULT_TTL_S) {
      enter('putAll');
      for (const [key, value] of Object.entries(values)) put(key, value, expirationInSeconds);
    },
    remove(key: string) {
      enter('remove');
      store.delete(String(key));
    },
    removeAll(keys: string[]) {
      enter('removeAll');
      for (const key of keys) store.delete(String(key));
    },
    toString: () => 'Cache',
  };
}

/** The global `CacheService` of one execution. */
export function createCacheService(world: World, exec: Execution) {
  const caches = cacheState(world);
  const storeFor = (scope: string) => {
    let store = caches.get(scope);
    if (!store) {
      store = new Map();
      caches.set(scope, store);
    }
    return store;
  };
  return {
    getScriptCache() {
      exec.enter('CacheService.getScriptCache', 'user-data');
      return cacheObject(world, exec, storeFor('script'));
    },
    getUserCache() {
      exec.enter('CacheService.getUserCache', 'user-data');
      return cacheObject(world, exec, storeFor(`user:${exec.user.key}`));
    },
    getDocumentCache() {
      exec.enter('CacheService.getDocumentCache', 'user-data');
      const id = exec.documentId;
      return id === null ? null : cacheObject(world, exec, storeFor(`document:${id}`));
    },
    toString: () => 'CacheService',
  };
}
