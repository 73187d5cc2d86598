// GET /Api/R3/Project: paging, summary rows, every filter, and the refusals MiniCRM gives.

import { detailsOf, DetailBody, fold, rowsOf, SearchBody, searchAll, TestSandbox } from './harness';

let sandbox: TestSandbox;
let supportDetails: DetailBody[];

const search = (query: string) => sandbox.json<SearchBody>(`/Api/R3/Project?${query}`);
const countOf = async (query: string) => (await search(query)).Count;

beforeAll(async () => {
  sandbox = await TestSandbox.start();
  // Module 23 is small enough to read in full and use as the oracle for the filters.
  const { rows } = await searchAll(sandbox, 'CategoryId=23');
  const trashed = await searchAll(sandbox, 'CategoryId=23&Deleted=1');
  supportDetails = await detailsOf(
    sandbox,
    [...rows, ...trashed.rows].map(row => row.Id),
  );
});
afterAll(() => sandbox.close());

const liveSupport = () => supportDetails.filter(card => card.Deleted === 0);
const idsOf = (cards: DetailBody[]) => cards.map(card => card.Id as number).sort((a, b) => a - b);
const searchIds = async (query: string) => (await searchAll(sandbox, query)).rows.map(row => row.Id);

describe('paging', () => {
  test('pages hold 100 rows, Count is the total, the last page is partial and ids ascend', async () => {
    const first = await search('CategoryId=21');
    expect(rowsOf(first)).toHaveLength(100);
    const { count, rows } = await searchAll(sandbox, 'CategoryId=21');
    expect(count).toBe(first.Count);
    expect(count).toBeGreaterThan(2300);
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map(row => row.Id)).size).toBe(count);
    const ids = rows.map(row => row.Id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const lastPage = Math.floor((count - 1) / 100);
    expect(rowsOf(await search(`CategoryId=21&Page=${lastPage}`))).toHaveLength(count - lastPage * 100);
  });

  test('a page past the end is an empty object with the same Count', async () => {
    const count = await countOf('CategoryId=22');
    const response = await sandbox.request('/Api/R3/Project?CategoryId=22&Page=50');
    expect(response.text).toBe(`{"Count":${count},"Results":{}}`);
  });

  test('no match is {"Count":0,"Results":{}}', async () => {
    const response = await sandbox.request('/Api/R3/Project?CategoryId=22&Name=Nobody');
    expect(response.text).toBe('{"Count":0,"Results":{}}');
  });

  test('Results is keyed by the id as a string and rows have the sample keys in order', async () => {
    const body = await search('CategoryId=20');
    const results = body.Results as unknown as Record<string, Record<string, unknown>>;
    let withCompany = 0;
    for (const [key, row] of Object.entries(results)) {
      expect(key).toBe(String(row.Id));
      const keys = Object.keys(row);
      expect(keys.slice(0, 7)).toEqual(['Id', 'Name', 'Url', 'ContactId', 'StatusId', 'UserId', 'Deleted']);
      expect(row.Url).toBe(`${sandbox.origin}/Api/R3/Project/${row.Id}`);
      for (const name of ['Id', 'ContactId', 'StatusId', 'UserId', 'Deleted'])
        expect(typeof row[name]).toBe('number');
      if (keys.length === 8) {
        expect(keys[7]).toBe('BusinessId');
        expect(row.BusinessId).toBeGreaterThan(0);
        withCompany++;
      } else expect(keys).toHaveLength(7);
    }
    expect(withCompany).toBeGreaterThan(20);
    expect(withCompany).toBeLessThan(100);
  });

  test.each(['abc', '-1', ''])('Page=%s is refused with 400', async page => {
    expect((await sandbox.request(`/Api/R3/Project?CategoryId=20&Page=${page}`)).status).toBe(400);
  });
});

describe('refusals', () => {
  test.each(['', '?Page=0', '?Page=3'])(
    'a search without a filter (%s) is 400 plain Hungarian text',
    async query => {
      const response = await sandbox.request(`/Api/R3/Project${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.text).toBe('Project (GET): Nem megfelelő paraméter: legalább egy szűrő szükséges');
    },
  );

  test.each(['Foo=1', 'categoryid=20', 'CategoryID=20'])(
    'an unknown parameter %s is 400 (names are case-sensitive)',
    async query => {
      const response = await sandbox.request(`/Api/R3/Project?${query}`);
      expect(response.status).toBe(400);
      expect(response.text).toContain('Nem megfelelő paraméter');
    },
  );

  test.each([
    'StatusGroup=Won',
    'StatusId=Nincs',
    'Csatorna=Fax',
    'UpdatedSince=2026-13-01',
    'Deleted=2',
    'CategoryId=x',
  ])('an invalid value (%s) is 400 plain text', async query => {
    const response = await sandbox.request(`/Api/R3/Project?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });
});

describe('filters', () => {
  test('StatusId by id and by label give the same cards, all of that status', async () => {
    const byId = await searchAll(sandbox, 'CategoryId=20&StatusId=2606');
    expect(byId.count).toBeGreaterThan(0);
    expect(byId.rows.every(row => row.StatusId === 2606)).toBe(true);
    expect(await searchIds('CategoryId=20&StatusId=C%C3%A2%C8%99tigat')).toEqual(
      byId.rows.map(row => row.Id),
    );
  });

  test('statuses partition a module', async () => {
    const schema = await sandbox.json<{ StatusId: Record<string, string> }>('/Api/R3/Schema/Project/20');
    let sum = 0;
    for (const statusId of Object.keys(schema.StatusId))
      sum += await countOf(`CategoryId=20&StatusId=${statusId}`);
    expect(sum).toBe(await countOf('CategoryId=20'));
  });

  test('StatusGroup selects the statuses of that group', async () => {
    // Module 20: Success = Câștigat (2606); Failed = Pierdut (2607) + Amânat (2608).
    const success = await searchAll(sandbox, 'CategoryId=20&StatusGroup=Success');
    expect(success.rows.every(row => row.StatusId === 2606)).toBe(true);
    expect(success.count).toBe(await countOf('CategoryId=20&StatusId=2606'));
    const failed = await countOf('CategoryId=20&StatusGroup=Failed');
    expect(failed).toBe(
      (await countOf('CategoryId=20&StatusId=2607')) + (await countOf('CategoryId=20&StatusId=2608')),
    );
    let groups = 0;
    for (const group of ['Lead', 'Open', 'Success', 'Failed'])
      groups += await countOf(`CategoryId=20&StatusGroup=${group}`);
    expect(groups).toBe(await countOf('CategoryId=20'));
  });

  test('UserId by id and by name give the same cards', async () => {
    const byId = await searchAll(sandbox, 'CategoryId=22&UserId=41208');
    expect(byId.count).toBeGreaterThan(0);
    expect(byId.rows.every(row => row.UserId === 41208)).toBe(true);
    expect(await searchIds(`CategoryId=22&UserId=${encodeURIComponent('Kovács Gergő')}`)).toEqual(
      byId.rows.map(r => r.Id),
    );
  });

  test('UpdatedSince takes Budapest wall time with the space as "+" or "%20" and compares UpdatedAt', async () => {
    const sorted = liveSupport()
      .map(card => card.UpdatedAt as string)
      .sort();
    const since = sorted[Math.floor(sorted.length / 2)];
    const expected = idsOf(liveSupport().filter(card => (card.UpdatedAt as string) >= since));
    const [date, time] = since.split(' ');
    expect(await searchIds(`CategoryId=23&UpdatedSince=${date}+${time}`)).toEqual(expected);
    expect(await searchIds(`CategoryId=23&UpdatedSince=${date}%20${time}`)).toEqual(expected);
    const dateOnly = idsOf(liveSupport().filter(card => (card.UpdatedAt as string) >= `${date} 00:00:00`));
    expect(await searchIds(`CategoryId=23&UpdatedSince=${date}`)).toEqual(dateOnly);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(liveSupport().length);
  });

  test('an enum custom field filters by its label', async () => {
    const expected = idsOf(liveSupport().filter(card => card.Csatorna === 'Email'));
    expect(expected.length).toBeGreaterThan(0);
    expect(await searchIds('CategoryId=23&Csatorna=Email')).toEqual(expected);
  });

  test('a multi-select filter finds the cards that have that label among theirs', async () => {
    const expected = idsOf(liveSupport().filter(card => String(card.Cimkek).split(', ').includes('Hiba')));
    expect(expected.length).toBeGreaterThan(0);
    expect(await searchIds('CategoryId=23&Cimkek=Hiba')).toEqual(expected);
  });

  test('an Int custom field filters by exact value', async () => {
    const expected = idsOf(liveSupport().filter(card => card.Elegedettseg === 5));
    expect(await searchIds('CategoryId=23&Elegedettseg=5')).toEqual(expected);
  });

  test('a text field filters by exact value, also when it looks like a formula', async () => {
    const rows = await searchAll(sandbox, `CategoryId=20&NotaInterna=${encodeURIComponent('=SUM(A1:A3)')}`);
    expect(rows.count).toBeGreaterThan(0);
    const [detail] = await detailsOf(sandbox, [rows.rows[0].Id]);
    expect(detail.NotaInterna).toBe('=SUM(A1:A3)');
  });

  test('Query is a case- and accent-insensitive substring search over the name and text fields', async () => {
    const textFields = ['Name', 'Leiras', 'Hibakod', 'BelsoMegjegyzes2'];
    const expected = idsOf(
      liveSupport().filter(card => textFields.some(name => fold(String(card[name])).includes('elofizetes'))),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await searchIds('CategoryId=23&Query=elofizetes')).toEqual(expected);
    expect(await searchIds('CategoryId=23&Query=EL%C5%90FIZET%C3%89S')).toEqual(expected);
  });

  test('Query works across modules on names with Romanian diacritics', async () => {
    const { rows } = await searchAll(sandbox, 'Query=fagaras');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some(row => row.Name.includes('Făgăraș'))).toBe(true);
  });

  test('Deleted=1 returns only trashed cards, and with the default they partition the module', async () => {
    const trashed = await searchAll(sandbox, 'CategoryId=20&Deleted=1');
    expect(trashed.count).toBeGreaterThan(0);
    expect(trashed.rows.every(row => row.Deleted === 1)).toBe(true);
    const live = await countOf('CategoryId=20');
    expect(await countOf('CategoryId=20&Deleted=0')).toBe(live);
    expect(live + trashed.count).toBe(1200);
    expect(idsOf(supportDetails.filter(card => card.Deleted === 1))).toEqual(
      (await searchAll(sandbox, 'CategoryId=23&Deleted=1')).rows.map(row => row.Id),
    );
  });

  test('filters combine with AND', async () => {
    const expected = idsOf(
      liveSupport().filter(card => card.Csatorna === 'Telefon' && card.UserId === 'Szabó Réka'),
    );
    expect(await searchIds('CategoryId=23&Csatorna=Telefon&UserId=41230')).toEqual(expected);
  });

  test('MainContactId finds the cards of a company (their BusinessId)', async () => {
    const withCompany = (await searchAll(sandbox, 'CategoryId=22')).rows.find(row => row.BusinessId);
    const { rows } = await searchAll(sandbox, `MainContactId=${withCompany?.BusinessId}`);
    expect(rows.map(row => row.Id)).toContain(withCompany?.Id);
    expect(rows.every(row => row.BusinessId === withCompany?.BusinessId)).toBe(true);
  });

  test('without CategoryId a filter searches every module', async () => {
    const total = await countOf('Deleted=0');
    let perModule = 0;
    for (const id of [20, 21, 22, 23, 24, 25, 26]) perModule += await countOf(`CategoryId=${id}`);
    expect(total).toBe(perModule);
  });
});
