// The spreadsheet's library: saved filters, syncs and each sync's run record, in document properties.
import type { FilterInput, LastRun, SavedFilter, Sync } from '../../shared/contract';
import type { CardSyncState } from '../sync/card-step';
import { badInput } from '../errors';
import type { KeyValueStore } from '../ports';

/** Bumped when the stored shapes change; older data is migrated on read. */
export const LIBRARY_SCHEMA_VERSION = 1;
/** Apps Script allows 9 KB per property value; stay below it with room for the key. */
const MAX_VALUE_BYTES = 8_500;

const VERSION_KEY = 'library:version';
const FILTER_PREFIX = 'filter:';
const SYNC_PREFIX = 'sync:';
const RUN_PREFIX = 'run:';

/** A filter as stored: the input with its id (a shared filter's code kept whole, never sent to the sidebar). */
export type StoredFilter = FilterInput & { id: string };

/** What a sync remembers between runs: its last run and the block it owns in the sheet. */
export interface RunRecord {
  lastRun?: LastRun;
  /** The block the last committed write covered (header included), so stale rows can be cleared. */
  block?: { rows: number; columns: number };
  /** A card sync's incremental state and any run in progress. */
  cards?: CardSyncState;
}

/** Reads and writes the library; every write checks the 9 KB property limit first. */
export class Library {
  constructor(private readonly documentStore: KeyValueStore) {}

  /** Every stored entry in one properties call, parsed. */
  private entries(prefix: string): unknown[] {
    const all = this.documentStore.getAll();
    return Object.keys(all)
      .filter(key => key.startsWith(prefix))
      .sort()
      .map(key => safeParse(all[key]))
      .filter(value => value !== null);
  }

  private write(key: string, value: unknown): void {
    const json = JSON.stringify(value);
    if (utf8Length(key) + utf8Length(json) > MAX_VALUE_BYTES) {
      throw badInput('savedSettings', 'tooLargeToStore');
    }
    if (this.documentStore.get(VERSION_KEY) === null) {
      this.documentStore.set(VERSION_KEY, String(LIBRARY_SCHEMA_VERSION));
    }
    this.documentStore.set(key, json);
  }

  filters(): StoredFilter[] {
    return this.entries(FILTER_PREFIX) as StoredFilter[];
  }

  filter(id: string): StoredFilter | null {
    return safeParse(this.documentStore.get(FILTER_PREFIX + id)) as StoredFilter | null;
  }

  saveFilter(filter: StoredFilter): void {
    this.write(FILTER_PREFIX + filter.id, filter);
  }

  deleteFilter(id: string): void {
    this.documentStore.delete(FILTER_PREFIX + id);
  }

  syncs(): Sync[] {
    return this.entries(SYNC_PREFIX) as Sync[];
  }

  sync(id: string): Sync | null {
    return safeParse(this.documentStore.get(SYNC_PREFIX + id)) as Sync | null;
  }

  saveSync(sync: Sync): void {
    this.write(SYNC_PREFIX + sync.id, sync);
  }

  deleteSync(id: string): void {
    this.documentStore.delete(SYNC_PREFIX + id);
    this.documentStore.delete(RUN_PREFIX + id);
  }

  runRecord(syncId: string): RunRecord {
    return (safeParse(this.documentStore.get(RUN_PREFIX + syncId)) as RunRecord | null) ?? {};
  }

  saveRunRecord(syncId: string, record: RunRecord): void {
    this.write(RUN_PREFIX + syncId, record);
  }
}

function safeParse(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** UTF-8 length of a string, which is what the property quota counts. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The filter as the sidebar may see it: a shared filter's code masked, everything else as stored. */
export function toSavedFilter(filter: StoredFilter): SavedFilter {
  if (filter.kind !== 'shared') return { ...filter };
  return { ...filter, code: maskSharedCode(filter.code) };
}

/** Masks the secret Hash of a shared-filter URL, keeping enough to recognise it. */
export function maskSharedCode(code: string): string {
  return code.replace(/(Hash=)([^&"\s”]+)/i, (_match, prefix: string, hash: string) =>
    hash.length <= 10 ? `${prefix}…` : `${prefix}${hash.slice(0, 6)}…${hash.slice(-4)}`,
  );
}
