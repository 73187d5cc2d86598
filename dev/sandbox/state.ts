// Everything one sandbox server holds: the account, its contacts, cards, documents, shared filters, clock,
// rate limiter, faults and stats.

import { API_KEY, SYSTEM_ID } from './catalog';
import { Credentials } from './auth';
import { SandboxClock } from './clock';
import { ContactSchema } from './contact-schema';
import { ContactDirectory } from './contacts';
import { CardStore } from './data';
import { DocumentStore } from './documents';
import { FaultState } from './faults';
import { RateLimiter } from './rate-limit';
import { AccountSchema } from './schema';
import { SharedFilters } from './shared-filters';
import { RequestStats } from './stats';

/** The seed used when none is given. */
export const DEFAULT_SEED = 1;

/** Options of a sandbox server. */
export interface SandboxOptions {
  /** Seed of the generated data (default 1). Same seed, byte-identical responses. */
  seed?: number;
  /** API key of the seeded account (default the catalog's). */
  apiKey?: string;
  /** Real time source, replaceable in tests; the emulator's clock header overrides it per request. */
  realNow?: () => number;
}

/** The mutable world of one sandbox. */
export interface SandboxState {
  readonly schema: AccountSchema;
  readonly contactSchema: ContactSchema;
  readonly contacts: ContactDirectory;
  readonly store: CardStore;
  readonly documents: DocumentStore;
  readonly sharedFilters: SharedFilters;
  readonly clock: SandboxClock;
  readonly limiter: RateLimiter;
  readonly faults: FaultState;
  readonly stats: RequestStats;
  readonly credentials: Credentials;
  /** The seed the server started with; `reset` without a seed returns to it. */
  readonly startSeed: number;
  /** The seed of the data now served. */
  seed: number;
}

/** Builds a sandbox's state and seeds its data. */
export function createSandboxState(options: SandboxOptions = {}): SandboxState {
  const schema = new AccountSchema();
  const contactSchema = new ContactSchema();
  const contacts = new ContactDirectory(contactSchema);
  const store = new CardStore(schema, contacts);
  const seed = options.seed ?? DEFAULT_SEED;
  const state: SandboxState = {
    schema,
    contactSchema,
    contacts,
    store,
    documents: new DocumentStore(schema, store, contacts),
    sharedFilters: new SharedFilters(schema),
    clock: new SandboxClock(options.realNow),
    limiter: new RateLimiter(),
    faults: new FaultState(),
    stats: new RequestStats(),
    credentials: { systemId: SYSTEM_ID, apiKey: options.apiKey ?? API_KEY },
    startSeed: seed,
    seed,
  };
  reseedData(state, seed);
  return state;
}

/** Regenerates all seeded data in dependency order: contacts, then cards, then their documents. */
function reseedData(state: SandboxState, seed: number): void {
  state.contacts.reseed(seed);
  state.store.reseed(seed);
  state.documents.reseed(seed);
  state.sharedFilters.reseed(seed);
}

/** Reseeds the data and forgets stats, faults, the rate-limit window and the clock. */
export function resetSandboxState(state: SandboxState, seed: number = state.startSeed): void {
  state.seed = seed;
  reseedData(state, seed);
  state.stats.clear();
  state.faults.clear();
  state.limiter.reset();
  state.clock.reset();
}
