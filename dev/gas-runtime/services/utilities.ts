// The emulated Utilities service: sleep on the virtual clock, Java-style date/string formatting, CSV, base64, digests.
import { createHash, createHmac } from 'node:crypto';
import type { Execution } from '../execution';
import { isKnownTimeZone, zonedFields } from '../time-zone';
import type { World } from '../world';
import { isDate } from './sheets-input';
import { signatureError } from './signature';

/** `Utilities.sleep`'s documented maximum (reference: "The maximum allowed value is 300000 (or 5 minutes)"). */
export const MAX_SLEEP_MS = 300_000;

/** Apps Script's `Utilities.Charset`. */
const CHARSET = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;
type Charset = (typeof CHARSET)[keyof typeof CHARSET];

/** Apps Script's `Utilities.DigestAlgorithm` → Node's hash name (MD2 is not available in OpenSSL 3). */
const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Apps Script's `Utilities.MacAlgorithm` → Node's hash name. */
const MACS: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

const ERR = {
  sleepTooLong: 'Exception: Argument too large: milliseconds',
  sleepNegative: 'Exception: Invalid argument: milliseconds',
  decode: 'Exception: Could not decode string.',
  csv: 'Exception: Could not parse text.',
};

/** What every Utilities method of one execution shares. */
interface Ctx {
  world: World;
  exec: Execution;
}

// ---------------------------------------------------------------------------------------------------------------
// Bytes: Apps Script hands out Java bytes, i.e. signed numbers -128…127.

function toSignedBytes(ctx: Ctx, bytes: Uint8Array): number[] {
  return ctx.exec.realm.Array.from(bytes, b => (b << 24) >> 24);
}

function isByteArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.every(b => typeof b === 'number' && Number.isFinite(b));
}

function fromByteArray(bytes: number[]): Buffer {
  return Buffer.from(bytes.map(b => b & 0xff));
}

/** A string's bytes in a charset; US_ASCII turns every other code point into '?', as Java's encoder does. */
function encodeString(text: string, charset: Charset): Buffer {
  if (charset === CHARSET.UTF_8) return Buffer.from(text, 'utf8');
  return Buffer.from([...text].map(ch => (ch.codePointAt(0)! < 128 ? ch.codePointAt(0)! : 63)));
}

function decodeBytes(bytes: Uint8Array, charset: Charset): string {
  if (charset === CHARSET.UTF_8) return Buffer.from(bytes).toString('utf8');
  return String.fromCharCode(...Array.from(bytes, b => (b < 128 ? b : 0xfffd)));
}

function isCharset(value: unknown): value is Charset {
  return value === CHARSET.UTF_8 || value === CHARSET.US_ASCII;
}

/** The raw bytes of a `String` (in a charset) or `Byte[]` argument; null when it is neither. */
function bytesOf(value: unknown, charset: unknown): Buffer | null {
  const cs = charset === undefined ? CHARSET.UTF_8 : charset;
  if (!isCharset(cs)) return null;
  if (typeof value === 'string') return encodeString(value, cs);
  if (isByteArray(value)) return fromByteArray(value);
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// The service

/** The global `Utilities` of one execution. Every method works in every authorization mode (need 'basic'). */
export function createUtilities(world: World, exec: Execution): object {
  const ctx: Ctx = { world, exec };
  const enter = (name: string) => exec.enter(`Utilities.${name}`, 'basic');
  return {
    Charset: { ...CHARSET },
    DigestAlgorithm: Object.fromEntries(Object.keys(DIGESTS).map(k => [k, k])),
    MacAlgorithm: Object.fromEntries(Object.keys(MACS).map(k => [k, k])),
    sleep(...args: unknown[]) {
      enter('sleep');
      sleep(ctx, args);
    },
    formatDate(...args: unknown[]) {
      enter('formatDate');
      const [date, timeZone, pattern] = args;
      if (!isDate(date) || typeof timeZone !== 'string' || typeof pattern !== 'string') {
        throw signatureError(ctx, 'Utilities.formatDate', args);
      }
      return formatJavaDate(ctx, date.getTime(), timeZone, pattern);
    },
    formatString(...args: unknown[]) {
      enter('formatString');
      if (typeof args[0] !== 'string') throw signatureError(ctx, 'Utilities.formatString', args);
      return formatString(ctx, args[0], args.slice(1));
    },
    parseCsv(...args: unknown[]) {
      enter('parseCsv');
      const [csv, delimiter = ','] = args;
      if (typeof csv !== 'string' || typeof delimiter !== 'string' || delimiter.length !== 1) {
        throw signatureError(ctx, 'Utilities.parseCsv', args);
      }
      return ctx.exec.realm.Array.from(parseCsv(ctx, csv, delimiter), row => ctx.exec.realm.Array.from(row));
    },
    base64Encode(...args: unknown[]) {
      enter('base64Encode');
      return base64Encode(ctx, 'base64Encode', args, false);
    },
    base64EncodeWebSafe(...args: unknown[]) {
      enter('base64EncodeWebSafe');
      return base64Encode(ctx, 'base64EncodeWebSafe', args, true);
    },
    base64Decode(...args: unknown[]) {
      enter('base64Decode');
      return base64Decode(ctx, 'base64Decode', args, false);
    },
    base64DecodeWebSafe(...args: unknown[]) {
      enter('base64DecodeWebSafe');
      return base64Decode(ctx, 'base64DecodeWebSafe', args, true);
    },
    newBlob(...args: unknown[]) {
      enter('newBlob');
      const [data, contentType, name] = args;
      const bytes = bytesOf(data, undefined);
      if (!bytes || !optionalString(contentType) || !optionalString(name)) {
        throw signatureError(ctx, 'Utilities.newBlob', args);
      }
      return blobObject(
        ctx,
        bytes,
        (contentType as string | undefined) ?? null,
        (name as string | undefined) ?? null,
      );
    },
    computeDigest(...args: unknown[]) {
      enter('computeDigest');
      const [algorithm, value, charset] = args;
      const hash = typeof algorithm === 'string' ? DIGESTS[algorithm] : undefined;
      const bytes = bytesOf(value, charset);
      if (!hash || !bytes) throw signatureError(ctx, 'Utilities.computeDigest', args);
      return toSignedBytes(ctx, createHash(hash).update(bytes).digest());
    },
    computeHmacSha256Signature(...args: unknown[]) {
      enter('computeHmacSha256Signature');
      return hmac(ctx, 'Utilities.computeHmacSha256Signature', 'sha256', args);
    },
    computeHmacSignature(...args: unknown[]) {
      enter('computeHmacSignature');
      const hash = typeof args[0] === 'string' ? MACS[args[0]] : undefined;
      if (!hash) throw signatureError(ctx, 'Utilities.computeHmacSignature', args);
      return hmac(ctx, 'Utilities.computeHmacSignature', hash, args.slice(1));
    },
    getUuid() {
      enter('getUuid');
      return nextUuid(world);
    },
    toString: () => 'Utilities',
  };
}

function optionalString(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}

/** Sleeps on the virtual clock; the execution's deadline still applies (a long sleep can time the run out). */
function sleep(ctx: Ctx, args: unknown[]): void {
  const ms = args[0];
  if (typeof ms !== 'number' || Number.isNaN(ms)) throw signatureError(ctx, 'Utilities.sleep', args);
  if (ms > MAX_SLEEP_MS) throw ctx.exec.error(ERR.sleepTooLong);
  if (ms < 0) throw ctx.exec.error(ERR.sleepNegative);
  ctx.exec.spend(Math.trunc(ms));
}

function hmac(ctx: Ctx, method: string, hash: string, args: unknown[]): number[] {
  const [value, key, charset] = args;
  // The overloads take (String, String[, Charset]) or (Byte[], Byte[]); mixed kinds match neither.
  const sameKind =
    typeof value === 'string' ? typeof key === 'string' : isByteArray(value) && isByteArray(key);
  const valueBytes = bytesOf(value, charset);
  const keyBytes = bytesOf(key, charset);
  if (!sameKind || !valueBytes || !keyBytes) throw signatureError(ctx, method, [value, key, charset]);
  return toSignedBytes(ctx, createHmac(hash, keyBytes).update(valueBytes).digest());
}

/** A version-4-shaped UUID derived from a per-world counter, so runs are reproducible. */
function nextUuid(world: World): string {
  const state = world.state('utilities', () => ({ uuids: 0 }));
  state.uuids += 1;
  const b = createHash('sha256').update(`emulated-uuid-${state.uuids}`).digest().subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Base64

function base64Encode(ctx: Ctx, name: string, args: unknown[], webSafe: boolean): string {
  const bytes = bytesOf(args[0], args[1]);
  if (!bytes) throw signatureError(ctx, `Utilities.${name}`, args);
  const text = bytes.toString('base64');
  // Apps Script's web-safe form keeps the '=' padding (see the reference's "…ODlw==" example).
  return webSafe ? text.replace(/\+/g, '-').replace(/\//g, '_') : text;
}

function base64Decode(ctx: Ctx, name: string, args: unknown[], webSafe: boolean): number[] {
  const [encoded, charset] = args;
  if (typeof encoded !== 'string' || (charset !== undefined && !isCharset(charset))) {
    throw signatureError(ctx, `Utilities.${name}`, args);
  }
  // Node's decoder silently skips bad characters; Apps Script refuses the string instead.
  const alphabet = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  const body = encoded.replace(/=+$/, '');
  if (
    !alphabet.test(encoded) ||
    body.length % 4 === 1 ||
    (encoded.includes('=') && encoded.length % 4 !== 0)
  ) {
    throw ctx.exec.error(ERR.decode);
  }
  return toSignedBytes(ctx, Buffer.from(body, webSafe ? 'base64url' : 'base64'));
}

// ---------------------------------------------------------------------------------------------------------------
// Blob

function blobObject(
  ctx: Ctx,
  initial: Buffer,
  initialType: string | null,
  initialName: string | null,
): object {
  let bytes: Buffer = Buffer.from(initial);
  let contentType = initialType;
  let name = initialName;
  const enter = (method: string) => ctx.exec.enter(`Blob.${method}`, 'basic');
  const reader =
    <T>(method: string, read: () => T) =>
    (): T => {
      enter(method);
      return read();
    };
  const self: Record<string, unknown> = {
    getBytes: reader('getBytes', () => toSignedBytes(ctx, bytes)),
    setBytes(...args: unknown[]) {
      enter('setBytes');
      if (!isByteArray(args[0])) throw signatureError(ctx, 'Blob.setBytes', args);
      bytes = fromByteArray(args[0]);
      return self;
    },
    getDataAsString(...args: unknown[]) {
      enter('getDataAsString');
      const charset = args[0] ?? CHARSET.UTF_8;
      if (!isCharset(charset)) throw signatureError(ctx, 'Blob.getDataAsString', args);
      return decodeBytes(bytes, charset);
    },
    setDataFromString(...args: unknown[]) {
      enter('setDataFromString');
      const data = typeof args[0] === 'string' ? bytesOf(args[0], args[1]) : null;
      if (!data) throw signatureError(ctx, 'Blob.setDataFromString', args);
      bytes = data;
      return self;
    },
    getContentType: reader('getContentType', () => contentType),
    setContentType(...args: unknown[]) {
      enter('setContentType');
      if (!optionalString(args[0])) throw signatureError(ctx, 'Blob.setContentType', args);
      contentType = (args[0] as string | null | undefined) ?? null;
      return self;
    },
    getName: reader('getName', () => name),
    setName(...args: unknown[]) {
      enter('setName');
      if (!optionalString(args[0])) throw signatureError(ctx, 'Blob.setName', args);
      name = (args[0] as string | null | undefined) ?? null;
      return self;
    },
    isGoogleType: reader('isGoogleType', () => false),
    copyBlob: reader('copyBlob', () => blobObject(ctx, bytes, contentType, name)),
    toString: () => 'Blob',
  };
  return self;
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

/**
 * RFC 4180-style parsing: quoted fields may hold the delimiter, line breaks and doubled quotes; CRLF, CR and LF
 * all end a record; a final line break does not start an empty record; an unterminated quote is an error.
 */
function parseCsv(ctx: Ctx, csv: string, delimiter: string): string[][] {
  const text = csv.replace(/\r\n?/g, '\n');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw ctx.exec.error(ERR.csv);
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// formatString: the printf subset Apps Script scripts use (%s %d %i %f %e %x %o %c %%), with flags, width and
// precision.

const SPEC = /%([-+ 0,#]*)(\d+)?(?:\.(\d+))?([sdifeExXoc%])/g;

function formatString(ctx: Ctx, template: string, args: unknown[]): string {
  let next = 0;
  return template.replace(SPEC, (spec, flags: string, width?: string, precision?: string, conv?: string) => {
    if (conv === '%') return '%';
    if (next >= args.length) throw ctx.exec.error(`Exception: Format specifier '${spec}' has no argument.`);
    const text = convert(args[next++], conv!, flags, precision === undefined ? undefined : Number(precision));
    return pad(text, flags, width === undefined ? 0 : Number(width), conv !== 's' && conv !== 'c');
  });
}

function convert(arg: unknown, conv: string, flags: string, precision?: number): string {
  switch (conv) {
    case 's':
      return precision === undefined ? String(arg) : String(arg).slice(0, precision);
    case 'c':
      return typeof arg === 'number' ? String.fromCodePoint(arg) : String(arg).charAt(0);
    case 'd':
    case 'i':
      return signed(Math.trunc(Number(arg)), flags, n => group(n.toFixed(0), flags));
    case 'f':
      return signed(Number(arg), flags, n => group(n.toFixed(precision ?? 6), flags));
    case 'e':
    case 'E': {
      const text = signed(Number(arg), flags, n =>
        n.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2'),
      );
      return conv === 'E' ? text.toUpperCase() : text;
    }
    case 'x':
    case 'X': {
      const hex = (Math.trunc(Number(arg)) >>> 0).toString(16);
      return conv === 'X' ? hex.toUpperCase() : hex;
    }
    default:
      return (Math.trunc(Number(arg)) >>> 0).toString(8);
  }
}

/** Formats |n| and puts the sign in front ('-', or '+'/' ' when those flags ask for one). */
function signed(n: number, flags: string, body: (abs: number) => string): string {
  if (Number.isNaN(n)) return 'NaN';
  const sign = n < 0 || Object.is(n, -0) ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  return sign + (Number.isFinite(n) ? body(Math.abs(n)) : 'Infinity');
}

function group(digits: string, flags: string): string {
  if (!flags.includes(',')) return digits;
  const [whole, frac] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function pad(text: string, flags: string, width: number, numeric: boolean): string {
  if (text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  if (numeric && flags.includes('0') && /\d/.test(text)) {
    const sign = /^[-+ ]/.test(text) ? text[0] : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width);
}

// ---------------------------------------------------------------------------------------------------------------
// formatDate: Java SimpleDateFormat patterns

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const PATTERN_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

type Fields = ReturnType<typeof zonedFields>;

/**
 * Formats an instant like Java's SimpleDateFormat in the en_US locale (Apps Script's `formatDate`). An unknown time
 * zone id falls back to GMT, as Java's `TimeZone.getTimeZone` does. `z` names come from Intl and may differ
 * from Java's for zones without a common abbreviation (then `GMT+05:30` style is used).
 */
function formatJavaDate(ctx: Ctx | null, epochMs: number, timeZone: string, pattern: string): string {
  const zone = isKnownTimeZone(timeZone) ? timeZone : 'GMT';
  const fields = zonedFields(epochMs, zone);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      const { text, end } = readQuoted(ctx, pattern, i);
      out += text;
      i = end;
    } else if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count++;
      out += renderField(ctx, ch, count, fields, zone, epochMs);
      i += count;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function fail(ctx: Ctx | null, message: string): Error {
  return ctx ? ctx.exec.error(message) : new Error(message);
}

/** A quoted literal starting at `start`: `''` is one quote, inside or outside a quoted run. */
function readQuoted(ctx: Ctx | null, pattern: string, start: number): { text: string; end: number } {
  if (pattern[start + 1] === "'") return { text: "'", end: start + 2 };
  let text = '';
  for (let i = start + 1; i < pattern.length; i++) {
    if (pattern[i] !== "'") {
      text += pattern[i];
    } else if (pattern[i + 1] === "'") {
      text += "'";
      i++;
    } else {
      return { text, end: i + 1 };
    }
  }
  throw fail(ctx, 'Exception: Invalid argument: format (unterminated quote)');
}

function num(n: number, count: number): string {
  return String(n).padStart(count, '0');
}

function renderField(
  ctx: Ctx | null,
  letter: string,
  count: number,
  f: Fields,
  zone: string,
  epochMs: number,
): string {
  if (!PATTERN_LETTERS.includes(letter)) throw fail(ctx, `Exception: Illegal pattern character '${letter}'`);
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return count === 2 ? num(f.year % 100, 2) : num(f.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[f.month - 1];
      if (count === 3) return MONTHS[f.month - 1].slice(0, 3);
      return num(f.month, count);
    case 'd':
      return num(f.day, count);
    case 'D':
      return num(dayOfYear(f), count);
    case 'F':
      return num(Math.floor((f.day - 1) / 7) + 1, count);
    case 'w':
      return num(weekOfYear(f), count);
    case 'W':
      return num(Math.floor((f.day - 1 + firstWeekdayOfMonth(f)) / 7) + 1, count);
    case 'E':
      return count >= 4 ? DAYS[f.weekday] : DAYS[f.weekday].slice(0, 3);
    case 'u':
      return num(f.weekday === 0 ? 7 : f.weekday, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return num(f.hour, count);
    case 'k':
      return num(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return num(f.hour % 12, count);
    case 'h':
      return num(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return num(f.minute, count);
    case 's':
      return num(f.second, count);
    case 'S':
      return num(f.millisecond, count);
    case 'z':
      return zoneName(zone, epochMs, f.offsetMs, count >= 4);
    case 'Z':
      return offsetText(f.offsetMs, false);
    default:
      return isoOffset(ctx, f.offsetMs, count);
  }
}

function dayOfYear(f: Fields): number {
  return (Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86_400_000 + 1;
}

function firstWeekdayOfMonth(f: Fields): number {
  return new Date(Date.UTC(f.year, f.month - 1, 1)).getUTCDay();
}

/** en_US week numbering: weeks start on Sunday and week 1 is the one holding January 1st. */
function weekOfYear(f: Fields): number {
  const jan1 = new Date(Date.UTC(f.year, 0, 1)).getUTCDay();
  const daysLeftInWeek = 6 - f.weekday;
  const nextJan1 = Date.UTC(f.year + 1, 0, 1);
  // The last days of December belong to week 1 when their week contains the next January 1st.
  if (Date.UTC(f.year, f.month - 1, f.day) + daysLeftInWeek * 86_400_000 >= nextJan1) return 1;
  return Math.floor((dayOfYear(f) - 1 + jan1) / 7) + 1;
}

/** `+0100` (RFC 822, `Z`) or `+01:00` (with a colon). */
function offsetText(offsetMs: number, colon: boolean): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${sign}${num(Math.floor(minutes / 60), 2)}${colon ? ':' : ''}${num(minutes % 60, 2)}`;
}

/** ISO 8601 `X` (±hh), `XX` (±hhmm), `XXX` (±hh:mm); zero offset prints `Z`. */
function isoOffset(ctx: Ctx | null, offsetMs: number, count: number): string {
  if (count > 3) throw fail(ctx, "Exception: Illegal pattern character 'X'");
  if (Math.round(offsetMs / 60_000) === 0) return 'Z';
  if (count === 1) return offsetText(offsetMs, false).slice(0, 3);
  return offsetText(offsetMs, count === 3);
}

const zoneNameFormats = new Map<string, Intl.DateTimeFormat>();

/** Java-like zone names: `CET`, `EST`, `UTC`, `GMT`; `GMT+05:30` when no abbreviation is known. */
function zoneName(zone: string, epochMs: number, offsetMs: number, long: boolean): string {
  if (zone === 'GMT' || zone === 'UTC') return long ? 'Coordinated Universal Time' : zone;
  if (/^(GMT|UTC)[+-]/.test(zone)) return `GMT${offsetText(offsetMs, true)}`;
  // en-US knows American abbreviations, en-GB European ones; Java knows both.
  for (const locale of long ? ['en-US'] : ['en-US', 'en-GB']) {
    const key = `${locale}|${zone}|${long}`;
    let format = zoneNameFormats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: long ? 'long' : 'short' });
      zoneNameFormats.set(key, format);
    }
    const name = format.formatToParts(new Date(epochMs)).find(p => p.type === 'timeZoneName')?.value ?? '';
    if (!/^GMT[+-]/.test(name)) return name;
  }
  return `GMT${offsetText(offsetMs, true)}`;
}
