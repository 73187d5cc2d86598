// The account's shared filters (Google Sheets sync): one per module plus the items/services list, by Hash.

import { SYSTEM_ID } from './catalog';
import { createRng, mixSeed, Rng } from './prng';
import { AccountSchema } from './schema';

/**
 * The `Type` of a feed: `Project` for a module's cards (MAN p.77), and for the items/services list the
 * sandbox's guess `Product` (the catalog's API entity, `/Api/R3/Product`); MiniCRM's real value is unknown.
 */
export type SharedFilterType = 'Project' | 'Product';

/** The `Type` value of the items/services feed. */
export const PRODUCT_FEED_TYPE: SharedFilterType = 'Product';

/** The one module whose shared filter was set to include confidential (IsPrivate) cards. */
export const CONFIDENTIAL_FILTER_MODULE = 21;

/** A shared filter as an admin saved and shared it. */
export interface SharedFilter {
  /** `{SystemId}-{32 lowercase hex}-{22 base64url}`, the shape of the manual's only example. */
  readonly hash: string;
  readonly type: SharedFilterType;
  readonly name: string;
  /** The module of a `Project` feed. */
  readonly categoryId?: number;
  readonly includesConfidential: boolean;
}

const HEX = '0123456789abcdef';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function randomText(rng: Rng, alphabet: string, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[rng.int(0, alphabet.length - 1)];
  return text;
}

function hashOf(seed: number, index: number): string {
  const rng = createRng(mixSeed(seed, 0x5f, index));
  return `${SYSTEM_ID}-${randomText(rng, HEX, 32)}-${randomText(rng, BASE64URL, 22)}`;
}

/** The shared filters of the account, and which of them have been revoked (un-shared). */
export class SharedFilters {
  private filters: SharedFilter[] = [];
  private readonly revoked = new Set<string>();

  constructor(private readonly schema: AccountSchema) {}

  /** New hashes from the seed; every filter shared again. */
  reseed(seed: number): void {
    this.revoked.clear();
    this.filters = this.schema.modules.map((module, index) => ({
      hash: hashOf(seed, index),
      type: 'Project' as const,
      name: `${module.def.name} – Google Sheets`,
      categoryId: module.def.id,
      includesConfidential: module.def.id === CONFIDENTIAL_FILTER_MODULE,
    }));
    this.filters.push({
      hash: hashOf(seed, this.filters.length),
      type: PRODUCT_FEED_TYPE,
      name: 'Termékek – Google Sheets',
      includesConfidential: false,
    });
  }

  /** Every filter, revoked ones included, modules first. */
  all(): readonly SharedFilter[] {
    return this.filters;
  }

  /** True once a filter has been un-shared. */
  isRevoked(hash: string): boolean {
    return this.revoked.has(hash);
  }

  /** The live filter a feed URL names: its Hash and its Type must both match, case-sensitively. */
  find(hash: string, type: string): SharedFilter | undefined {
    const filter = this.filters.find(candidate => candidate.hash === hash && candidate.type === type);
    return filter && !this.revoked.has(hash) ? filter : undefined;
  }

  /** Un-shares a filter; false when no filter has that hash. */
  revoke(hash: string): boolean {
    if (!this.filters.some(filter => filter.hash === hash)) return false;
    this.revoked.add(hash);
    return true;
  }
}
