// Reading MiniCRM list answers: `{Count, Results}` where Results is an id-keyed object, an array, or `[]`.
import { AppError } from '../errors';
import { asInteger } from './wire-values';

/** One page of a list answer. */
export interface ListPage {
  /** Total matching records across all pages, as MiniCRM reports it. */
  count: number;
  /** The records on this page, in MiniCRM's order (ascending id for id-keyed objects). */
  items: Record<string, unknown>[];
}

/** Reads a `{Count, Results}` answer, whatever shape `Results` takes; refuses anything else. */
export function readListPage(body: unknown): ListPage {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new AppError('BAD_RESPONSE', {}, 'expected an object with Count and Results');
  }
  const { Count, Results } = body as { Count?: unknown; Results?: unknown };
  const count = asInteger(Count);
  if (count === null || count < 0 || Results === null || typeof Results !== 'object') {
    throw new AppError('BAD_RESPONSE', {}, 'Count or Results missing');
  }
  const values = Array.isArray(Results) ? Results : Object.values(Results as Record<string, unknown>);
  const items = values.filter(
    (item): item is Record<string, unknown> => item !== null && typeof item === 'object',
  );
  return { count, items };
}
