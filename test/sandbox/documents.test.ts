// Invoice, Order and Offer lists and details: all-string rows, [] when empty, money formats, Project, paging.

import { DetailBody, pagedAll, TestSandbox, wireIds } from './harness';

let sandbox: TestSandbox;
beforeAll(async () => (sandbox = await TestSandbox.start()));
afterAll(() => sandbox.close());

type DocType = 'Invoice' | 'Order' | 'Offer';
type Row = Record<string, string>;
type Detail = Record<string, unknown> & { Items: Record<string, string>[] };

const ROW_KEYS = [
  'Id',
  'ProjectId',
  'StornedId',
  'Number',
  'Type',
  'Issued',
  'Performance',
  'Prompt',
  'Paid',
  'CurrencyCode',
  'AmountNet',
  'AmountVat',
  'Amount',
  'Status',
  'StatusGroup',
  'DocumentUrl',
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FOUR_DECIMALS = /^-?\d+\.\d{4}$/;
/** The manual's invoice item money: space thousands, decimal comma (`"1 000,00"`). */
const LOCALIZED = /^-?\d{1,3}( \d{3})*,\d{2}$/;
const MODULE_OF: Record<DocType, number> = { Invoice: 24, Order: 25, Offer: 26 };

const listAll = (type: DocType, query = '') =>
  pagedAll<Row>(sandbox, `/Api/${type}/List${query ? `?${query}` : ''}`);
const detail = (type: DocType, id: string | number) => sandbox.json<Detail>(`/Api/${type}/${id}`);
/** Parses `"1 000,00"` and `"1000.0000"` alike to a number of hundredths. */
const cents = (text: string) => Math.round(Number(text.replace(/ /g, '').replace(',', '.')) * 100);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** All ids of a list in wire order (pages concatenated). */
async function wireOrder(type: DocType, query = ''): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 0; ; page++) {
    const response = await sandbox.request(`/Api/${type}/List?Page=${page}${query ? `&${query}` : ''}`);
    const pageIds = wireIds(response.text);
    if (pageIds.length === 0) return ids;
    ids.push(...pageIds);
  }
}

describe.each<DocType>(['Invoice', 'Order', 'Offer'])('GET /Api/%s/List', type => {
  let all: Row[];
  beforeAll(async () => (all = (await listAll(type)).rows));

  test('rows have the manual’s keys in order and every value is a string, even Id', () => {
    expect(all.length).toBeGreaterThan(150);
    for (const row of all) {
      expect(Object.keys(row)).toEqual(ROW_KEYS);
      expect(Object.values(row).every(value => typeof value === 'string')).toBe(true);
      expect(row.Id).toMatch(/^\d+$/);
      expect(row.ProjectId).toMatch(/^\d+$/);
      expect(row.StornedId).toMatch(/^(\d+)?$/);
      for (const name of ['Issued', 'Performance', 'Prompt']) expect(row[name]).toMatch(DATE);
      expect(row.Paid === '' || DATE.test(row.Paid)).toBe(true);
      for (const name of ['AmountNet', 'AmountVat', 'Amount']) expect(row[name]).toMatch(FOUR_DECIMALS);
      expect(cents(row.AmountNet) + cents(row.AmountVat)).toBe(cents(row.Amount));
      expect(['RON', 'HUF', 'EUR']).toContain(row.CurrencyCode);
      expect(['Lead', 'Open', 'Success', 'Failed']).toContain(row.StatusGroup);
      expect(row.DocumentUrl).toMatch(
        new RegExp(`^${sandbox.origin}/12345/Download/S3/\\?t=doc&inline=0&e=\\w+$`),
      );
      expect(row.Number).not.toBe('');
    }
    expect(new Set(all.map(row => row.CurrencyCode))).toEqual(new Set(['RON', 'HUF', 'EUR']));
    expect(all.some(row => row.Paid === '')).toBe(true);
  });

  test('the raw text has string ids and escaped slashes, as PHP writes them', async () => {
    const response = await sandbox.request(`/Api/${type}/List`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.text).toMatch(/^\{"Count":\d+,"Results":\{"\d+":\{"Id":"\d+","ProjectId":"\d+"/);
    expect(response.text).toContain('"DocumentUrl":"http:\\/\\/127.0.0.1:');
  });

  test('100 rows a page, Count is the total, a page past the end is [] with the same Count', async () => {
    const first = await sandbox.json<{ Count: number; Results: object }>(`/Api/${type}/List`);
    expect(Object.keys(first.Results)).toHaveLength(100);
    expect(first.Count).toBe(all.length);
    const lastPage = Math.floor((all.length - 1) / 100);
    const last = await sandbox.json<{ Results: object }>(`/Api/${type}/List?Page=${lastPage}`);
    expect(Object.keys(last.Results)).toHaveLength(all.length - lastPage * 100);
    expect((await sandbox.request(`/Api/${type}/List?Page=${lastPage + 1}`)).text).toBe(
      `{"Count":${all.length},"Results":[]}`,
    );
  });

  test('an empty list is {"Count":0,"Results":[]}: an array, as the live capture shows', async () => {
    const response = await sandbox.request(`/Api/${type}/List?UpdatedSince=2031-01-01`);
    expect(response.status).toBe(200);
    expect(response.text).toBe('{"Count":0,"Results":[]}');
  });

  test('the wire order is most recently modified first; decoded in JS the keys come out ascending', async () => {
    const wire = await wireOrder(type);
    expect(wire).toHaveLength(all.length);
    expect(wire).not.toEqual([...wire].sort((a, b) => a - b));
    const firstPage = await sandbox.request(`/Api/${type}/List`);
    const decodedKeys = Object.keys(JSON.parse(firstPage.text).Results).map(Number);
    expect(decodedKeys).toEqual([...decodedKeys].sort((a, b) => a - b));
    expect(new Set(decodedKeys)).toEqual(new Set(wire.slice(0, 100)));
    // Whatever the threshold, the documents changed since then are a prefix of the full order.
    for (const since of ['2026-10-01', '2026-06-15 08:30', '2025-01-01 00:00:00']) {
      const recent = await wireOrder(type, `UpdatedSince=${encodeURIComponent(since)}`);
      expect(recent.length).toBeGreaterThan(0);
      expect(recent).toEqual(wire.slice(0, recent.length));
    }
  });

  test('StatusGroup selects one group; the groups partition the list', async () => {
    let total = 0;
    for (const group of ['Lead', 'Open', 'Success', 'Failed']) {
      const { count, rows } = await listAll(type, `StatusGroup=${group}`);
      expect(rows.every(row => row.StatusGroup === group)).toBe(true);
      total += count;
    }
    expect(total).toBe(all.length);
  });

  test('each document’s ProjectId is a card of the dedicated module', async () => {
    for (const row of all.slice(0, 5)) {
      const card = await sandbox.json<DetailBody>(`/Api/R3/Project/${row.ProjectId}`);
      expect(card.CategoryId).toBe(MODULE_OF[type]);
      expect(card.StatusId).toBe(row.Status);
    }
  });

  test('list amounts equal the detail’s, which equal the sum of the items', async () => {
    for (const row of all.filter((_, index) => index % 40 === 0)) {
      const body = await detail(type, row.Id);
      expect(body.Id).toBe(row.Id);
      expect(body.Number).toBe(row.Number);
      expect(body.Type).toBe(row.Type);
      expect(body.Items.length).toBeGreaterThanOrEqual(1);
      expect(body.Items.length).toBeLessThanOrEqual(6);
      for (const name of ['AmountNet', 'AmountVat', 'Amount']) {
        expect(body[name]).toMatch(/^-?\d+\.\d{2}$/);
        expect(cents(body[name] as string)).toBe(cents(row[name]));
      }
      expect(sum(body.Items.map(item => cents(item.PriceNetTotal)))).toBe(cents(row.AmountNet));
      expect(sum(body.Items.map(item => cents(item.PriceTotal)))).toBe(cents(row.Amount));
      expect(body.Paid).toBe(row.Paid === '' ? '0000-00-00' : row.Paid);
    }
  });
});

describe('list parameters', () => {
  test('UpdatedSince takes `YYYY-MM-DD HH:MM` or with seconds, space as + or %20, and is inclusive', async () => {
    const withMinutes = await listAll('Invoice', 'UpdatedSince=2026-06-01+10:00');
    expect(withMinutes.count).toBeGreaterThan(0);
    expect((await listAll('Invoice', 'UpdatedSince=2026-06-01%2010:00:00')).count).toBe(withMinutes.count);
    expect((await listAll('Invoice')).count).toBeGreaterThan(withMinutes.count);

    const [target] = (await listAll('Invoice')).rows;
    sandbox.virtualNow = Date.UTC(2026, 10, 20, 9, 30, 15); // 10:30:15 in Budapest (winter, UTC+1)
    await sandbox.control.touchDocuments('Invoice', [Number(target.Id)]);
    const exactly = await listAll('Invoice', 'UpdatedSince=2026-11-20+10:30:15');
    expect(exactly.rows.map(row => row.Id)).toEqual([target.Id]);
    expect((await listAll('Invoice', 'UpdatedSince=2026-11-20+10:30:16')).count).toBe(0);
    await sandbox.control.reset();
  });

  test.each([
    ['Foo=1', 'Invoice (GET): Nem megfelelő paraméter: "Foo"'],
    ['CategoryId=24', 'Invoice (GET): Nem megfelelő paraméter: "CategoryId"'],
    ['StatusGroup=Won', "Invoice (GET): Érvénytelen érték: 'Won' (StatusGroup)"],
    ['UpdatedSince=yesterday', "Invoice (GET): Érvénytelen érték: 'yesterday' (UpdatedSince)"],
    ['Page=-1', "Invoice (GET): Érvénytelen érték: '-1' (Page)"],
  ])('%s is refused with 400 plain text', async (query, message) => {
    const response = await sandbox.request(`/Api/Invoice/List?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.text).toBe(message);
  });

  test('drafts are not listed (only issued documents are), but their details can be read', async () => {
    const info = await sandbox.control.info();
    const listed = new Set((await listAll('Offer')).rows.map(row => Number(row.Id)));
    expect(listed.size).toBeLessThan(info.documents.Offer);
    const firstId = 141;
    const draftId = Array.from({ length: info.documents.Offer }, (_, i) => firstId + i).find(
      id => !listed.has(id),
    );
    const draft = await detail('Offer', draftId as number);
    expect(draft).toMatchObject({
      Number: '',
      Issued: '',
      Paid: '0000-00-00',
      DocumentUrl: '',
      DocumentFileName: '',
    });
  });
});

describe('details', () => {
  test('an invoice has the manual’s keys, Customer and Vendor, and locale-formatted item money', async () => {
    const { rows } = await listAll('Invoice');
    const row = rows.find(candidate => candidate.Type === 'Invoice' && candidate.Paid === '') as Row;
    const body = await detail('Invoice', row.Id);
    expect(Object.keys(body)).toEqual([
      'Id',
      'Number',
      'Type',
      'Media',
      'Customer',
      'Vendor',
      'Subject',
      'PaymentMethod',
      'Issued',
      'Performance',
      'Prompt',
      'Paid',
      'CurrencyCode',
      'AmountNet',
      'AmountVat',
      'Amount',
      'IsReverseCharge',
      'DocumentUrl',
      'DocumentFileName',
      'Items',
    ]);
    const partyKeys = ['Name', 'CountryId', 'PostalCode', 'City', 'Address', 'AccountNumber', 'VatNumber'];
    expect(Object.keys(body.Customer as object)).toEqual(partyKeys);
    expect(Object.keys(body.Vendor as object)).toEqual(partyKeys);
    expect(body.Paid).toBe('0000-00-00');
    expect(body.IsReverseCharge).toBe('0');
    expect(body.DocumentFileName).toBe(
      `invoice-${row.Number.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-1.pdf`,
    );
    for (const item of body.Items) {
      expect(Object.keys(item)).toEqual([
        'Name',
        'Description',
        'PriceNet',
        'VAT',
        'Quantity',
        'Unit',
        'PriceNetTotal',
        'PriceTotal',
      ]);
      for (const name of ['PriceNet', 'PriceNetTotal', 'PriceTotal']) expect(item[name]).toMatch(LOCALIZED);
      expect(item.VAT).toMatch(/^(19|21|27)%$/);
      expect(item.Quantity).toMatch(/^\d+(,\d)?$/);
    }
  });

  test('invoice item money reaches thousands ("1 234,50") and fractional quantities use a decimal comma', async () => {
    const { rows } = await listAll('Invoice');
    const items = (await Promise.all(rows.slice(0, 60).map(row => detail('Invoice', row.Id)))).flatMap(
      body => body.Items,
    );
    expect(items.some(item => / \d{3},\d{2}$/.test(item.PriceNetTotal))).toBe(true);
    expect(items.some(item => /,5$/.test(item.Quantity))).toBe(true);
    for (const item of items) {
      const expectedNet = Math.round(cents(item.PriceNet) * Number(item.Quantity.replace(',', '.')));
      expect(Math.abs(cents(item.PriceNetTotal) - expectedNet)).toBeLessThanOrEqual(1);
    }
    expect(items.some(item => /[ăâîșțőűáéíóöüú]/i.test(item.Name))).toBe(true);
  });

  test('Romanian VAT is 19 % before 2025-08-01 and 21 % after; Hungarian 27 %', async () => {
    const { rows } = await listAll('Invoice');
    const early = rows.find(
      row => row.Issued < '2025-07-01' && row.DocumentUrl && row.Type === 'Invoice',
    ) as Row;
    const bodies = await Promise.all(rows.slice(0, 80).map(row => detail('Invoice', row.Id)));
    for (const body of [...bodies, await detail('Invoice', early.Id)]) {
      const vendorCountry = (body.Vendor as Record<string, string>).CountryId;
      const expected =
        vendorCountry === '36' ? '27%' : (body.Issued as string) < '2025-08-01' ? '19%' : '21%';
      expect(body.Items.every(item => item.VAT === expected)).toBe(true);
    }
  });

  test('a cancelled invoice has a storno: StornedId points to it, quantities and amounts negated', async () => {
    const { rows } = await listAll('Invoice');
    const stornos = rows.filter(row => row.StornedId !== '');
    expect(stornos.length).toBeGreaterThan(5);
    for (const storno of stornos.slice(0, 5)) {
      const original = rows.find(row => row.Id === storno.StornedId) as Row;
      expect(storno.Type).toBe('Storno');
      expect(original.Type).toBe('Invoice');
      expect(original.Status).toBe('Sztornózva');
      expect(storno.ProjectId).toBe(original.ProjectId);
      expect(cents(storno.Amount)).toBe(-cents(original.Amount));
      expect(Number(storno.Id)).toBeGreaterThan(Number(original.Id));
      const body = await detail('Invoice', storno.Id);
      expect(body.Items.every(item => item.Quantity.startsWith('-') && item.PriceTotal.startsWith('-'))).toBe(
        true,
      );
    }
  });

  test.each<DocType>(['Order', 'Offer'])(
    'an %s has order-style items (6, 4 and 2 decimals) and its card’s fields under Project',
    async type => {
      const [row] = (await listAll(type)).rows;
      const body = await detail(type, row.Id);
      expect(body.Vendor).toBeUndefined();
      expect(Object.keys(body).slice(-2)).toEqual(['Items', 'Project']);
      for (const item of body.Items) {
        expect(Object.keys(item)).toEqual([
          'Id',
          'SKU',
          'EAN',
          'Name',
          'PriceNet',
          'Quantity',
          'Unit',
          'PriceNetTotal',
          'VAT',
          'VATSubtype',
          'PriceTotal',
        ]);
        expect(item.Id).toMatch(/^\d+$/);
        expect(item.PriceNet).toMatch(/^\d+\.\d{6}$/);
        expect(item.Quantity).toMatch(/^\d+\.\d{4}$/);
        expect(item.PriceNetTotal).toMatch(/^\d+\.\d{4}$/);
        expect(item.PriceTotal).toMatch(/^\d+\.\d{2}$/);
        expect(item.VAT).toMatch(/^\d+%$/);
        expect(item.VATSubtype).toBe('');
        expect(item.EAN).toMatch(/^(\d{13})?$/);
      }
      const project = body.Project as Record<string, string>;
      const schema = await sandbox.json<Record<string, unknown>>(`/Api/R3/Schema/Project/${MODULE_OF[type]}`);
      const card = await sandbox.json<DetailBody>(`/Api/R3/Project/${row.ProjectId}`);
      const customFields = Object.keys(schema).slice(14);
      expect(Object.keys(project)).toEqual([...customFields, 'StatusId']);
      expect(Object.values(project).every(value => typeof value === 'string')).toBe(true);
      expect((schema.StatusId as Record<string, string>)[project.StatusId]).toBe(card.StatusId);
      for (const name of customFields) expect(project[name]).toBe(String(card[name]));
    },
  );

  test.each<[DocType, string]>([
    ['Invoice', '99999'],
    ['Order', 'abc'],
    ['Offer', '1'],
  ])('an unknown %s %s is 404 plain text', async (type, id) => {
    const response = await sandbox.request(`/Api/${type}/${id}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.text).toBe(`${type} (GET): A bizonylat nem található: ${id}`);
  });
});

describe('access and limits', () => {
  test('document routes need credentials', async () => {
    for (const path of ['/Api/Invoice/List', '/Api/Order/51', '/Api/Offer/List'])
      expect((await sandbox.request(path, { authorization: null })).status).toBe(401);
  });

  test('they are not rate limited and do not use up the /Api/R3 window', async () => {
    await sandbox.control.reset();
    const clock = sandbox.virtualNow;
    const paths = ['/Api/Invoice/List', '/Api/Order/List', '/Api/Offer/List', '/Api/Invoice/101'];
    for (let i = 0; i < 90; i++)
      expect((await sandbox.request(paths[i % paths.length], { clock })).status).toBe(200);
    for (let i = 0; i < 60; i++)
      expect((await sandbox.request('/Api/R3/Category', { clock })).status).toBe(200);
    expect((await sandbox.request('/Api/R3/Category', { clock })).status).toBe(429);
    expect((await sandbox.request('/Api/Order/List', { clock })).status).toBe(200);
    const stats = await sandbox.control.stats();
    expect(stats.byRoute['GET /Api/Invoice/List']).toBe(23);
    expect(stats.byRoute['GET /Api/Invoice/{Id}']).toBe(22);
  });

  test('writes are 405 with a localized message', async () => {
    const response = await sandbox.request('/Api/Invoice/List', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.text).toBe('Invoice (POST): A metódus nem engedélyezett!');
  });

  test('JSON body faults apply to document answers too', async () => {
    await sandbox.control.faults({ truncatedJson: { count: 1 } });
    const cut = await sandbox.request('/Api/Offer/List');
    expect(() => JSON.parse(cut.text)).toThrow();
    await sandbox.control.reset();
  });
});

describe('control', () => {
  beforeEach(() => sandbox.control.reset());

  test('touch-document moves a document to the head of its list and can set Status and Paid', async () => {
    const { rows } = await listAll('Order');
    const target = rows[rows.length - 1];
    sandbox.virtualNow = Date.UTC(2026, 10, 25, 12, 0, 0);
    await sandbox.control.touchDocuments('Order', [Number(target.Id)], {
      Status: 'Livrată',
      Paid: '2026-11-25',
    });
    expect((await wireOrder('Order'))[0]).toBe(Number(target.Id));
    const after = (await listAll('Order', 'UpdatedSince=2026-11-25')).rows;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      Id: target.Id,
      Status: 'Livrată',
      StatusGroup: 'Success',
      Paid: '2026-11-25',
    });
    expect((await detail('Order', target.Id)).Paid).toBe('2026-11-25');
  });

  test('touch-document is all-or-nothing: unknown ids 404, bad fields 400', async () => {
    await expect(sandbox.control.touchDocuments('Invoice', [101, 9999])).rejects.toThrow(/404/);
    await expect(sandbox.control.touchDocuments('Invoice', [101], { Status: 'Nincs' })).rejects.toThrow(
      /400/,
    );
    await expect(sandbox.control.touchDocuments('Invoice', [101], { Paid: '2026-13-01' })).rejects.toThrow(
      /400/,
    );
    const response = await fetch(`${sandbox.origin}/__sandbox/touch-document`, {
      method: 'POST',
      body: JSON.stringify({ type: 'Receipt', ids: [1] }),
    });
    expect(response.status).toBe(400);
    expect((await wireOrder('Invoice', 'UpdatedSince=2026-11-01+01:00:00')).length).toBe(0);
  });

  test('reseeding a document module regenerates its documents from its cards', async () => {
    await sandbox.control.seed(25, 120);
    expect((await sandbox.control.info()).documents.Order).toBe(120);
    const { rows } = await listAll('Order');
    expect(rows.length).toBeLessThanOrEqual(120);
    const cardIds = new Set(
      (await pagedAll<{ Id: number }>(sandbox, '/Api/R3/Project?CategoryId=25')).rows.map(row =>
        String(row.Id),
      ),
    );
    const trashed = (await pagedAll<{ Id: number }>(sandbox, '/Api/R3/Project?CategoryId=25&Deleted=1')).rows;
    for (const row of trashed) cardIds.add(String(row.Id));
    expect(rows.every(row => cardIds.has(row.ProjectId))).toBe(true);
  });
});
