// Every kind of filter syncs through dist/: pasted shared codes (the CSV feed) and invoices/orders/offers.
import type { RunResult, SavedFilter, Sync } from '../../src/shared/contract';
import { AddonHarness } from '../support/addon';
import { parseCsv } from '../../src/core/text/csv';

const addon = new AddonHarness();
beforeAll(() => addon.start());
beforeEach(() => addon.fresh());
afterAll(() => addon.stop());

function run(filter: Record<string, unknown>, settings: Record<string, unknown> = {}): RunResult {
  const saved = addon.call<SavedFilter>('saveFilter', { name: 'f', ...filter });
  const sync = addon.call<Sync>('createSync', { filterId: saved.id, sheetName: 'Date', ...settings });
  let result: RunResult;
  do result = addon.call<RunResult>('runSync', sync.id);
  while (result.state === 'running');
  return result;
}

async function feed(type = 'Project', categoryId = 20) {
  const filters = await addon.sandbox.control.sharedFilters();
  const found = filters.find(f => f.type === type && (type !== 'Project' || f.categoryId === categoryId));
  if (!found) throw new Error(`no ${type} feed`);
  return { ...found, code: `=ImportData("https://r3.minicrm.hu${found.url}")` };
}

async function csvOf(url: string): Promise<string[][]> {
  return parseCsv(await (await fetch(`${addon.sandbox.origin}${url}`)).text()).records;
}

describe('a pasted shared filter code', () => {
  it("writes the feed as typed cells in the feed's column order, without a key", async () => {
    const shared = await feed();
    const result = run({ kind: 'shared', code: shared.code });
    const records = await csvOf(shared.url);
    expect(result).toMatchObject({ state: 'done', rows: records.length - 1, requests: 1 });
    const values = addon.sheet('Date');
    expect(values[0]).toEqual(records[0]);
    expect(values).toHaveLength(records.length);
    // Text stays text exactly as MiniCRM sent it (codes with leading zeros, phone numbers, "=…").
    records.slice(1, 50).forEach((row, r) =>
      row.forEach((text, c) => {
        const cell = values[r + 1][c];
        if (typeof cell === 'string') expect(cell).toBe(text);
        else if (typeof cell === 'number') expect(cell).toBe(Number(text));
        else if (cell instanceof Date) expect(text).toMatch(/^\d{4}-\d{2}-\d{2}/);
      }),
    );
  });

  it('syncs the items/services list too', async () => {
    const items = (await addon.sandbox.control.sharedFilters()).find(f => f.type !== 'Project');
    expect(items).toBeDefined();
    const result = run({ kind: 'shared', code: `https://r3.minicrm.hu${items?.url}` });
    expect(result.state).toBe('done');
    expect(result.rows).toBe(items?.rows);
  });

  it('refuses a feed cut off in the middle and leaves the sheet as it was', async () => {
    const shared = await feed();
    run({ kind: 'shared', code: shared.code });
    const before = addon.sheet('Date');
    await addon.control.faults({ truncatedCsv: { count: 1 } });
    const sync = addon.call<Overview>('getOverview').syncs[0];
    const result = addon.call<RunResult>('runSync', sync.id);
    expect(result).toMatchObject({ state: 'failed', code: 'BAD_RESPONSE' });
    expect(addon.sheet('Date')).toEqual(before);
  });

  it('says the code no longer works when MiniCRM revoked it', async () => {
    const shared = await feed();
    await addon.sandbox.control.revokeSharedFilter(shared.hash);
    const result = run({ kind: 'shared', code: shared.code });
    expect(result).toMatchObject({ state: 'failed', code: 'NOT_FOUND' });
    expect(result.message).toMatch(/partajat|shared/);
  });
});

describe('invoices, orders and offers', () => {
  it('writes one row per document with typed amounts and dates', async () => {
    addon.connect();
    const result = run({ kind: 'documents', docType: 'Invoice' });
    const info = await addon.sandbox.control.info();
    expect(result.state).toBe('done');
    expect(result.rows).toBeGreaterThan(0);
    expect(result.rows).toBeLessThanOrEqual(info.documents.Invoice);
    const values = addon.sheet('Date');
    expect(values[0].slice(0, 3)).toEqual(['Id', 'Number', 'Type']);
    const amount = values[0].indexOf('Amount');
    expect(typeof values[1][amount]).toBe('number');
    expect(values[1][values[0].indexOf('Issued')]).toBeInstanceOf(Date);
  });

  it('writes one row per line item when asked, VAT as a percentage', () => {
    addon.connect();
    const perDocument = run({ kind: 'documents', docType: 'Order' }, { sheetName: 'Comenzi' });
    const perItem = run({ kind: 'documents', docType: 'Order', items: true });
    expect(perItem.state).toBe('done');
    expect(perItem.rows).toBeGreaterThan(perDocument.rows);
    const values = addon.sheet('Date');
    const vat = values[0].indexOf('Item: VAT');
    expect(vat).toBeGreaterThan(0);
    const rates = values
      .slice(1)
      .map(row => row[vat])
      .filter(value => value !== '');
    expect(rates.every(rate => typeof rate === 'number' && rate > 0 && rate < 1)).toBe(true);
  });

  it('fetches item details again only for documents that changed', async () => {
    addon.connect();
    const first = run({ kind: 'documents', docType: 'Offer', items: true });
    const second = addon.call<RunResult>('runSync', addon.call<Overview>('getOverview').syncs[0].id);
    expect(second.rows).toBe(first.rows);
    expect(second.requests).toBeLessThan(first.requests / 3);
  });
});

type Overview = { syncs: { id: string }[] };
