// Where a person's MiniCRM key lives: their own user properties, one entry per spreadsheet (CONTRACT §5).
import type { CrmAccount } from '../crm/account';
import type { KeyValueStore } from '../ports';

const KEY_PREFIX = 'account:';

/** A stored sign-in: the account and when MiniCRM accepted it. */
export interface StoredAccount extends CrmAccount {
  verifiedAt: string;
}

/**
 * The person's accounts, keyed by spreadsheet id. Kept in user properties so that collaborators never see
 * the key, and so that a copy of the spreadsheet (a new id) asks its new user to connect instead of silently
 * running with someone else's key.
 */
export class AccountStore {
  constructor(private readonly userStore: KeyValueStore) {}

  get(spreadsheetId: string): StoredAccount | null {
    const raw = this.userStore.get(KEY_PREFIX + spreadsheetId);
    if (raw === null) return null;
    try {
      const parsed = JSON.parse(raw) as StoredAccount;
      return parsed.systemId && parsed.apiKey && parsed.host ? parsed : null;
    } catch {
      return null;
    }
  }

  save(spreadsheetId: string, account: StoredAccount): void {
    this.userStore.set(KEY_PREFIX + spreadsheetId, JSON.stringify(account));
  }

  forget(spreadsheetId: string): void {
    this.userStore.delete(KEY_PREFIX + spreadsheetId);
  }
}
