// Fetching records into a sync's mirror in parallel batches, within the execution's time, saving as it goes.
import { isAppError } from '../errors';
import type { Clock } from '../ports';
import type { Mirror, MirrorRecords } from './mirror';

/** Records fetched per parallel batch (fetchAll). */
export const BATCH_SIZE = 10;
/** Save to the mirror at least this often, so an execution killed at its limit loses little. */
const SAVE_EVERY_MS = 60_000;

/** What to fetch and how. */
export interface StagedFetch<T> {
  ids: number[];
  /** Fetches a batch in parallel, in order. */
  fetchBatch(batch: number[]): T[];
  /** Fetches one record; used to find which one of a batch no longer exists. */
  fetchOne(id: number): T;
  /** Puts a fetched record into the mirror's records; null when it no longer exists. */
  store(id: number, value: T | null): void;
}

/** A batch's records; a record gone since the listing (404) comes back as null instead of failing the batch. */
function batchOf<T>(job: StagedFetch<T>, batch: number[]): (T | null)[] {
  try {
    return job.fetchBatch(batch);
  } catch (error) {
    if (!isAppError(error) || error.code !== 'NOT_FOUND') throw error;
  }
  return batch.map(id => {
    try {
      return job.fetchOne(id);
    } catch (error) {
      if (isAppError(error) && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  });
}

/**
 * Fetches every id in batches until done or out of time for this execution ([TIME_BUDGET] ends the loop
 * quietly: what was fetched is saved, and the next step goes on from there). Any other failure is thrown
 * after saving what was fetched.
 */
export function fetchIntoMirror<T>(
  job: StagedFetch<T>,
  mirror: Mirror,
  records: MirrorRecords,
  clock: Clock,
): void {
  let lastSave = clock.now();
  try {
    for (let start = 0; start < job.ids.length; start += BATCH_SIZE) {
      const batch = job.ids.slice(start, start + BATCH_SIZE);
      batchOf(job, batch).forEach((value, index) => job.store(batch[index], value));
      if (clock.now() - lastSave >= SAVE_EVERY_MS) {
        mirror.save(records);
        lastSave = clock.now();
      }
    }
  } catch (error) {
    if (!isAppError(error) || error.code !== 'TIME_BUDGET') {
      mirror.save(records);
      throw error;
    }
  }
  mirror.save(records);
}
