// Category and Schema/Project answers have the shapes of the real MiniCRM samples.

import { SchemaBody, TestSandbox } from './harness';

let sandbox: TestSandbox;
beforeAll(async () => (sandbox = await TestSandbox.start()));
afterAll(() => sandbox.close());

const MODULE_IDS = [20, 21, 22, 23];
/** The invoice, order and offer modules: fewer custom fields, not one of every type. */
const DOCUMENT_MODULE_IDS = [24, 25, 26];
const SYSTEM_FIELDS: [string, string | 'enum'][] = [
  ['Id', 'Int'],
  ['CategoryId', 'enum'],
  ['ContactId', 'Int'],
  ['BusinessId', 'Int'],
  ['StatusId', 'enum'],
  ['UserId', 'enum'],
  ['Name', 'Text(512)'],
  ['StatusUpdatedAt', 'DateTime'],
  ['IsPrivate', 'Int'],
  ['Deleted', 'Int'],
  ['CreatedBy', 'enum'],
  ['CreatedAt', 'DateTime'],
  ['UpdatedBy', 'enum'],
  ['UpdatedAt', 'DateTime'],
];

const schemaOf = (categoryId: number) => sandbox.json<SchemaBody>(`/Api/R3/Schema/Project/${categoryId}`);
const isEnum = (type: unknown): type is Record<string, string> => typeof type === 'object' && type !== null;
const isPowerOfTwo = (key: string) => Math.log2(Number(key)) % 1 === 0;

describe('GET /Api/R3/Category', () => {
  test('lists the modules by id with their Romanian and Hungarian names, the document modules last', async () => {
    const response = await sandbox.request('/Api/R3/Category');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.text)).toEqual({
      '20': 'Vânzări',
      '21': 'Értékesítés',
      '22': 'Proiecte',
      '23': 'Ügyfélszolgálat',
      '24': 'Számlázó',
      '25': 'Comenzi',
      '26': 'Oferte',
    });
  });
});

describe('GET /Api/R3/Schema/Project/{CategoryId}', () => {
  test.each([...MODULE_IDS, ...DOCUMENT_MODULE_IDS])(
    'module %i starts with the system fields in the sample order and types',
    async id => {
      const schema = await schemaOf(id);
      expect(Object.keys(schema).slice(0, SYSTEM_FIELDS.length)).toEqual(SYSTEM_FIELDS.map(([name]) => name));
      for (const [name, type] of SYSTEM_FIELDS) {
        if (type === 'enum') expect(isEnum(schema[name])).toBe(true);
        else expect(schema[name]).toBe(type);
      }
    },
  );

  test.each([...MODULE_IDS, ...DOCUMENT_MODULE_IDS])(
    'module %i lists its own 6–10 statuses, 3–5 users and all modules',
    async id => {
      const schema = await schemaOf(id);
      const category = await sandbox.json('/Api/R3/Category');
      expect(schema.CategoryId).toEqual(category);
      const statuses = Object.keys(schema.StatusId);
      expect(statuses.length).toBeGreaterThanOrEqual(6);
      expect(statuses.length).toBeLessThanOrEqual(10);
      const users = Object.values(schema.UserId);
      expect(users.length).toBeGreaterThanOrEqual(3);
      expect(users.length).toBeLessThanOrEqual(5);
      expect(schema.CreatedBy).toEqual(schema.UserId);
      expect(schema.UpdatedBy).toEqual(schema.UserId);
      expect(users.some(name => /[^ -~]/.test(name))).toBe(true);
    },
  );

  test('modules have different statuses', async () => {
    const sales = Object.keys((await schemaOf(20)).StatusId);
    const support = Object.keys((await schemaOf(23)).StatusId);
    expect(sales.filter(id => support.includes(id))).toEqual([]);
  });

  test.each(MODULE_IDS)('module %i has a custom field of every type', async id => {
    const schema = await schemaOf(id);
    const custom = Object.entries(schema).slice(SYSTEM_FIELDS.length);
    const types = custom.map(([, type]) => type);
    for (const scalar of ['Text(1024)', 'Int', 'Float', 'DateTime', 'File(10MB)'])
      expect(types).toContain(scalar);
    const enums = types.filter(isEnum);
    const flagSets = enums.filter(options => Object.keys(options).every(isPowerOfTwo) && '2' in options);
    const checkboxes = enums.filter(options => Object.keys(options).length === 1 && '1' in options);
    const singleSelects = enums.filter(options => !('1' in options));
    expect(flagSets.length).toBeGreaterThan(0);
    expect(checkboxes.length).toBeGreaterThan(0);
    expect(singleSelects.length).toBeGreaterThan(0);
    for (const flags of flagSets) {
      expect(Object.keys(flags).map(Number)).toEqual(Object.keys(flags).map((_, index) => 2 ** index));
    }
  });

  test('a multi-select has bit-flag keys up to 2^35 = 34359738368, like the real Levelkuldesek field', async () => {
    const schema = await schemaOf(21);
    const newsletters = schema.Hirlevelek as Record<string, string>;
    expect(Object.keys(newsletters)).toHaveLength(36);
    expect(newsletters['34359738368']).toBeDefined();
    expect(newsletters['1']).toBeDefined();
  });

  test('a single checkbox is the one-option object {"1": label}', async () => {
    const schema = await schemaOf(20);
    expect(schema.Newsletter).toEqual({ '1': 'Abonat la newsletter' });
  });

  test('custom field names are unique across modules (a second one gets a "2" suffix)', async () => {
    const names = (await Promise.all([...MODULE_IDS, ...DOCUMENT_MODULE_IDS].map(schemaOf))).flatMap(schema =>
      Object.keys(schema).slice(SYSTEM_FIELDS.length),
    );
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Prioritas', 'Prioritas2']));
  });

  test('statuses go over the wire in pipeline order, not id order, as PHP keeps them', async () => {
    const response = await sandbox.request('/Api/R3/Schema/Project/20');
    const raw = response.text;
    expect(raw.indexOf('"2640"')).toBeGreaterThan(0);
    expect(raw.indexOf('"2640"')).toBeLessThan(raw.indexOf('"2606"'));
  });

  test.each(['99', 'abc'])('an unknown module %s is 404 plain text', async id => {
    const response = await sandbox.request(`/Api/R3/Schema/Project/${id}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });
});
