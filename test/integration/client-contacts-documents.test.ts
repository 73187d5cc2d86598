// The core client over the emulator's UrlFetchApp against the sandbox: contacts, documents with items, the
// shared-filter CSV — each read path MiniCRM offers, with its quirks.
import type { ListPage } from '../../src/core/crm/results';
import { parseCsv } from '../../src/core/text/csv';
import { parseWireNumber } from '../../src/core/crm/wire-values';
import { ClientProbe } from '../support/client-probe';

const probe = new ClientProbe();
beforeAll(() => probe.start());
beforeEach(() => probe.fresh());
afterAll(() => probe.stop());

type Schema = { fields: { key: string; type: string }[] };

describe('contacts', () => {
  it('reads the person and company schemas', () => {
    const person = probe.call<Schema>('personSchema').value!;
    const business = probe.call<Schema>('businessSchema').value!;
    expect(person.fields.map(f => f.key)).toEqual(
      expect.arrayContaining(['FirstName', 'LastName', 'Email', 'Phone']),
    );
    expect(business.fields.map(f => f.key)).toEqual(expect.arrayContaining(['Name']));
  });

  it('searches persons and companies, and reads a contact whose Type is localized in detail', () => {
    const persons = probe.call<ListPage>('searchContacts', [{ Type: 'Person' }, 0]).value!;
    expect(persons.count).toBeGreaterThan(100);
    expect(persons.items.every(row => row.Type === 'Person')).toBe(true);
    const detail = probe.call<Record<string, unknown>>('contact', [Number(persons.items[0].Id)]).value!;
    expect(detail.Id).toBe(persons.items[0].Id);
    expect(detail.Type).not.toBe('Person');
    expect(typeof detail.Type).toBe('string');
  });

  it("refuses a contact search with no filter, in MiniCRM's words", () => {
    expect(probe.call('searchContacts', [{}, 0]).error?.code).toBe('BAD_INPUT');
  });
});

describe('invoices, orders, offers', () => {
  it('lists documents whose values are all strings, and reads their items with locale-formatted money', () => {
    const list = probe.call<ListPage>('listDocuments', ['Invoice', {}, 0]).value!;
    expect(list.count).toBeGreaterThan(0);
    const row = list.items[0];
    expect(typeof row.Id).toBe('string');
    expect(typeof row.AmountNet).toBe('string');
    const detail = probe.call<Record<string, unknown>>('document', ['Invoice', Number(row.Id)]).value!;
    const items = detail.Items as Record<string, string>[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(parseWireNumber(item.PriceNet)).not.toBeNull();
      expect(item.VAT).toMatch(/^\d+%$/);
    }
  });

  it('reads an order with its card under Project', () => {
    const list = probe.call<ListPage>('listDocuments', ['Order', {}, 0]).value!;
    const detail = probe.call<Record<string, unknown>>('document', [
      'Order',
      Number(list.items[0].Id),
    ]).value!;
    expect(detail.Project).toEqual(expect.any(Object));
  });

  it('accepts an empty list given as [] and filters by status group', () => {
    const page = probe.call<ListPage>('listDocuments', ['Offer', { UpdatedSince: '2099-01-01' }, 0]).value!;
    expect(page).toEqual({ count: 0, items: [] });
    const success = probe.call<ListPage>('listDocuments', ['Invoice', { StatusGroup: 'Success' }, 0]).value!;
    expect(success.items.every(row => row.StatusGroup === 'Success')).toBe(true);
  });

  it('reads many documents in parallel: the document API is not rate limited', async () => {
    const ids = probe
      .call<ListPage>('listDocuments', ['Invoice', {}, 0])
      .value!.items.map(row => Number(row.Id));
    const result = probe.call<Record<string, unknown>[]>('documents', ['Invoice', [...ids, ...ids]]);
    expect(result.value).toHaveLength(ids.length * 2);
    expect((await probe.sandbox.control.stats()).status['429'] ?? 0).toBe(0);
  });
});

describe('the shared-filter CSV feed', () => {
  it('is read without credentials and parses as RFC 4180 with the header first', async () => {
    const feeds = await probe.sandbox.control.sharedFilters();
    const cards = feeds.find(f => f.type === 'Project')!;
    const text = probe.call<string>('sharedFilterCsv', [`https://r3.minicrm.hu${cards.url}`], {
      account: { systemId: '', apiKey: '', host: 'https://r3.minicrm.hu' },
    }).value!;
    const csv = parseCsv(text);
    expect(csv.unterminatedQuote).toBe(false);
    expect(csv.records).toHaveLength(cards.rows + 1);
    expect(csv.records.slice(1).every(row => row.length === csv.records[0].length)).toBe(true);
  });

  it('keeps a BOM and ragged rows readable', async () => {
    await probe.control.faults({ csvBom: true, raggedCsv: true });
    const feeds = await probe.sandbox.control.sharedFilters();
    const text = probe.call<string>('sharedFilterCsv', [`https://r3.minicrm.hu${feeds[0].url}`]).value!;
    const csv = parseCsv(text);
    expect(csv.records[0][0].charCodeAt(0)).not.toBe(0xfeff);
    expect(new Set(csv.records.map(row => row.length)).size).toBeGreaterThan(1);
  });

  it('answers an unknown hash with [NOT_FOUND]', () => {
    const result = probe.call('sharedFilterCsv', [
      'https://r3.minicrm.hu/Api/SharedFilter?Hash=12345-0000&Type=Project',
    ]);
    expect(result.error?.code).toBe('NOT_FOUND');
  });
});
