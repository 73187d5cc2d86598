// Apps Script's "The parameters (…) don't match the method signature" errors, shared by the emulated services.
import type { Execution } from '../execution';
import { isDate } from './sheets-input';

/** Apps Script's name for a JavaScript value's type in "The parameters (…) don't match" errors. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) return (value.length > 0 ? typeName(value[0]) : 'Object') + '[]';
  if (isDate(value)) return 'Date';
  return '(class)';
}

/** The error (of the script's realm) Apps Script throws when `method` is called with arguments of the wrong types. */
export function signatureError(ctx: { exec: Execution }, method: string, args: unknown[]): Error {
  const types = args.map(typeName).join(',');
  return ctx.exec.error(
    `Exception: The parameters (${types}) don't match the method signature for ${method}.`,
  );
}
