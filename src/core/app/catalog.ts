// What the account offers: its modules (products) and each module's card fields.
import type { Field, Module } from '../../shared/contract';
import { toContractField } from '../crm/schema';
import { AppError } from '../errors';
import type { AppContext } from './context';
import { requireClient } from './connection';

/** MiniCRM's products (categories) for the connected account. */
export function listModules(context: AppContext): Module[] {
  return requireClient(context).listModules();
}

/** The card fields of a module, from its schema. */
export function listFields(context: AppContext, moduleId: number): Field[] {
  if (!Number.isInteger(moduleId) || moduleId <= 0)
    throw new AppError('BAD_INPUT', { field: 'the product', problem: 'choose a MiniCRM product' });
  return requireClient(context).projectSchema(moduleId).fields.map(toContractField);
}
