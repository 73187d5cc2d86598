// What the sidebar shows first: connection, filters, syncs with their last run, schedule, notices.
import type { LastRun, Overview, Sync } from '../../shared/contract';
import { AccountStore } from '../store/account-store';
import { Library, toSavedFilter } from '../store/library';
import type { AppContext } from './context';
import { scheduleOverview } from './schedule';

/** The overview of this spreadsheet for this person. */
export function getOverview(context: AppContext): Overview {
  const account = new AccountStore(context.userStore).get(context.spreadsheetId);
  const library = new Library(context.documentStore);
  const syncs: (Sync & { lastRun?: LastRun })[] = library.syncs().map(sync => {
    const lastRun = library.runRecord(sync.id).lastRun;
    return lastRun ? { ...sync, lastRun } : { ...sync };
  });
  const notices = syncs.flatMap(sync => {
    const run = sync.lastRun;
    if (!run || (run.state !== 'failed' && run.state !== 'stopped')) return [];
    const code = /^\[([A-Z_]+)\]/.exec(run.message)?.[1] ?? 'INTERNAL';
    return [{ code, message: `${sync.sheetName}: ${run.message}` }];
  });
  const scheduling = scheduleOverview(context);
  notices.unshift(...scheduling.notices);
  const overview: Overview = {
    connected: account !== null,
    filters: library.filters().map(toSavedFilter),
    syncs,
    schedule: scheduling.schedule,
  };
  if (account) overview.account = { systemId: account.systemId, host: account.host };
  if (notices.length) overview.notices = notices;
  return overview;
}
