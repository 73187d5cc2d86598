// A typed client for the /__sandbox/ control endpoints, for tests and the playground (Node's fetch).

import { FieldEdits } from './card-edit';
import { DocumentType } from './catalog';
import { DocumentEdits } from './document-edit';
import { FaultSettings } from './faults';
import { SharedFilterType } from './shared-filters';
import { StatsSnapshot } from './stats';

/** Fault settings as `faults()` accepts them: any subset. */
export type FaultPatch = Partial<FaultSettings>;

/** What `info()` reports. */
export interface SandboxInfo {
  systemId: number;
  apiKey: string;
  seed: number;
  now: number;
  modules: { id: number; name: string; cards: number }[];
  /** Persons and companies. */
  contacts: number;
  /** Documents per type, drafts included. */
  documents: Record<DocumentType, number>;
}

/** One shared filter as `sharedFilters()` lists it. */
export interface SharedFilterInfo {
  hash: string;
  type: SharedFilterType;
  /** Relative to the sandbox origin: `/Api/SharedFilter?Hash=…&Type=…`. */
  url: string;
  name: string;
  /** The module of a `Project` feed. */
  categoryId?: number;
  includesConfidential: boolean;
  /** Data rows the feed serves now (at most 8000). */
  rows: number;
  revoked: boolean;
}

/** The control endpoints as async methods. Each rejects when the sandbox answers with an error. */
export interface SandboxControl {
  /** Reseeds (with `seed`, else the start seed) and clears stats, faults, rate-limit window and clock. */
  reset(seed?: number): Promise<void>;
  info(): Promise<SandboxInfo>;
  stats(): Promise<StatsSnapshot>;
  clearStats(): Promise<void>;
  /** Regenerates a module with exactly `cards` seeded cards. */
  seed(categoryId: number, cards: number): Promise<void>;
  /** Applies field changes (enum fields by label) and marks the cards updated now. */
  touch(ids: number[], fields?: FieldEdits): Promise<void>;
  trash(ids: number[]): Promise<void>;
  purge(ids: number[]): Promise<void>;
  /** Applies a status (label or id) and/or payment date to documents and marks them modified now. */
  touchDocuments(type: DocumentType, ids: number[], fields?: DocumentEdits): Promise<void>;
  /** The shared filters: their hashes, feed URLs and row counts. */
  sharedFilters(): Promise<SharedFilterInfo[]>;
  /** Un-shares a filter: its feed answers 404 until the next reset. */
  revokeSharedFilter(hash: string): Promise<void>;
  /** Merges fault settings; returns the settings now in force. */
  faults(patch: FaultPatch): Promise<FaultSettings>;
  getFaults(): Promise<FaultSettings>;
  clearFaults(): Promise<void>;
}

/** Extra headers for control requests, e.g. the emulator's clock so that `touch` stamps virtual time. */
export type ControlHeaders = Record<string, string>;

/** Builds a control client for a sandbox at `origin` (e.g. `http://127.0.0.1:8787`). */
export function createSandboxControl(
  origin: string,
  headers: () => ControlHeaders = () => ({}),
): SandboxControl {
  async function call<T>(method: 'GET' | 'POST', name: string, body?: unknown): Promise<T> {
    const response = await fetch(`${origin}/__sandbox/${name}`, {
      method,
      headers: { ...headers(), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = (await response.json()) as T & { ok?: boolean; error?: string };
    if (!response.ok) throw new Error(`sandbox ${name}: ${response.status} ${payload.error ?? ''}`.trim());
    return payload;
  }
  const post = (name: string, body: unknown = {}): Promise<unknown> => call('POST', name, body);

  return {
    reset: async seed => void (await post('reset', seed === undefined ? {} : { seed })),
    info: () => call<SandboxInfo>('GET', 'info'),
    stats: () => call<StatsSnapshot>('GET', 'stats'),
    clearStats: async () => void (await post('stats/clear')),
    seed: async (categoryId, cards) => void (await post('seed', { categoryId, cards })),
    touch: async (ids, fields) =>
      void (await post('touch', fields === undefined ? { ids } : { ids, fields })),
    trash: async ids => void (await post('trash', { ids })),
    purge: async ids => void (await post('purge', { ids })),
    touchDocuments: async (type, ids, fields) =>
      void (await post('touch-document', fields === undefined ? { type, ids } : { type, ids, fields })),
    sharedFilters: () => call<SharedFilterInfo[]>('GET', 'shared-filters'),
    revokeSharedFilter: async hash => void (await post('shared-filters/revoke', { hash })),
    faults: async patch => (await call<{ faults: FaultSettings }>('POST', 'faults', patch)).faults,
    getFaults: async () => (await call<{ faults: FaultSettings }>('GET', 'faults')).faults,
    clearFaults: async () => void (await post('faults/clear')),
  };
}
