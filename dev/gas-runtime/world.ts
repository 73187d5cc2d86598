// The emulated Google world that outlives executions: spreadsheets, property stores, caches, triggers, UI log.
import { VirtualClock } from './clock';
import type { EmulatedUser } from './execution';

/** Virtual time that operations cost, so that budgets and the 6-minute limit behave as on Google's servers. */
export interface Costs {
  /** Latency of one UrlFetch request when the server does not report one (ms). */
  fetchLatencyMs: number;
  /** Fixed cost of one Spreadsheet service call that reads or writes cells (ms). */
  sheetCallMs: number;
  /** Additional cost per cell read or written (ms). */
  perCellMs: number;
  /** Cost of one PropertiesService/CacheService call (ms). */
  storeCallMs: number;
}

/** Defaults measured loosely on real Apps Script; documented in FIDELITY.md. */
export const DEFAULT_COSTS: Costs = {
  fetchLatencyMs: 250,
  sheetCallMs: 40,
  perCellMs: 0.002,
  storeCallMs: 5,
};

/** A menu added with `Ui.createAddonMenu()`/`createMenu()` and `addToUi()`. */
export interface MenuRecord {
  title: string;
  items: { caption: string; functionName: string }[];
}

/** What the emulated Sheets UI showed, per spreadsheet, so tests and the playground can look at it. */
export interface UiRecord {
  menus: MenuRecord[];
  sidebars: { title: string; html: string; at: number }[];
  toasts: { message: string; title: string; timeoutSeconds: number; at: number }[];
  alerts: { title: string; prompt: string; at: number }[];
}

/** How UrlFetchApp reaches servers from the emulator. */
export interface HttpConfig {
  /**
   * Origin rewrites, like /etc/hosts: `{'https://r3.minicrm.hu': 'http://127.0.0.1:8787'}` sends requests for
   * the MiniCRM host to the local sandbox while the script still sees (and is checked against) the real URL.
   */
  routes: Record<string, string>;
  /**
   * The manifest's `urlFetchWhitelist`: when set, a URL matching none of its prefixes is refused as Apps Script
   * does in a deployment. Null = no check (a test deployment without the field).
   */
  whitelist: string[] | null;
  /** Real-time limit for one request (Apps Script's is about 60 s). */
  timeoutMs: number;
}

/** Options for a new world. */
export interface WorldOptions {
  clock?: VirtualClock;
  /** The script's time zone (appsscript.json `timeZone`). */
  scriptTimeZone?: string;
  costs?: Partial<Costs>;
  http?: Partial<HttpConfig>;
  users?: EmulatedUser[];
}

/** The default user, and a second one for tests about per-user data. */
export const DEFAULT_USERS: EmulatedUser[] = [
  { email: 'ana.popescu@example.ro', key: 'user-key-ana', locale: 'ro' },
  { email: 'kovacs.gergo@example.hu', key: 'user-key-gergo', locale: 'hu' },
];

/** The persistent state every execution's services read and write. Services keep their own state here. */
export class World {
  readonly clock: VirtualClock;
  readonly scriptTimeZone: string;
  readonly costs: Costs;
  readonly http: HttpConfig;
  readonly users: EmulatedUser[];
  /** Per-spreadsheet UI records, keyed by spreadsheet id. */
  private readonly uiRecords = new Map<string, UiRecord>();
  /**
   * Service state slots, keyed by service name (e.g. 'spreadsheets', 'properties', 'triggers'); each service
   * module owns its slot's type and creates it on first use with `state()`.
   */
  private readonly slots = new Map<string, unknown>();

  constructor(options: WorldOptions = {}) {
    this.clock = options.clock ?? new VirtualClock();
    this.scriptTimeZone = options.scriptTimeZone ?? 'Europe/Budapest';
    this.costs = { ...DEFAULT_COSTS, ...options.costs };
    this.http = { routes: {}, whitelist: null, timeoutMs: 60_000, ...options.http };
    this.users = options.users ?? DEFAULT_USERS;
  }

  /** The UI record of a spreadsheet (created empty on first use). */
  ui(spreadsheetId: string): UiRecord {
    let record = this.uiRecords.get(spreadsheetId);
    if (!record) {
      record = { menus: [], sidebars: [], toasts: [], alerts: [] };
      this.uiRecords.set(spreadsheetId, record);
    }
    return record;
  }

  /** A service's persistent state, created by `init` the first time it is asked for. */
  state<T>(slot: string, init: () => T): T {
    if (!this.slots.has(slot)) this.slots.set(slot, init());
    return this.slots.get(slot) as T;
  }
}
