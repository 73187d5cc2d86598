// Reads the "unique code" MiniCRM gives for a shared filter: `=ImportData("https://…/Api/SharedFilter?Hash=…")`.
import { AppError } from '../errors';
import { isMiniCrmOrigin } from '../crm/hosts';

/** A shared filter's feed address, checked. */
export interface SharedFeed {
  /** The URL to GET (no authentication: the Hash is the secret). */
  url: string;
  origin: string;
  hash: string;
  /** MiniCRM's `Type` parameter (Project for cards; other values for items/services lists), if given. */
  type?: string;
}

const FORMULA = /^=\s*importdata\s*\(\s*(["“”„'])(.*)(["“”'])\s*\)\s*;?$/i;
const FEED_URL = /^(https?:\/\/[^/?#\s]+)(\/Api\/SharedFilter)\/?\?([^#\s]*)$/i;
const LOOPBACK_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}$/i;

/**
 * Accepts the whole `=ImportData("…")` formula (any case, straight or typographic quotes, spaces, a trailing
 * `;`) or the bare URL; refuses with `[INVALID_CODE]` anything that is not https on a MiniCRM host with path
 * `/Api/SharedFilter` and a `Hash` (a development build also accepts a loopback sandbox).
 */
export function parseSharedCode(code: string, allowLoopback = false): SharedFeed {
  const text = String(code ?? '').trim();
  const formula = FORMULA.exec(text);
  const url = (formula ? formula[2] : text).trim();
  const match = FEED_URL.exec(url);
  const trusted = match && (isMiniCrmOrigin(match[1]) || (allowLoopback && LOOPBACK_ORIGIN.test(match[1])));
  if (!match || !trusted) throw new AppError('INVALID_CODE');
  const params = new Map<string, string>();
  for (const pair of match[3].split('&')) {
    const [key, ...rest] = pair.split('=');
    if (key) params.set(key.toLowerCase(), safeDecode(rest.join('=')));
  }
  const hash = params.get('hash') ?? '';
  if (!/^[\w-]{8,}$/.test(hash)) throw new AppError('INVALID_CODE');
  const origin = match[1].toLowerCase();
  const type = params.get('type') || undefined;
  const query = `Hash=${encodeURIComponent(hash)}${type ? `&Type=${encodeURIComponent(type)}` : ''}`;
  return { url: `${origin}/Api/SharedFilter?${query}`, origin, hash, type };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}
