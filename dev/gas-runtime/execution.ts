// One emulated Apps Script execution: its authorization mode, its phase (loading or running) and its deadline.
import type { VirtualClock } from './clock';

/** Apps Script's `ScriptApp.AuthMode` values. */
export type AuthMode = 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';

/**
 * What a service needs to be callable, after the editor add-on authorization table
 * (apps-script-platform.md §1.2): `basic` (Logger, Utilities, Ui menus) works everywhere except while the
 * bundle loads; `document` needs LIMITED or FULL; `user-data` (properties) needs LIMITED or FULL;
 * `external` (UrlFetch, triggers, Session's user) needs FULL.
 */
export type ServiceNeed = 'basic' | 'document' | 'user-data' | 'external';

/** Apps Script's maximum execution time for a script run (quota table: 6 minutes). */
export const MAX_EXECUTION_MS = 6 * 60 * 1000;

/** The constructors of the script's own realm, so that values handed to the script pass `instanceof` there. */
export interface Realm {
  Error: ErrorConstructor;
  Date: DateConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
}

/** Who runs the execution: Apps Script's active user. */
export interface EmulatedUser {
  email: string;
  /** Stable opaque id, like `Session.getTemporaryActiveUserKey()`. */
  key: string;
  locale: string;
}

/** How the execution was started; decides which document is "active" and the authorization mode. */
export interface ExecutionOptions {
  authMode: AuthMode;
  user: EmulatedUser;
  /** The spreadsheet the add-on runs in (`getActiveSpreadsheet()`), or null (e.g. a time-driven trigger). */
  activeSpreadsheetId: string | null;
  /**
   * The document whose properties, cache and lock the execution sees. Usually the active spreadsheet; a
   * time-driven trigger of an add-on keeps the document it was created in here while having no active one.
   */
  documentId?: string | null;
  /** Virtual ms the execution may run; defaults to 6 minutes. */
  maxExecutionMs?: number;
}

/** The state of one execution, shared by every service installed in its context. */
export class Execution {
  readonly startedAt: number;
  readonly deadline: number;
  phase: 'load' | 'run' = 'load';
  realm!: Realm;
  /** Set once the execution ran past its deadline. */
  timedOut = false;
  /** Log lines written with Logger.log / console.* during this execution. */
  readonly logs: string[] = [];

  constructor(
    readonly clock: VirtualClock,
    readonly options: ExecutionOptions,
  ) {
    this.startedAt = clock.now();
    this.deadline = this.startedAt + (options.maxExecutionMs ?? MAX_EXECUTION_MS);
  }

  get authMode(): AuthMode {
    return this.options.authMode;
  }

  /** The document of the document properties, cache and lock (null when there is none). */
  get documentId(): string | null {
    return this.options.documentId === undefined ? this.options.activeSpreadsheetId : this.options.documentId;
  }

  get user(): EmulatedUser {
    return this.options.user;
  }

  /** An error of the script's realm, with Apps Script's `Exception: ` style message. */
  error(message: string): Error {
    const RealmError = this.realm?.Error ?? Error;
    return new RealmError(message);
  }

  /**
   * Called on entry to every service method: refuses calls made while the bundle loads (Apps Script runs the
   * global scope under the same restricted mode as `onOpen`, so a bundle touching a service at load fails) or
   * that the authorization mode forbids, and stops an execution past its deadline.
   */
  enter(service: string, need: ServiceNeed): void {
    if (this.phase === 'load') {
      throw this.error(
        `Exception: ${service} was called while the script was loading. Top-level code runs before ` +
          `authorization and must not touch Apps Script services.`,
      );
    }
    if (!this.allows(need)) {
      throw this.error(
        `Exception: You do not have permission to call ${service}. Required permissions are not granted in ` +
          `AuthMode.${this.authMode}.`,
      );
    }
    this.checkDeadline();
  }

  /** Whether the authorization mode permits a service with this need. */
  allows(need: ServiceNeed): boolean {
    switch (need) {
      case 'basic':
        return true;
      case 'document':
      case 'user-data':
        return this.authMode === 'LIMITED' || this.authMode === 'FULL';
      case 'external':
        return this.authMode === 'FULL';
    }
  }

  /** Spends virtual time (latency, sleep, write cost) and stops the execution if it runs past its deadline. */
  spend(ms: number): void {
    this.clock.advance(ms);
    this.checkDeadline();
  }

  /**
   * Throws Apps Script's timeout error once the virtual clock is past the deadline. Apps Script kills such a
   * run wherever it is, so the script cannot swallow it: the flag makes the runtime report the timeout even
   * when the script caught the error.
   */
  checkDeadline(): void {
    if (this.clock.now() > this.deadline) {
      this.timedOut = true;
      throw this.error('Exceeded maximum execution time');
    }
  }

  /** Virtual ms left before the deadline. */
  remainingMs(): number {
    return Math.max(0, this.deadline - this.clock.now());
  }
}
