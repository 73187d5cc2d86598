// The spreadsheet's saved filters: list, save (create or update) and delete.
import type { FilterInput, SavedFilter } from '../../shared/contract';
import { AppError, notFound } from '../errors';
import { validateFilterInput } from '../filters/validate-filter';
import { newId } from '../store/ids';
import { Library, maskSharedCode, toSavedFilter } from '../store/library';
import type { AppContext } from './context';

/** Saved filters, shared codes masked. */
export function listSavedFilters(context: AppContext): SavedFilter[] {
  return new Library(context.documentStore).filters().map(toSavedFilter);
}

/** Creates a filter, or updates the one `input.id` names. */
export function saveFilter(context: AppContext, input: FilterInput): SavedFilter {
  const library = new Library(context.documentStore);
  const existing =
    input && typeof input === 'object' && typeof input.id === 'string' ? library.filter(input.id) : null;
  // Renaming a shared filter must not need its secret again: the sidebar only ever saw the code masked.
  const keepsCode =
    existing?.kind === 'shared' &&
    input.kind === 'shared' &&
    (!input.code || input.code === maskSharedCode(existing.code));
  const clean = validateFilterInput(
    keepsCode ? { ...input, code: existing.code } : input,
    context.allowLoopback,
  );
  if (clean.id !== undefined && !library.filter(clean.id)) {
    throw notFound('theSavedFilter');
  }
  const id = clean.id ?? newId('f', context.clock.now(), taken => library.filter(taken) !== null);
  const stored = { ...clean, id };
  library.saveFilter(stored);
  return toSavedFilter(stored);
}

/** Deletes a filter no sync uses; refused with [IN_USE] while one does. */
export function deleteFilter(context: AppContext, id: string): null {
  const library = new Library(context.documentStore);
  if (!library.filter(String(id))) throw notFound('theSavedFilter');
  const user = library.syncs().find(sync => sync.filterId === id);
  if (user) throw new AppError('IN_USE', { sheet: user.sheetName });
  library.deleteFilter(id);
  return null;
}
