// HTTP Basic authentication as MiniCRM does it: user = System ID, password = API key.

import { textReply, Reply } from './http-io';

/** The account the sandbox serves. */
export interface Credentials {
  systemId: number;
  apiKey: string;
}

/** Reads `Authorization: Basic base64(user:password)`; null when absent or malformed. */
export function parseBasicAuth(header: string | undefined): { user: string; password: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** True when the header carries exactly the account's System ID and API key. */
export function isAuthorized(header: string | undefined, credentials: Credentials): boolean {
  const given = parseBasicAuth(header);
  return (
    given !== null && given.user === String(credentials.systemId) && given.password === credentials.apiKey
  );
}

/**
 * The refusal for bad credentials: 401 as observed live (MAK api-samples README), or, when a fault asks
 * for it, the manual's 404 `Unauthorized: Access denied` (MAN p.41). Both are plain text.
 */
export function authFailure(status: 401 | 404): Reply {
  return status === 404
    ? textReply(404, 'Unauthorized: Access denied')
    : textReply(401, 'Unauthorized', { 'WWW-Authenticate': 'Basic realm="MiniCRM API"' });
}
