// The stable error codes that prefix every failure message ("[AUTH_FAILED] …"), shared by server and sidebar.

/** Every code the add-on may put in brackets at the start of an error message or in `RunResult.code`. */
export const ERROR_CODES = [
  'AUTH_FAILED',
  'NOT_CONNECTED',
  'BAD_HOST',
  'BAD_INPUT',
  'INVALID_CODE',
  'IN_USE',
  'NOT_FOUND',
  'RATE_LIMITED',
  'SERVER_ERROR',
  'NETWORK',
  'BAD_RESPONSE',
  'ROW_LIMIT',
  'CELL_LIMIT',
  'SHEET_NOT_EMPTY',
  'BUSY',
  'QUOTA',
  'STORAGE_FULL',
  'TIME_BUDGET',
  'INTERNAL',
] as const;

/** One of the stable error codes. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The languages the add-on speaks. */
export type Language = 'en' | 'ro' | 'hu';

/** Picks the add-on's language from a locale such as `ro_RO`, `hu` or `en-GB` (English by default). */
export function languageOf(locale: string | null | undefined): Language {
  const prefix = (locale ?? '').slice(0, 2).toLowerCase();
  return prefix === 'ro' || prefix === 'hu' ? prefix : 'en';
}
