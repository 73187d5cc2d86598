// Which MiniCRM addresses the add-on talks to (CONTRACT §3): the public hosts, and loopback in development.
import { AppError } from '../errors';

/** MiniCRM's default host. */
export const DEFAULT_HOST = 'https://r3.minicrm.hu';

/** Every host MiniCRM serves its API from (production and test systems). */
export const MINICRM_HOSTS: readonly string[] = ['hu', 'ro', 'io', 'eu'].flatMap(tld => [
  `https://r3.minicrm.${tld}`,
  `https://r3-test.minicrm.${tld}`,
]);

const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost):(\d{1,5})$/;

/**
 * Normalizes and checks a host. Accepts the MiniCRM hosts (any case, an optional trailing slash); accepts
 * `http://127.0.0.1:PORT` and `http://localhost:PORT` only when `allowLoopback` (a development build).
 * Anything else is refused with `[BAD_HOST]`.
 */
export function normalizeHost(host: unknown, allowLoopback: boolean): string {
  if (host === undefined || host === null || host === '') return DEFAULT_HOST;
  if (typeof host !== 'string')
    throw new AppError('BAD_HOST', { host: String(JSON.stringify(host)).slice(0, 100) });
  if (host.trim() === '') return DEFAULT_HOST;
  const cleaned = host.trim().replace(/\/$/, '').toLowerCase();
  if (MINICRM_HOSTS.includes(cleaned)) return cleaned;
  const loopback = LOOPBACK.exec(cleaned);
  if (allowLoopback && loopback && Number(loopback[2]) > 0 && Number(loopback[2]) < 65536) return cleaned;
  throw new AppError('BAD_HOST', { host: host.trim().slice(0, 100) });
}

/** Whether a URL points at one of MiniCRM's hosts (used to check pasted shared-filter codes). */
export function isMiniCrmOrigin(origin: string): boolean {
  return MINICRM_HOSTS.includes(origin.toLowerCase());
}
