// Errors as values with a stable code; formatting them into the "[CODE] sentence" the sidebar shows.
import type { ErrorCode, Language } from '../shared/error-codes';
import { ERROR_MESSAGES, MINICRM_SAID, type MessageParams } from './i18n/error-messages';
import type { PhraseKey } from './i18n/phrases';

/** The longest stretch of MiniCRM's own text we repeat to the person. */
const MAX_DETAIL_CHARS = 300;

/** A failure the person can act on: a stable code, the details its sentence mentions, MiniCRM's own words. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: MessageParams = {},
    /** What MiniCRM itself answered (plain text, often Hungarian or Romanian), shown after our sentence. */
    readonly remoteText?: string,
  ) {
    super(`[${code}] ${ERROR_MESSAGES[code].en(params)}`);
    this.name = 'AppError';
  }
}

/** Whether a value is an AppError (also across bundles, where `instanceof` may not hold). */
export function isAppError(value: unknown): value is AppError {
  return (
    value instanceof AppError || (value instanceof Error && value.name === 'AppError' && 'code' in value)
  );
}

/** `[CODE] sentence` in the person's language, followed by MiniCRM's own words when it said something. */
export function formatError(error: AppError, language: Language): string {
  const sentence = ERROR_MESSAGES[error.code][language](error.params);
  const remote = error.remoteText ? cleanRemoteText(error.remoteText) : '';
  return remote
    ? `[${error.code}] ${sentence} ${MINICRM_SAID[language]}: “${remote}”`
    : `[${error.code}] ${sentence}`;
}

/** MiniCRM's error bodies are plain text, sometimes HTML; keep one readable, bounded line. */
function cleanRemoteText(text: string): string {
  const plain = text
    // A shared filter's Hash is a bearer secret: never repeat it, whoever's words carry it.
    .replace(/(Hash=)[^&\s"'<>]+/gi, '$1…')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > MAX_DETAIL_CHARS ? `${plain.slice(0, MAX_DETAIL_CHARS)}…` : plain;
}

/** [BAD_INPUT]: what to check and how to fix it, both phrases every language has. */
export function badInput(field: PhraseKey, problem: PhraseKey, remoteText?: string): AppError {
  return new AppError('BAD_INPUT', { field, problem }, remoteText);
}

/** [NOT_FOUND]: what no longer exists. */
export function notFound(what: PhraseKey, remoteText?: string): AppError {
  return new AppError('NOT_FOUND', { what }, remoteText);
}
