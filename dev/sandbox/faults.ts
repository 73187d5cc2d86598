// Fault injection: settings a test switches on through /__sandbox/faults, and the counters they consume.

/** A number of upcoming responses a fault applies to. */
export interface FaultCount {
  count: number;
}

/** The next `count` /Api responses get this status and plain-text body instead of their real answer. */
export interface FailNext extends FaultCount {
  status: number;
  body?: string;
}

/** Every fault setting; `POST /__sandbox/faults` merges a partial object of these. */
export interface FaultSettings {
  /** Reported in `X-Sandbox-Latency-Ms` for the emulator to advance its virtual clock; the sandbox never sleeps. */
  latencyMs: number;
  /** Wrong credentials answer 401 (observed live) or 404 `Unauthorized: Access denied` (the manual). */
  authFailStatus: 401 | 404;
  /** Empty searches answer `"Results":[]` (PHP's empty array) instead of `{}`. */
  emptyResultsAsArray: boolean;
  /** When a number, 429 responses carry `Retry-After` with it; MiniCRM documents no such header. */
  retryAfterSeconds: number | null;
  failNext: FailNext | null;
  /** The next `count` /Api/R3 requests answer 429 whatever the window holds; they are not added to it. */
  rateLimitStorm: FaultCount | null;
  /** The next `count` JSON 200 bodies start with a PHP warning, as a misconfigured PHP server sends. */
  malformedJson: FaultCount | null;
  /** The next `count` JSON 200 bodies are cut in half (with a matching Content-Length). */
  truncatedJson: FaultCount | null;
  /** The k-th /Api request after this setting (1 = the next one), and every later one, fails authentication. */
  revokeKeyAtRequest: number | null;
  /** After each search page is served, a copy of a matching card appears at a low id and the next page's first match is trashed. */
  mutateBetweenPages: boolean;
  /** Shared-filter CSV bodies start with a UTF-8 byte order mark (as Excel-friendly exports do). */
  csvBom: boolean;
  /** The next `count` CSV bodies are cut in the middle of a record (with a matching Content-Length). */
  truncatedCsv: FaultCount | null;
  /** In CSV bodies every tenth data row from the 5th lacks its last field, every tenth from the 10th has one extra. */
  raggedCsv: boolean;
}

const defaults = (): FaultSettings => ({
  latencyMs: 0,
  authFailStatus: 401,
  emptyResultsAsArray: false,
  retryAfterSeconds: null,
  failNext: null,
  rateLimitStorm: null,
  malformedJson: null,
  truncatedJson: null,
  revokeKeyAtRequest: null,
  mutateBetweenPages: false,
  csvBom: false,
  truncatedCsv: null,
  raggedCsv: false,
});

/** How a JSON body is to be spoiled, if at all. */
export type BodyCorruption = 'malformed' | 'truncated' | null;

type Check = (value: unknown) => boolean;

const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;
const isCountObject = (value: unknown): boolean =>
  value === null || (typeof value === 'object' && isCount((value as FaultCount).count));

function isFailNext(value: unknown): boolean {
  if (value === null) return true;
  if (!isCountObject(value)) return false;
  const { status, body } = value as FailNext;
  return (
    Number.isInteger(status) &&
    status >= 100 &&
    status <= 599 &&
    (body === undefined || typeof body === 'string')
  );
}

const CHECKS: Record<keyof FaultSettings, Check> = {
  latencyMs: isCount,
  authFailStatus: value => value === 401 || value === 404,
  emptyResultsAsArray: value => typeof value === 'boolean',
  retryAfterSeconds: value => value === null || isCount(value),
  failNext: isFailNext,
  rateLimitStorm: isCountObject,
  malformedJson: isCountObject,
  truncatedJson: isCountObject,
  revokeKeyAtRequest: value => value === null || (Number.isInteger(value) && (value as number) >= 1),
  mutateBetweenPages: value => typeof value === 'boolean',
  csvBom: value => typeof value === 'boolean',
  truncatedCsv: isCountObject,
  raggedCsv: value => typeof value === 'boolean',
};

/** The first line a PHP server with display_errors on writes before the JSON. */
const PHP_WARNING =
  '<br />\n<b>Warning</b>:  Undefined array key "Deleted" in <b>/var/www/r3/Api/R3/Project.php</b> on line <b>212</b><br />\n';

/** Current fault settings and the counters that use them up. */
export class FaultState {
  private settings: FaultSettings = defaults();
  private apiRequestsSinceRevoke = 0;

  /** A copy of the settings in force, remaining counts included. */
  snapshot(): FaultSettings {
    return JSON.parse(JSON.stringify(this.settings)) as FaultSettings;
  }

  /** Merges a partial settings object; returns an error message and changes nothing when it is invalid. */
  merge(patch: unknown): string | null {
    if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
      return 'faults must be a JSON object';
    const entries = Object.entries(patch as Record<string, unknown>);
    for (const [name, value] of entries) {
      if (!(name in CHECKS)) return `unknown fault "${name}"`;
      if (!CHECKS[name as keyof FaultSettings](value)) return `invalid value for fault "${name}"`;
    }
    for (const [name, value] of entries) {
      (this.settings as unknown as Record<string, unknown>)[name] = structuredCopy(value);
      if (name === 'revokeKeyAtRequest') this.apiRequestsSinceRevoke = 0;
    }
    return null;
  }

  /** Back to no faults at all. */
  clear(): void {
    this.settings = defaults();
    this.apiRequestsSinceRevoke = 0;
  }

  /** The settings the pipeline reads without consuming anything. */
  get current(): Readonly<FaultSettings> {
    return this.settings;
  }

  /** Counts one /Api request and tells whether the key is revoked for it. */
  countApiRequestAndCheckRevoked(): boolean {
    this.apiRequestsSinceRevoke++;
    const revokeAt = this.settings.revokeKeyAtRequest;
    return revokeAt !== null && this.apiRequestsSinceRevoke >= revokeAt;
  }

  /** True when a rate-limit storm claims this request. */
  takeRateLimitStorm(): boolean {
    return this.take('rateLimitStorm');
  }

  /** The forced failure for this request, if one is pending. */
  takeFailNext(): { status: number; body: string } | null {
    const pending = this.settings.failNext;
    if (!this.take('failNext') || !pending) return null;
    return { status: pending.status, body: pending.body ?? 'Internal Server Error' };
  }

  /** Whether this JSON 200 body is to be spoiled, and how. */
  takeBodyCorruption(): BodyCorruption {
    if (this.take('malformedJson')) return 'malformed';
    if (this.take('truncatedJson')) return 'truncated';
    return null;
  }

  /** True when this CSV 200 body is to be cut short. */
  takeCsvTruncation(): boolean {
    return this.take('truncatedCsv');
  }

  private take(
    name: 'failNext' | 'rateLimitStorm' | 'malformedJson' | 'truncatedJson' | 'truncatedCsv',
  ): boolean {
    const fault = this.settings[name];
    if (!fault || fault.count <= 0) return false;
    fault.count--;
    if (fault.count === 0) this.settings[name] = null;
    return true;
  }
}

function structuredCopy(value: unknown): unknown {
  return typeof value === 'object' ? JSON.parse(JSON.stringify(value)) : value;
}

/** Applies a body corruption to a JSON text. */
export function corruptBody(body: string, corruption: BodyCorruption): string {
  if (corruption === 'malformed') return PHP_WARNING + body;
  if (corruption === 'truncated') return body.slice(0, Math.floor(body.length / 2));
  return body;
}

/** The byte order mark the `csvBom` fault puts first (EF BB BF on the wire). */
const BOM = '\ufeff';

/**
 * Applies the CSV faults to a feed: the BOM, then a cut. The cut falls strictly inside a record (never right
 * before or after a line break), so the body ends neither with a record separator nor with a whole record.
 */
export function corruptCsv(body: string, bom: boolean, truncate: boolean): string {
  const text = bom ? BOM + body : body;
  if (!truncate) return text;
  let cut = Math.floor(text.length * 0.6);
  while (cut > 1 && /[\r\n]/.test(text[cut - 1] + text[cut])) cut--;
  return text.slice(0, cut);
}
