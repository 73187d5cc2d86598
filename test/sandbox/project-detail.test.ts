// GET /Api/R3/Project/{Id}: every schema field, labels for enums and users, MiniCRM's date and list formats.

import { detailsOf, DetailBody, rowsOf, SchemaBody, SearchBody, searchAll, TestSandbox } from './harness';

let sandbox: TestSandbox;
let schema20: SchemaBody;
let sales: DetailBody[];

const WALL_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

beforeAll(async () => {
  sandbox = await TestSandbox.start();
  schema20 = await sandbox.json<SchemaBody>('/Api/R3/Schema/Project/20');
  const page = await sandbox.json<SearchBody>('/Api/R3/Project?CategoryId=20&Page=3');
  sales = await detailsOf(
    sandbox,
    rowsOf(page).map(row => row.Id),
  );
});
afterAll(() => sandbox.close());

const enumOf = (name: string) => schema20[name] as Record<string, string>;
const customFields = () => Object.entries(schema20).slice(14);
const valuesOf = (name: string) => sales.map(card => card[name]);

test('the body has every schema field (BusinessId only when set), then ProjectHash and ProjectEmail', () => {
  for (const card of sales) {
    const expected = Object.keys(schema20).filter(
      name => name !== 'BusinessId' || card.BusinessId !== undefined,
    );
    const keys = Object.keys(card);
    expect(keys.slice(-2)).toEqual(['ProjectHash', 'ProjectEmail']);
    expect(new Set(keys.slice(0, -2))).toEqual(new Set(expected));
    expect(keys.slice(0, 6)).toEqual(['Id', 'CategoryId', 'ContactId', 'StatusId', 'UserId', 'Name']);
  }
  expect(sales.some(card => card.BusinessId === undefined)).toBe(true);
  expect(sales.some(card => typeof card.BusinessId === 'number')).toBe(true);
});

test('status and users are labels in the detail but ids in the search row', async () => {
  const page = await sandbox.json<SearchBody>('/Api/R3/Project?CategoryId=20&Page=3');
  for (const row of rowsOf(page)) {
    const card = sales.find(detail => detail.Id === row.Id) as DetailBody;
    expect(card.StatusId).toBe(enumOf('StatusId')[String(row.StatusId)]);
    expect(card.UserId).toBe(enumOf('UserId')[String(row.UserId)]);
    expect(card.CategoryId).toBe(20);
    expect(card.ContactId).toBe(row.ContactId);
  }
});

test('CreatedBy/UpdatedBy are user names, or "MiniCRM" (not in the schema) for system changes', () => {
  const users = Object.values(enumOf('CreatedBy'));
  const creators = new Set(valuesOf('CreatedBy'));
  for (const creator of creators) expect([...users, 'MiniCRM']).toContain(creator);
  expect(creators.has('MiniCRM')).toBe(true);
});

test('system dates are Budapest wall times and in a plausible order', () => {
  for (const card of sales) {
    for (const name of ['CreatedAt', 'UpdatedAt', 'StatusUpdatedAt']) expect(card[name]).toMatch(WALL_TIME);
    expect(card.CreatedAt <= card.UpdatedAt).toBe(true);
    expect(card.StatusUpdatedAt >= card.CreatedAt && card.StatusUpdatedAt <= card.UpdatedAt).toBe(true);
    expect((card.UpdatedAt as string) < '2026-11-01 01:00:00').toBe(true);
  }
});

test('custom values have the types of the samples, with "" or 0 when empty', () => {
  for (const [name, type] of customFields()) {
    const values = valuesOf(name);
    if (type === 'Int') expect(values.every(value => Number.isInteger(value))).toBe(true);
    if (type === 'Float') expect(values.every(value => value === '' || typeof value === 'number')).toBe(true);
    if (type === 'DateTime')
      expect(values.every(value => value === '' || WALL_TIME.test(String(value)))).toBe(true);
    if (type === 'Text(1024)') expect(values.every(value => typeof value === 'string')).toBe(true);
    if (typeof type === 'object') {
      expect(values.every(value => typeof value === 'string')).toBe(true);
      expect(values).toContain('');
    }
  }
});

test('a date-only field ends in 23:59:59 while a date-time field carries real times', () => {
  const closing = valuesOf('DataInchidere').filter(value => value !== '');
  expect(closing.length).toBeGreaterThan(0);
  expect(closing.every(value => String(value).endsWith(' 23:59:59'))).toBe(true);
  const contacted = valuesOf('UltimaContactare').filter(value => value !== '');
  expect(contacted.some(value => !String(value).endsWith(' 23:59:59'))).toBe(true);
});

test('single selects and checkboxes hold one label of their schema', () => {
  for (const name of ['Sursa', 'Prioritate', 'Newsletter']) {
    const labels = Object.values(enumOf(name));
    for (const value of valuesOf(name)) if (value !== '') expect(labels).toContain(value);
  }
});

test('multi-selects are ", "-joined labels in key order, even labels that contain ", "', async () => {
  const labels = Object.values(enumOf('Produse'));
  const { rows } = await searchAll(
    sandbox,
    `CategoryId=20&Produse=${encodeURIComponent('Suport, mentenanță')}`,
  );
  const withComma = await detailsOf(
    sandbox,
    rows.slice(0, 5).map(row => row.Id),
  );
  for (const card of withComma) {
    const value = String(card.Produse);
    expect(value).toContain('Suport, mentenanță');
    // Rebuild the value from the labels in schema order: it must be exactly what the API sent.
    expect(labels.filter(label => value.includes(label)).join(', ')).toBe(value);
  }
});

test('text values include multi-line notes and values a sheet would misread', async () => {
  expect(valuesOf('Observatii').some(value => String(value).includes('\n'))).toBe(true);
  const phones = valuesOf('TelefonContact').filter(value => value !== '');
  expect(phones.every(value => /^\+40 7\d{2} \d{3} \d{3}$/.test(String(value)))).toBe(true);
  expect(valuesOf('CodClient').some(value => String(value).startsWith('0'))).toBe(true);
  for (const tricky of [
    '=SUM(A1:A3)',
    '-15% reducere la plata integrală',
    '@ioana.popescu',
    'Da, dar "doar" după ora 15:00',
  ]) {
    const body = await sandbox.json<SearchBody>(`/Api/R3/Project?NotaInterna=${encodeURIComponent(tricky)}`);
    expect(body.Count).toBeGreaterThan(0);
  }
});

test('file fields hold a download URL on this server or ""', () => {
  const files = valuesOf('ContractSemnat').filter(value => value !== '');
  expect(files.length).toBeGreaterThan(0);
  for (const url of files)
    expect(String(url).startsWith(`${sandbox.origin}/12345/Download/S3/?t=project`)).toBe(true);
});

test('ProjectHash is 30 lowercase base36 characters and ProjectEmail an address', () => {
  for (const card of sales) {
    expect(card.ProjectHash).toMatch(/^[0-9a-z]{30}$/);
    expect(card.ProjectEmail).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
  }
  expect(new Set(valuesOf('ProjectHash')).size).toBe(sales.length);
});

test('about one card in ten is private (IsPrivate 1)', async () => {
  const all = (await sandbox.json<SearchBody>('/Api/R3/Project?CategoryId=21')).Count;
  const privateCards = (await sandbox.json<SearchBody>('/Api/R3/Project?CategoryId=21&IsPrivate=1')).Count;
  expect(privateCards / all).toBeGreaterThan(0.05);
  expect(privateCards / all).toBeLessThan(0.15);
  const [one] = rowsOf(await sandbox.json<SearchBody>('/Api/R3/Project?CategoryId=21&IsPrivate=1'));
  expect((await sandbox.json<DetailBody>(`/Api/R3/Project/${one.Id}`)).IsPrivate).toBe(1);
});

test('a trashed card can still be read, with Deleted 1', async () => {
  const [trashed] = (await searchAll(sandbox, 'CategoryId=20&Deleted=1')).rows;
  const card = await sandbox.json<DetailBody>(`/Api/R3/Project/${trashed.Id}`);
  expect(card.Deleted).toBe(1);
});

test.each(['999999', 'abc', '0'])('an unknown id %s is 404 plain text', async id => {
  const response = await sandbox.request(`/Api/R3/Project/${id}`);
  expect(response.status).toBe(404);
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
});

describe('JSON encoding like PHP json_encode', () => {
  test('slashes are escaped as \\/ and non-ASCII as lowercase \\u escapes; the body is pure ASCII', async () => {
    const response = await sandbox.request('/Api/R3/Project?CategoryId=20');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.text).toContain(`"Url":"http:\\/\\/127.0.0.1:`);
    expect(response.text).not.toMatch(/[^\t\n\r -~]/);
    const category = await sandbox.request('/Api/R3/Category');
    expect(category.text).toContain('"V\\u00e2nz\\u0103ri"');
    expect(JSON.parse(category.text)['20']).toBe('Vânzări');
  });
});
