// Signing in to MiniCRM and out again, and the client every other use case borrows.
import type { ConnectInput, ConnectResult } from '../../shared/contract';
import type { CrmAccount } from '../crm/account';
import { MiniCrmClient } from '../crm/client';
import { normalizeHost } from '../crm/hosts';
import { RequestPacer, type PacingMemory } from '../crm/pacer';
import { AppError, badInput } from '../errors';
import type { PhraseKey } from '../i18n/phrases';
import { AccountStore } from '../store/account-store';
import { fetchDeadline, type AppContext } from './context';

function cleanCredential(value: unknown, field: PhraseKey): string {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  if (!text) throw badInput(field, 'empty');
  if (text.length > 200 || /[\s:]/.test(text)) throw badInput(field, 'noSpacesOrColon');
  return text;
}

/**
 * Send times per MiniCRM account in the script cache — shared by every execution and every person using the
 * same account — so that pacing holds across executions, even simultaneous ones.
 */
function pacingMemory(context: AppContext, account: CrmAccount): PacingMemory {
  const key = `pace:${account.host}:${account.systemId}`;
  return {
    load: () => {
      try {
        const times: unknown = JSON.parse(context.pacingCache.get(key) ?? '[]');
        return Array.isArray(times) ? times.map(Number) : [];
      } catch {
        return [];
      }
    },
    save: times => context.pacingCache.set(key, JSON.stringify(times)),
  };
}

/** A client for an account, within this execution's time budget, paced together with earlier executions. */
export function clientFor(context: AppContext, account: CrmAccount): MiniCrmClient {
  const pacer = new RequestPacer(context.clock, pacingMemory(context, account));
  return new MiniCrmClient(account, {
    http: context.http,
    clock: context.clock,
    deadline: fetchDeadline(context),
    pacer,
  });
}

/** A client for a shared filter's feed, which is public to whoever holds its URL: no credentials. */
export function feedClient(context: AppContext, feedUrl: string): MiniCrmClient {
  const host = /^https?:\/\/[^/]+/.exec(feedUrl)?.[0] ?? feedUrl;
  return clientFor(context, { systemId: '', apiKey: '', host });
}

/** Verifies the key with MiniCRM (`Category`) before storing it in the person's own properties. */
export function connect(context: AppContext, input: ConnectInput): ConnectResult {
  if (input === null || typeof input !== 'object') throw badInput('signIn', 'empty');
  const account: CrmAccount = {
    systemId: cleanCredential(input.systemId, 'systemId'),
    apiKey: cleanCredential(input.apiKey, 'apiKey'),
    host: normalizeHost(input.host, context.allowLoopback),
  };
  const modules = clientFor(context, account).listModules();
  new AccountStore(context.userStore).save(context.spreadsheetId, {
    ...account,
    verifiedAt: new Date(context.clock.now()).toISOString(),
  });
  return { systemId: account.systemId, host: account.host, modules };
}

/** Forgets this person's key for this spreadsheet. */
export function disconnect(context: AppContext): null {
  new AccountStore(context.userStore).forget(context.spreadsheetId);
  return null;
}

/** The stored account, or [NOT_CONNECTED]. */
export function requireAccount(context: AppContext): CrmAccount {
  const account = new AccountStore(context.userStore).get(context.spreadsheetId);
  if (!account) throw new AppError('NOT_CONNECTED');
  return account;
}

/** A client for the stored account, or [NOT_CONNECTED]. */
export function requireClient(context: AppContext): MiniCrmClient {
  return clientFor(context, requireAccount(context));
}
