// JSON text as PHP's json_encode writes it by default: compact, `\/` for slashes, `\uXXXX` for non-ASCII.

const NON_ASCII = /[\u0080-\uffff]/g;

function encodeString(text: string): string {
  return JSON.stringify(text)
    .replace(/\//g, '\\/')
    .replace(NON_ASCII, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function encodeObject(entries: Iterable<[unknown, unknown]>): string {
  const members: string[] = [];
  for (const [key, value] of entries) members.push(`${encodeString(String(key))}:${encodePhpJson(value)}`);
  return `{${members.join(',')}}`;
}

/**
 * Encodes a value like MiniCRM's PHP backend: slashes escaped and every non-ASCII UTF-16 unit written as a
 * lowercase `\uXXXX` escape (astral characters become surrogate pairs, as in PHP). Clients therefore have to
 * JSON-decode the body for real: searching the raw text for "Vânzări" finds nothing.
 *
 * A `Map` is written as an object in insertion order, because PHP arrays keep their order even for
 * numeric keys (a schema's statuses come in pipeline order), which a plain JS object would sort.
 */
export function encodePhpJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return encodeString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : '0';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map(encodePhpJson).join(',')}]`;
  if (value instanceof Map) return encodeObject(value.entries());
  if (typeof value === 'object') return encodeObject(Object.entries(value as Record<string, unknown>));
  throw new TypeError(`cannot encode ${typeof value} as JSON`);
}
