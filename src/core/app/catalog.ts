// What the account offers: its modules (products) and each module's card fields.
import type { Field, Module } from '../../shared/contract';
import { toContractField } from '../crm/schema';
import { badInput } from '../errors';
import type { AppContext } from './context';
import { requireClient } from './connection';

/** MiniCRM's products (categories) for the connected account. */
export function listModules(context: AppContext): Module[] {
  return requireClient(context).listModules();
}

/** The card fields of a module, from its schema. */
export function listFields(context: AppContext, moduleId: number | string): Field[] {
  // The sidebar sends numbers; a script may send the id as text.
  const id = typeof moduleId === 'string' && /^\d+$/.test(moduleId.trim()) ? Number(moduleId) : moduleId;
  if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0) throw badInput('product', 'chooseProduct');
  return requireClient(context).projectSchema(id).fields.map(toContractField);
}
