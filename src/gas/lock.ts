// LockService's document lock as the core's Lock port.
import type { Lock } from '../core/ports';

/**
 * The document lock, so that a manual run and a scheduled run of one spreadsheet never interleave. Outside a
 * document context Apps Script returns no document lock; the user lock is the closest substitute then.
 */
export class DocumentLock implements Lock {
  private lock: GoogleAppsScript.Lock.Lock | null = null;

  tryAcquire(timeoutMs: number): boolean {
    this.lock = LockService.getDocumentLock() ?? LockService.getUserLock();
    return this.lock.tryLock(timeoutMs);
  }

  release(): void {
    if (this.lock?.hasLock()) {
      SpreadsheetApp.flush();
      this.lock.releaseLock();
    }
    this.lock = null;
  }
}
