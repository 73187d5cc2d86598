// The local Apps Script runtime: runs a built bundle's functions, each call a fresh execution in a new V8 context.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { Execution, type AuthMode, type EmulatedUser } from './execution';
import { createScriptContext, intoRealm } from './realm';
import { createCacheService } from './services/cache';
import { createHtmlService } from './services/html';
import { createLockService, releaseLocksOf } from './services/lock';
import { createPropertiesService } from './services/properties';
import { createScriptApp, nextFireTime, triggerState, type TriggerRecord } from './services/script-app';
import { createConsole, createLogger } from './services/logger';
import { createSession } from './services/session';
import {
  createSpreadsheet,
  createSpreadsheetApp,
  type NewSpreadsheetOptions,
  type SpreadsheetModel,
} from './services/spreadsheet';
import { createUrlFetchApp } from './services/url-fetch';
import { createUtilities } from './services/utilities';
import { SyncHttpClient } from './sync-http';
import { World, type WorldOptions } from './world';

/** A built Apps Script project: its manifest, script files in push order, and HTML files. */
export interface Bundle {
  manifest: {
    timeZone?: string;
    oauthScopes?: string[];
    urlFetchWhitelist?: string[];
    runtimeVersion?: string;
  };
  scripts: { name: string; source: string }[];
  html: Map<string, string>;
}

/** Reads a `clasp push` folder (e.g. dist/): scripts in `filePushOrder`-less name order, as Apps Script loads them. */
export function loadBundle(directory: string): Bundle {
  const files = readdirSync(directory).sort();
  const manifest = JSON.parse(readFileSync(join(directory, 'appsscript.json'), 'utf8')) as Bundle['manifest'];
  const scripts = files
    .filter(file => file.endsWith('.js') || file.endsWith('.gs'))
    .map(file => ({ name: file, source: readFileSync(join(directory, file), 'utf8') }));
  const html = new Map(
    files
      .filter(file => file.endsWith('.html'))
      .map(file => [file.replace(/\.html$/, ''), readFileSync(join(directory, file), 'utf8')]),
  );
  return { manifest, scripts, html };
}

/** How to start an execution. */
export interface RunOptions {
  authMode?: AuthMode;
  /** Defaults to the world's first user. */
  user?: EmulatedUser;
  /** The spreadsheet the add-on runs in (null: none, as in a time-driven trigger). */
  spreadsheetId?: string | null;
  /** The document of properties/cache/lock when it differs from the active spreadsheet (triggers). */
  documentId?: string | null;
}

/** The result of one execution. */
export interface ExecutionResult<T = unknown> {
  ok: boolean;
  /** The function's return value, copied out of the script's realm (JSON-like). */
  value?: T;
  /** The error message when the execution failed (what Apps Script shows, e.g. "[AUTH_FAILED] …"). */
  error?: string;
  logs: string[];
  /** Virtual ms the execution took. */
  durationMs: number;
  timedOut: boolean;
}

/** A failed execution, thrown by `call()` like google.script.run's failure handler receives it. */
export class ScriptError extends Error {
  constructor(
    message: string,
    readonly result: ExecutionResult,
  ) {
    super(message);
    this.name = 'ScriptError';
  }
}

/** Options for a runtime. */
export interface RuntimeOptions extends WorldOptions {
  /** Apply the editor add-on rules (trigger limits, at most hourly). Default true. */
  addOn?: boolean;
  /** Enforce the manifest's urlFetchWhitelist as a deployment does. Default true. */
  enforceWhitelist?: boolean;
  /**
   * What a time-driven trigger's execution sees of the document it was created in — Google does not document
   * it. 'properties' (default): its document properties, cache and lock, but no active spreadsheet, so the
   * add-on must open its spreadsheet by id (Google's own add-on template reads document properties in its
   * hourly trigger). 'none': nothing of the document. 'full': the document is also the active spreadsheet.
   */
  triggerDocument?: 'none' | 'properties' | 'full';
}

/**
 * Runs a bundle as Apps Script does: every execution evaluates all script files in a fresh context whose
 * globals are the services (bound to the shared World), then calls one top-level function. Nothing but the
 * World survives between executions.
 */
export class GasRuntime {
  readonly world: World;
  private readonly http = new SyncHttpClient();
  private readonly scopes: string[];

  constructor(
    readonly bundle: Bundle,
    private readonly options: RuntimeOptions = {},
  ) {
    this.world = new World({ scriptTimeZone: bundle.manifest.timeZone, ...options });
    if (
      options.enforceWhitelist !== false &&
      bundle.manifest.urlFetchWhitelist &&
      options.http?.whitelist === undefined
    ) {
      this.world.http.whitelist = bundle.manifest.urlFetchWhitelist;
    }
    this.scopes = bundle.manifest.oauthScopes ?? [];
  }

  /** A runtime for a built folder such as `dist/`. */
  static fromDirectory(directory: string, options: RuntimeOptions = {}): GasRuntime {
    return new GasRuntime(loadBundle(directory), options);
  }

  /** Creates a spreadsheet the add-on can be opened in. */
  createSpreadsheet(options: NewSpreadsheetOptions = {}): SpreadsheetModel {
    return createSpreadsheet(this.world, options);
  }

  /** Runs one function in a new execution; never throws for script errors (see `ok`/`error`). */
  run<T = unknown>(functionName: string, args: unknown[] = [], options: RunOptions = {}): ExecutionResult<T> {
    const exec = new Execution(this.world.clock, {
      authMode: options.authMode ?? 'FULL',
      user: options.user ?? this.world.users[0],
      activeSpreadsheetId: options.spreadsheetId ?? null,
      documentId: options.documentId,
    });
    const context = createScriptContext(exec);
    this.installServices(context, exec);
    const finish = (
      partial: Omit<ExecutionResult<T>, 'logs' | 'durationMs' | 'timedOut'>,
    ): ExecutionResult<T> => {
      releaseLocksOf(this.world, exec);
      const timedOut = exec.timedOut;
      const result = {
        ...partial,
        logs: exec.logs,
        durationMs: this.world.clock.now() - exec.startedAt,
        timedOut,
      };
      return timedOut
        ? { ...result, ok: false, value: undefined, error: 'Exceeded maximum execution time' }
        : result;
    };
    try {
      for (const script of this.bundle.scripts)
        vm.runInContext(script.source, context, { filename: script.name });
    } catch (error) {
      return finish({ ok: false, error: messageOf(error) });
    }
    exec.phase = 'run';
    const target = (context as Record<string, unknown>)[functionName];
    if (typeof target !== 'function') {
      return finish({ ok: false, error: `Script function not found: ${functionName}` });
    }
    try {
      const value = (target as (...a: unknown[]) => unknown)(...args.map(arg => intoRealm(context, arg)));
      return finish({ ok: true, value: copyOut(value) as T });
    } catch (error) {
      return finish({ ok: false, error: messageOf(error) });
    }
  }

  /**
   * Calls a server function the way the sidebar's `google.script.run` does: FULL authorization, JSON-safe
   * arguments, functions ending in `_` hidden, and the failure as a thrown error with the script's message.
   */
  call<T = unknown>(spreadsheetId: string, functionName: string, ...args: unknown[]): T {
    if (functionName.endsWith('_'))
      throw new ScriptError(`Script function not found: ${functionName}`, emptyResult());
    assertClientSafe(args);
    const result = this.run<T>(functionName, args, { spreadsheetId, authMode: 'FULL' });
    if (!result.ok) throw new ScriptError(result.error ?? 'unknown error', result);
    return toClient(result.value) as T;
  }

  /**
   * Advances the virtual clock to `untilMs`, firing every installed time-driven trigger that falls due on the
   * way, in time order, each in its own execution as its creator. Returns what ran.
   */
  runTriggersUntil(untilMs: number): { trigger: TriggerRecord; result: ExecutionResult }[] {
    const ran: { trigger: TriggerRecord; result: ExecutionResult }[] = [];
    const state = triggerState(this.world);
    for (;;) {
      const due = state.triggers
        .filter(t => t.nextRunAt <= untilMs)
        .sort((a, b) => a.nextRunAt - b.nextRunAt)[0];
      if (!due) break;
      this.world.clock.advanceTo(due.nextRunAt);
      const user = this.world.users.find(u => u.key === due.userKey) ?? this.world.users[0];
      const event = timeDrivenEvent(due, this.world.clock.now());
      const seen = this.options.triggerDocument ?? 'properties';
      const result = this.run(due.handler, [event], {
        authMode: 'FULL',
        user,
        spreadsheetId: seen === 'full' ? due.documentId : null,
        documentId: seen === 'none' ? null : due.documentId,
      });
      ran.push({ trigger: due, result });
      due.nextRunAt = nextFireTime(due, Math.max(this.world.clock.now(), due.nextRunAt));
      if (due.schedule.kind === 'once') state.triggers.splice(state.triggers.indexOf(due), 1);
    }
    this.world.clock.advanceTo(untilMs);
    return ran;
  }

  /** Stops the HTTP worker. */
  async close(): Promise<void> {
    await this.http.close();
  }

  private installServices(context: vm.Context, exec: Execution): void {
    const world = this.world;
    const globals: Record<string, unknown> = {
      SpreadsheetApp: createSpreadsheetApp(world, exec),
      PropertiesService: createPropertiesService(world, exec),
      CacheService: createCacheService(world, exec),
      LockService: createLockService(world, exec),
      ScriptApp: createScriptApp(world, exec, {
        addOn: this.options.addOn !== false,
        scriptId: 'emulated-script-id',
      }),
      UrlFetchApp: createUrlFetchApp(world, exec, this.http),
      HtmlService: createHtmlService(exec, this.bundle.html),
      Utilities: createUtilities(world, exec),
      Session: createSession(world, exec, this.scopes),
      Logger: createLogger(exec),
      console: createConsole(exec),
    };
    for (const [name, value] of Object.entries(globals)) {
      Object.defineProperty(context, name, { value, writable: true, configurable: true, enumerable: false });
    }
  }
}

function emptyResult(): ExecutionResult {
  return { ok: false, logs: [], durationMs: 0, timedOut: false };
}

function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

/** Copies a value out of the script's realm into plain host values (Dates stay Dates). */
function copyOut(value: unknown): unknown {
  if (value === undefined || value === null) return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return new Date((value as Date).getTime());
  if (Array.isArray(value)) return value.map(copyOut);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value))
      if (typeof inner !== 'function') out[key] = copyOut(inner);
    return out;
  }
  return value;
}

function containsDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (Array.isArray(value)) return value.some(containsDate);
  if (value && typeof value === 'object') return Object.values(value).some(containsDate);
  return false;
}

/**
 * What the sidebar receives from google.script.run: a result containing a Date arrives as null as a whole
 * (a documented community finding), undefined array items become null, undefined fields disappear.
 */
function toClient(value: unknown): unknown {
  if (containsDate(value)) return null;
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/** google.script.run refuses Dates, functions and DOM objects anywhere in its arguments. */
function assertClientSafe(args: unknown[]): void {
  const check = (value: unknown): void => {
    if (value instanceof Date || typeof value === 'function') {
      throw new ScriptError('Failed due to illegal value in property: 0', emptyResult());
    }
    if (Array.isArray(value)) value.forEach(check);
    else if (value && typeof value === 'object') Object.values(value).forEach(check);
  };
  args.forEach(check);
}

/** The event object of a time-driven trigger (it names no document). */
function timeDrivenEvent(trigger: TriggerRecord, nowMs: number): Record<string, unknown> {
  const date = new Date(nowMs);
  return {
    authMode: 'FULL',
    triggerUid: trigger.id,
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    'day-of-month': date.getUTCDate(),
    'day-of-week': date.getUTCDay() === 0 ? 7 : date.getUTCDay(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    timezone: 'UTC',
  };
}
