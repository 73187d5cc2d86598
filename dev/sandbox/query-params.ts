// Query-string helpers the search and list routes share: PHP's last-wins parameters, paging, refusals.

/** A request the server refuses with 400 and this plain-text message (Hungarian, the account's language). */
export interface SearchRefusal {
  readonly refusal: string;
}

/** True when a parse step refused the request. */
export function isRefusal<T>(value: T | SearchRefusal): value is SearchRefusal {
  return typeof value === 'object' && value !== null && 'refusal' in value;
}

/** The message prefix MiniCRM puts on an entity's errors, e.g. `Contact (GET):`. */
const prefix = (entity: string): string => `${entity} (GET):`;

/** An unknown parameter (names are case-sensitive), in the wording of the live probe (MAK 08-todo-probe). */
export function unknownParameter(entity: string, name: string): SearchRefusal {
  return { refusal: `${prefix(entity)} Nem megfelelő paraméter: "${name}"` };
}

/** A value that does not fit its parameter (an unknown label, a bad date or number). */
export function invalidValue(entity: string, name: string, value: string): SearchRefusal {
  return { refusal: `${prefix(entity)} Érvénytelen érték: '${value}' (${name})` };
}

/** The refusal of a search without any filter (real MiniCRM refuses those; the exact text is unknown). */
export function noFilterMessage(entity: string): string {
  return `${prefix(entity)} Nem megfelelő paraméter: legalább egy szűrő szükséges`;
}

/** PHP keeps the last of repeated parameters; so does the sandbox. */
export function lastValues(params: URLSearchParams): Map<string, string> {
  const values = new Map<string, string>();
  params.forEach((value, name) => values.set(name, value));
  return values;
}

/** True for an optionally signed whole number. */
export const isInteger = (value: string): boolean => /^-?\d+$/.test(value.trim());

/** Takes `Page` (0-based, default 0) out of the parameters. */
export function takePage(values: Map<string, string>, entity: string): number | SearchRefusal {
  const pageText = values.get('Page') ?? '0';
  values.delete('Page');
  return /^\d+$/.test(pageText) ? Number(pageText) : invalidValue(entity, 'Page', pageText);
}

/** Lowercases and strips accents, so "vanzari" finds "Vânzări" and "ugyfel" finds "Ügyfél". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
