// The add-on's outer contract (CONTRACT.md §3): the shapes the sidebar API takes and returns, JSON-safe.

/** A MiniCRM product (module, "Category" in the API). */
export type Module = { id: number; name: string };

/** The kinds of value a MiniCRM card field holds, as the sidebar shows them. */
export type FieldType = 'number' | 'text' | 'date' | 'enum' | 'multi' | 'boolean' | 'file';

/** One field of a module's cards, from its schema. */
export type Field = { key: string; type: FieldType; options?: string[] };

/** MiniCRM's status groups, usable as a filter on cards and documents. */
export type StatusGroup = 'Lead' | 'Open' | 'Success' | 'Failed';

/** A pasted shared-filter code: `=ImportData("https://…/Api/SharedFilter?Hash=…")` or the bare URL. */
export type SharedFilterInput = { id?: string; name: string; kind: 'shared'; code: string };

/** A card query built in the sidebar. */
export type CardsFilterInput = {
  id?: string;
  name: string;
  kind: 'cards';
  moduleId: number;
  statusGroup?: StatusGroup;
  statusIds?: number[];
  userIds?: number[];
  /** YYYY-MM-DD */
  updatedSince?: string;
  query?: string;
  /** Field keys; default: the summary fields. */
  fields?: string[];
  /** Default false: cards marked confidential (IsPrivate) are left out. */
  includeConfidential?: boolean;
};

/** An invoice/order/offer query. */
export type DocumentsFilterInput = {
  id?: string;
  name: string;
  kind: 'documents';
  docType: 'Invoice' | 'Order' | 'Offer';
  updatedSince?: string;
  statusGroup?: StatusGroup;
  /** A row per line item. */
  items?: boolean;
};

/** What `saveFilter` takes. */
export type FilterInput = SharedFilterInput | CardsFilterInput | DocumentsFilterInput;

/** A saved filter as returned to the sidebar; a shared filter's `code` is masked. */
export type SavedFilter = FilterInput & { id: string };

/** Where a sync writes and how. */
export type SyncMode = 'replace' | 'append' | 'upsert';

/** What `createSync` takes. */
export type SyncInput = {
  filterId: string;
  /** Created when missing. */
  sheetName: string;
  /** Default 'replace'; upsert keys on the first column (the Id). */
  mode?: SyncMode;
  /** Default and maximum 8000. */
  rowLimit?: number;
  /** Default 'stop'. */
  overLimit?: 'stop' | 'truncate';
  /** Default true: included in scheduled refresh. */
  scheduled?: boolean;
  /** Order and headers; default: all, header = key. */
  columns?: { key: string; header?: string }[];
};

/** A stored sync. */
export type Sync = SyncInput & { id: string };

/** The state of one run step. */
export type RunState = 'done' | 'running' | 'stopped' | 'failed';

/** What `runSync` returns: one step of work. */
export type RunResult = {
  state: RunState;
  code?: string;
  /** Data rows in the sheet's block after this step. */
  rows: number;
  /** Rows the source holds, when known. */
  totalRows?: number;
  /** HTTP requests this step made. */
  requests: number;
  message: string;
  /** When the last full check against MiniCRM ran (ISO-8601); incremental runs fetch only changes in between. */
  lastFullCheckAt?: string;
};

/** A sync's most recent run, as the overview shows it. */
export type LastRun = {
  at: string;
  state: RunState;
  rows: number;
  message: string;
  code?: string;
  totalRows?: number;
  requests?: number;
  /** Apps Script time the run took, in ms. */
  durationMs?: number;
  origin?: 'manual' | 'scheduled';
  lastFullCheckAt?: string;
};

/** The refresh schedule of a spreadsheet. */
export type Schedule = {
  frequency: 'off' | 'hourly' | 'daily' | 'weekly';
  everyHours?: 1 | 2 | 4 | 6 | 8 | 12;
  /** 0–23 */
  atHour?: number;
  /** 1 = Monday … 7 */
  weekday?: number;
};

/** Something the person should see first: failures, quota warnings, repairs. */
export type Notice = { code: string; message: string };

/** Everything the sidebar shows when it opens. */
export type Overview = {
  connected: boolean;
  account?: { systemId: string; host: string };
  filters: SavedFilter[];
  syncs: (Sync & { lastRun?: LastRun })[];
  schedule: Schedule & { nextRunAt?: string };
  notices?: Notice[];
};

/** What `connect` takes. */
export type ConnectInput = { systemId: string; apiKey: string; host?: string };

/** What `connect` returns. */
export type ConnectResult = { systemId: string; host: string; modules: Module[] };
