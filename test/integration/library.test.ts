// Saved filters and syncs through dist/ (CONTRACT §3): validation, masking of shared codes, updates, deletes.
import type { SavedFilter, Sync } from '../../src/shared/contract';
import { propertyState } from '../../dev/gas-runtime/services/properties';
import { AddonHarness } from '../support/addon';

const addon = new AddonHarness();
beforeAll(() => addon.start());
beforeEach(() => addon.fresh());
afterAll(() => addon.stop());

const HASH = '12345-0e01938fc48a2cfb5f2217fbfb00722d-EO9tXmhLWydgUmz_GTsTxQ';
const CODE = `=ImportData("https://r3.minicrm.hu/Api/SharedFilter?Hash=${HASH}&Type=Project")`;

describe('saved filters', () => {
  it('keeps a pasted shared code whole but shows it masked', () => {
    const saved = addon.call<SavedFilter>('saveFilter', {
      name: 'Export Vânzări',
      kind: 'shared',
      code: CODE,
    });
    expect(saved.kind).toBe('shared');
    const shown = JSON.stringify([saved, addon.call('listSavedFilters'), addon.call('getOverview')]);
    expect(shown).not.toContain(HASH);
    expect(saved.kind === 'shared' && saved.code).toMatch(/Hash=12345-…_GTsTxQ|Hash=12345-.*…/);
    const stored = [
      ...(propertyState(addon.runtime.world).document.get(addon.spreadsheetId)?.values() ?? []),
    ].join('\n');
    expect(stored).toContain(HASH);
  });

  it('refuses a code that is not a MiniCRM shared filter with [INVALID_CODE]', () => {
    expect(
      addon.failure('saveFilter', {
        name: 'x',
        kind: 'shared',
        code: '=IMPORTDATA("https://example.com/data.csv")',
      }),
    ).toMatch(/^\[INVALID_CODE\]/);
    expect(addon.call('listSavedFilters')).toEqual([]);
  });

  it('stores card and document queries as given, and updates them by id', () => {
    const cards = addon.call<SavedFilter>('saveFilter', {
      name: 'Câștigate',
      kind: 'cards',
      moduleId: 20,
      statusGroup: 'Success',
      userIds: [41207],
      updatedSince: '2026-01-01',
    });
    const invoices = addon.call<SavedFilter>('saveFilter', {
      name: 'Facturi',
      kind: 'documents',
      docType: 'Invoice',
      items: true,
    });
    expect(addon.call<SavedFilter[]>('listSavedFilters')).toHaveLength(2);
    const renamed = addon.call<SavedFilter>('saveFilter', { ...cards, name: 'Câștigate 2026' });
    expect(renamed).toMatchObject({
      id: cards.id,
      name: 'Câștigate 2026',
      statusGroup: 'Success',
      userIds: [41207],
    });
    expect(
      addon
        .call<SavedFilter[]>('listSavedFilters')
        .map(f => f.name)
        .sort(),
    ).toEqual(['Câștigate 2026', 'Facturi']);
    expect(invoices).toMatchObject({ kind: 'documents', docType: 'Invoice', items: true });
  });

  it.each([
    [{ name: '', kind: 'cards', moduleId: 20 }, /numele/],
    [{ name: 'x', kind: 'cards', moduleId: -1 }, /produsul/],
    [{ name: 'x', kind: 'cards', moduleId: 20, statusGroup: 'Won' }, /grupul de statusuri/],
    [{ name: 'x', kind: 'cards', moduleId: 20, updatedSince: '31/01/2026' }, /actualizat din/],
    [{ name: 'x', kind: 'documents', docType: 'Receipt' }, /tipul documentului/],
    [{ name: 'x', kind: 'sql' }, /tipul filtrului/],
  ])(
    "refuses %p with [BAD_INPUT] naming what to fix, in the person's language (Romanian here)",
    (input, problem) => {
      const message = addon.failure('saveFilter', input);
      expect(message).toMatch(/^\[BAD_INPUT\]/);
      expect(message).toMatch(problem);
    },
  );

  it('says [NOT_FOUND] when updating or deleting a filter that is gone', () => {
    expect(addon.failure('saveFilter', { id: 'f_missing', name: 'x', kind: 'cards', moduleId: 20 })).toMatch(
      /^\[NOT_FOUND\]/,
    );
    expect(addon.failure('deleteFilter', 'f_missing')).toMatch(/^\[NOT_FOUND\]/);
  });

  it('deletes a filter no sync uses', () => {
    const filter = addon.call<SavedFilter>('saveFilter', { name: 'x', kind: 'cards', moduleId: 20 });
    expect(addon.call('deleteFilter', filter.id)).toBeNull();
    expect(addon.call('listSavedFilters')).toEqual([]);
  });
});

describe('syncs', () => {
  it('fills in the defaults and validates updates', () => {
    const filter = addon.call<SavedFilter>('saveFilter', { name: 'x', kind: 'cards', moduleId: 20 });
    const sync = addon.call<Sync>('createSync', { filterId: filter.id, sheetName: 'Vânzări' });
    expect(sync).toMatchObject({ mode: 'replace', rowLimit: 8000, overLimit: 'stop', scheduled: true });
    expect(addon.call<Sync>('updateSync', sync.id, { rowLimit: 500, overLimit: 'truncate' })).toMatchObject({
      rowLimit: 500,
      overLimit: 'truncate',
      sheetName: 'Vânzări',
    });
    expect(addon.failure('updateSync', sync.id, { rowLimit: 9000 })).toMatch(/^\[BAD_INPUT\].*8000/);
    expect(addon.failure('createSync', { filterId: filter.id, sheetName: 'vânzări' })).toMatch(
      /o altă sincronizare scrie deja/,
    );
    expect(addon.failure('createSync', { filterId: 'f_nope', sheetName: 'Other' })).toMatch(/^\[BAD_INPUT\]/);
  });

  it("leaves the sheet's data in place when a sync is deleted", () => {
    addon.connect();
    const filter = addon.call<SavedFilter>('saveFilter', { name: 'x', kind: 'cards', moduleId: 23 });
    const sync = addon.call<Sync>('createSync', { filterId: filter.id, sheetName: 'Suport' });
    addon.call('runSync', sync.id);
    const before = addon.sheet('Suport');
    expect(addon.call('deleteSync', sync.id)).toBeNull();
    expect(addon.sheet('Suport')).toEqual(before);
    expect(addon.failure('runSync', sync.id)).toMatch(/^\[NOT_FOUND\]/);
  });
});
