// Schema/Person, Schema/Business, Contact search and Contact/{Id}: shapes, the localized Type, filters, paging.

import { fold, pagedAll, SchemaBody, searchAll, TestSandbox } from './harness';

let sandbox: TestSandbox;
/** Every contact's search row, read once. */
let everyone: ContactRow[];

interface ContactRow {
  Id: number;
  Name: string;
  Url: string;
  Type: 'Person' | 'Business';
  Email: string;
  Phone: string;
  BusinessId?: number;
}
type ContactDetail = Record<string, string | number | unknown[]>;

beforeAll(async () => {
  sandbox = await TestSandbox.start();
  everyone = (await pagedAll<ContactRow>(sandbox, '/Api/R3/Contact?UpdatedSince=2000-01-01')).rows;
});
afterAll(() => sandbox.close());

const search = (query: string) => pagedAll<ContactRow>(sandbox, `/Api/R3/Contact?${query}`);
const idsOf = (rows: { Id: number }[]) => rows.map(row => row.Id);
const detail = (id: number) => sandbox.json<ContactDetail>(`/Api/R3/Contact/${id}`);
const isEnum = (type: unknown): type is Record<string, string> => typeof type === 'object' && type !== null;
const persons = () => everyone.filter(row => row.Type === 'Person');
const companies = () => everyone.filter(row => row.Type === 'Business');

describe('GET /Api/R3/Schema/Person and /Schema/Business', () => {
  test('Person lists the documented fields in order with their types, then custom fields', async () => {
    const schema = await sandbox.json<SchemaBody>('/Api/R3/Schema/Person');
    expect(Object.keys(schema).slice(0, 13)).toEqual([
      'Id',
      'Type',
      'FirstName',
      'LastName',
      'Email',
      'Phone',
      'Description',
      'BusinessId',
      'Deleted',
      'CreatedBy',
      'CreatedAt',
      'UpdatedBy',
      'UpdatedAt',
    ]);
    expect(schema).toMatchObject({
      Id: 'Int',
      Type: { '1': 'Cég', '2': 'Személy' },
      FirstName: 'Text(255)',
      LastName: 'Text(255)',
      Email: 'Text(128)',
      Phone: 'Text(128)',
      Description: 'Text(4096)',
      BusinessId: 'Int',
      Deleted: 'Int',
      CreatedAt: 'DateTime',
      UpdatedAt: 'DateTime',
      Position: 'Text(255)',
      YearlyRevenue: 'Int',
    });
    const projectSchema = await sandbox.json<SchemaBody>('/Api/R3/Schema/Project/20');
    expect(schema.CreatedBy).toEqual(projectSchema.UserId);
    expect(schema.UpdatedBy).toEqual(projectSchema.UserId);
    // A custom single select (ids from the account sequence) and a multi-select with bit-flag keys.
    expect(schema.Nyelv).toEqual({ '3501': 'Magyar', '3502': 'Română', '3503': 'English' });
    const interests = schema.Erdeklodes as Record<string, string>;
    expect(Object.keys(interests)).toEqual(['1', '2', '4', '8', '16', '32']);
    expect(schema.DataManagement_Consent).toEqual({ '1': 'Hozzájárult az adatkezeléshez' });
    expect(schema.Name).toBeUndefined();
  });

  test('Business has the company fields and shares Industry and Region with Person', async () => {
    const business = await sandbox.json<SchemaBody>('/Api/R3/Schema/Business');
    const person = await sandbox.json<SchemaBody>('/Api/R3/Schema/Person');
    expect(business).toMatchObject({
      Id: 'Int',
      Name: 'Text(1000)',
      RegistrationNumber: 'Text(255)',
      VatNumber: 'Text(255)',
      EUVatNumber: 'Text(255)',
      Employees: 'Int',
      FoundingYear: 'Int',
      Capital: 'Int',
      NonGovernmentalOrganization: { '1': 'Igen', '2': 'Nem' },
    });
    expect(business.Industry).toEqual(person.Industry);
    expect(business.Region).toEqual(person.Region);
    expect(Object.values(business.Industry)).toContain('IT, telekommunikáció');
    expect(business.FirstName).toBeUndefined();
    expect(business.BusinessId).toBeUndefined();
    expect(
      Object.keys(business.Szolgaltatasok as object).every(key => Math.log2(Number(key)) % 1 === 0),
    ).toBe(true);
  });

  test('the schemas go out PHP-style: \\u escapes and application/json', async () => {
    const response = await sandbox.request('/Api/R3/Schema/Person');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.text).toContain('"Szem\\u00e9ly"');
  });
});

describe('GET /Api/R3/Contact search', () => {
  test('rows have the live sample keys, Type as Person/Business and BusinessId only for employed persons', () => {
    expect(everyone.length).toBe(2150);
    for (const row of everyone) {
      const keys = Object.keys(row);
      expect(keys.slice(0, 6)).toEqual(['Id', 'Name', 'Url', 'Type', 'Email', 'Phone']);
      expect(row.Url).toBe(`${sandbox.origin}/Api/R3/Contact/${row.Id}`);
      expect(['Person', 'Business']).toContain(row.Type);
      if (keys.length === 7) {
        expect(keys[6]).toBe('BusinessId');
        expect(row.Type).toBe('Person');
      } else expect(keys).toHaveLength(6);
    }
    const employed = persons().filter(row => row.BusinessId !== undefined).length / persons().length;
    expect(employed).toBeGreaterThan(0.45);
    expect(employed).toBeLessThan(0.75);
    expect(companies().length).toBe(450);
  });

  test('pages hold 100 rows in ascending id order keyed by id; Count is the total; past the end is {}', async () => {
    const ids = idsOf(everyone);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const first = await sandbox.request('/Api/R3/Contact?Type=Business');
    const body = JSON.parse(first.text);
    expect(body.Count).toBe(450);
    expect(Object.keys(body.Results)).toHaveLength(100);
    for (const [key, row] of Object.entries(body.Results)) expect(key).toBe(String((row as ContactRow).Id));
    expect((await sandbox.request('/Api/R3/Contact?Type=Business&Page=5')).text).toBe(
      '{"Count":450,"Results":{}}',
    );
  });

  test('a person’s company exists and has the lower id; the company row has no BusinessId', () => {
    const byId = new Map(everyone.map(row => [row.Id, row]));
    for (const person of persons().filter(row => row.BusinessId)) {
      expect(byId.get(person.BusinessId as number)?.Type).toBe('Business');
      expect(person.BusinessId as number).toBeLessThan(person.Id);
    }
  });

  test('Type=Person and Type=Business partition the contacts', async () => {
    const people = await search('Type=Person');
    expect(people.rows.every(row => row.Type === 'Person')).toBe(true);
    expect(people.count + (await search('Type=Business')).count).toBe(everyone.length);
  });

  test('Name is a partial, case- and accent-insensitive match', async () => {
    const company = companies().find(row => /[ăâîșțőűáéíóöüú]/i.test(row.Name)) as ContactRow;
    const part = fold(company.Name.split(' ')[0]).toUpperCase();
    const expected = idsOf(everyone.filter(row => fold(row.Name).includes(fold(part))));
    const found = await search(`Name=${encodeURIComponent(part)}`);
    expect(idsOf(found.rows)).toEqual(expected);
    expect(idsOf(found.rows)).toContain(company.Id);
  });

  test('Email matches the whole address, ignoring case', async () => {
    const person = persons().find(row => row.Email !== '') as ContactRow;
    const found = await search(`Email=${encodeURIComponent(person.Email.toUpperCase())}`);
    expect(idsOf(found.rows)).toContain(person.Id);
    expect(found.rows.every(row => row.Email.toLowerCase() === person.Email.toLowerCase())).toBe(true);
    expect((await search(`Email=${encodeURIComponent(person.Email.slice(1))}`)).count).toBe(0);
  });

  test('Phone matches on the last digits, whatever the format: national, international, last six', async () => {
    const person = persons().find(row => row.Phone.startsWith('+40 7')) as ContactRow;
    const digits = person.Phone.replace(/\D/g, ''); // 40 7xx xxx xxx
    for (const query of [`0${digits.slice(2)}`, person.Phone, digits.slice(-6)]) {
      const found = await search(`Phone=${encodeURIComponent(query)}`);
      expect(idsOf(found.rows)).toContain(person.Id);
      const tail = query.replace(/\D/g, '').slice(-9);
      expect(found.rows.every(row => row.Phone.replace(/\D/g, '').endsWith(tail))).toBe(true);
    }
  });

  test('Phone with fewer than six digits is refused', async () => {
    const response = await sandbox.request('/Api/R3/Contact?Phone=12345');
    expect(response.status).toBe(400);
    expect(response.text).toBe("Contact (GET): Érvénytelen érték: '12345' (Phone)");
  });

  test('UpdatedSince is inclusive and compares UpdatedAt (Budapest wall time)', async () => {
    const sample = await Promise.all(everyone.slice(0, 40).map(row => detail(row.Id)));
    const times = sample.map(contact => String(contact.UpdatedAt)).sort();
    const since = times[20];
    const found = new Set(idsOf((await search(`UpdatedSince=${since.replace(' ', '+')}`)).rows));
    for (const contact of sample)
      expect(found.has(contact.Id as number)).toBe(String(contact.UpdatedAt) >= since);
    expect(
      (await search(`UpdatedSince=${since.slice(0, 16).replace(' ', '%20')}`)).count,
    ).toBeGreaterThanOrEqual(found.size);
  });

  test('Query searches names and text fields, and phone numbers by their last digits', async () => {
    const byEmail = await search('Query=FREEMAIL.HU');
    expect(byEmail.count).toBeGreaterThan(0);
    expect(byEmail.rows.every(row => row.Email.endsWith('@freemail.hu'))).toBe(true);
    const person = persons().find(row => row.Phone !== '') as ContactRow;
    const byPhone = await search(`Query=${person.Phone.replace(/\D/g, '').slice(-7)}`);
    expect(idsOf(byPhone.rows)).toContain(person.Id);
  });

  test('MainContactId finds a company’s persons and the company itself', async () => {
    const company = companies().find(row =>
      persons().some(person => person.BusinessId === row.Id),
    ) as ContactRow;
    const expected = idsOf(everyone.filter(row => row.Id === company.Id || row.BusinessId === company.Id));
    expect(expected.length).toBeGreaterThan(1);
    expect(idsOf((await search(`MainContactId=${company.Id}`)).rows)).toEqual(expected);
  });

  test('any schema field filters by exact value, enums by label, for the contacts whose type has it', async () => {
    const partners = await search(`Partnerszint=${encodeURIComponent('Arany')}`);
    expect(partners.count).toBeGreaterThan(0);
    expect(partners.rows.every(row => row.Type === 'Business')).toBe(true);
    const [one] = partners.rows;
    expect((await detail(one.Id)).Partnerszint).toBe('Arany');

    const magyar = await search('Nyelv=Magyar&Type=Person');
    for (const row of magyar.rows.slice(0, 5)) expect((await detail(row.Id)).Nyelv).toBe('Magyar');

    const it = await search(`Industry=${encodeURIComponent('IT, telekommunikáció')}`);
    expect(it.rows.some(row => row.Type === 'Business')).toBe(true);

    const webinar = await search(`Erdeklodes=${encodeURIComponent('Webinárium')}`);
    for (const row of webinar.rows.slice(0, 5))
      expect(String((await detail(row.Id)).Erdeklodes).split(', ')).toContain('Webinárium');

    const byUserId = await search('CreatedBy=41208');
    expect(idsOf(byUserId.rows)).toEqual(
      idsOf((await search(`CreatedBy=${encodeURIComponent('Kovács Gergő')}`)).rows),
    );
    expect(byUserId.count).toBeGreaterThan(0);
  });

  test.each([
    ['', 'Nem megfelelő paraméter: legalább egy szűrő szükséges'],
    ['?Page=0', 'Nem megfelelő paraméter: legalább egy szűrő szükséges'],
    ['?Foo=1', 'Nem megfelelő paraméter: "Foo"'],
    ['?type=Person', 'Nem megfelelő paraméter: "type"'],
    ['?Type=Szemely', "Érvénytelen érték: 'Szemely' (Type)"],
    ['?Industry=Nope', "Érvénytelen érték: 'Nope' (Industry)"],
    ['?Employees=many', "Érvénytelen érték: 'many' (Employees)"],
  ])('refuses %s with 400 plain text', async (query, message) => {
    const response = await sandbox.request(`/Api/R3/Contact${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.text).toBe(`Contact (GET): ${message}`);
  });
});

describe('GET /Api/R3/Contact/{Id}', () => {
  test('a person: localized Type "Személy", every schema field, BusinessId then Tags [] last', async () => {
    const person = persons().find(row => row.BusinessId) as ContactRow;
    const body = await detail(person.Id);
    const schema = await sandbox.json<SchemaBody>('/Api/R3/Schema/Person');
    expect(body.Type).toBe('Személy');
    expect(body.Tags).toEqual([]);
    expect(Object.keys(body).slice(-2)).toEqual(['BusinessId', 'Tags']);
    expect(new Set(Object.keys(body).slice(0, -1))).toEqual(new Set(Object.keys(schema)));
    expect(body.BusinessId).toBe(person.BusinessId);
    expect(`${body.FirstName} ${body.LastName}`).toBe(person.Name);
    expect(body.Email).toBe(person.Email);
    for (const [name, type] of Object.entries(schema)) {
      if (name === 'Type') continue;
      if (type === 'Int') expect(Number.isInteger(body[name])).toBe(true);
      else if (isEnum(type) && name !== 'Erdeklodes')
        expect(['', ...Object.values(type), 'MiniCRM']).toContain(body[name]);
      else expect(typeof body[name]).toBe('string');
    }
  });

  test('a person without a company has BusinessId 0', async () => {
    const loner = persons().find(row => row.BusinessId === undefined) as ContactRow;
    expect((await detail(loner.Id)).BusinessId).toBe(0);
  });

  test('a company: Type "Cég", the company keys of the manual, no BusinessId', async () => {
    const body = await detail(companies()[0].Id);
    const schema = await sandbox.json<SchemaBody>('/Api/R3/Schema/Business');
    expect(body.Type).toBe('Cég');
    expect(body.Name).toBe(companies()[0].Name);
    expect(Object.keys(body)).toEqual([...Object.keys(schema), 'Tags']);
    for (const key of [
      'RegistrationNumber',
      'Employees',
      'EUVatNumber',
      'FoundingYear',
      'Capital',
      'MainActivity',
    ])
      expect(body).toHaveProperty(key);
    expect(body.NonGovernmentalOrganization).toMatch(/^(Igen|Nem)$/);
    expect(body.BusinessId).toBeUndefined();
  });

  test.each(['424242', 'abc'])('an unknown id %s is 404 plain text', async id => {
    const response = await sandbox.request(`/Api/R3/Contact/${id}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });
});

describe('cards and contacts', () => {
  test('every card’s ContactId and BusinessId exist (all modules, trashed too); BusinessId is a company, the person’s own', async () => {
    const byId = new Map(everyone.map(row => [row.Id, row]));
    for (const query of ['Deleted=0', 'Deleted=1']) {
      const { rows } = await searchAll(sandbox, query);
      // Both id ranges: the ordinary modules' cards and the document modules' (from 300 000).
      expect(rows.some(row => row.Id < 300_000) && rows.some(row => row.Id >= 300_000)).toBe(true);
      for (const card of rows) {
        const contact = byId.get(card.ContactId);
        expect(contact).toBeDefined();
        if (card.BusinessId !== undefined) expect(byId.get(card.BusinessId)?.Type).toBe('Business');
        if (contact?.Type === 'Person') expect(card.BusinessId).toBe(contact.BusinessId);
        else expect(card.BusinessId).toBe(card.ContactId);
      }
    }
  });

  test('touch refuses a ContactId that is no contact and a BusinessId that is no company', async () => {
    const person = persons()[0];
    await expect(sandbox.control.touch([1003], { ContactId: 424242 })).rejects.toThrow(/400/);
    await expect(sandbox.control.touch([1003], { BusinessId: person.Id })).rejects.toThrow(/400/);
    await sandbox.control.touch([1003], { ContactId: person.Id, BusinessId: 0 });
    const card = await sandbox.json<{ ContactId: number }>('/Api/R3/Project/1003');
    expect(card.ContactId).toBe(person.Id);
    await sandbox.control.reset();
  });
});

describe('limits and faults', () => {
  test('contact requests count toward the 60-per-minute /Api/R3 limit', async () => {
    await sandbox.control.reset();
    const clock = sandbox.virtualNow;
    for (let i = 0; i < 60; i++)
      expect((await sandbox.request(`/Api/R3/Contact/${5000 + i}`, { clock })).status).toBe(200);
    expect((await sandbox.request('/Api/R3/Contact?Type=Person', { clock })).status).toBe(429);
    await sandbox.control.reset();
  });

  test('emptyResultsAsArray turns an empty contact search into []', async () => {
    await sandbox.control.faults({ emptyResultsAsArray: true });
    expect((await sandbox.request('/Api/R3/Contact?Email=nobody%40example.com')).text).toBe(
      '{"Count":0,"Results":[]}',
    );
    await sandbox.control.reset();
  });

  test('contact routes need credentials and refuse writes', async () => {
    expect((await sandbox.request('/Api/R3/Contact?Type=Person', { authorization: null })).status).toBe(401);
    const put = await sandbox.request('/Api/R3/Contact/5000', { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.text).toBe('Contact (PUT): A metódus nem engedélyezett!');
  });
});
