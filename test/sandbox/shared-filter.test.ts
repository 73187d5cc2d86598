// The shared-filter CSV feed: no auth, account-language headers, ProjectHash ids, PHP quoting, CRLF records,
// multi-line fields that parse back, confidential cards, the 8000-row cap, faults and 404s.

import { MODULES } from '../../dev/sandbox/catalog';
import { SharedFilterInfo } from '../../dev/sandbox/control-client';
import { DetailBody, rowsOf, SearchBody, searchAll, TestSandbox } from './harness';

/** A CSV text read back: values, the fields exactly as written (quotes included), and how the text ended. */
interface ParsedCsv {
  records: string[][];
  raw: string[][];
  /** The text ended with a record separator, outside quotes. */
  complete: boolean;
  /** The text ended inside a quoted field. */
  unterminated: boolean;
}

/**
 * A strict RFC 4180 reader written for these tests (independent of the sandbox's writer): records end with
 * CRLF; a field is bare (no quotes in it) or quoted (`""` for a quote, anything else verbatim, line breaks
 * included); nothing may follow a closing quote but `,` or CRLF; a bare CR or LF outside quotes is an error.
 */
function parseCsv(text: string): ParsedCsv {
  const records: string[][] = [];
  const raw: string[][] = [];
  let record: string[] = [];
  let rawRecord: string[] = [];
  let value = '';
  let start = 0;
  let state: 'start' | 'bare' | 'quoted' | 'closed' = 'start';
  const endField = (end: number) => {
    record.push(value);
    rawRecord.push(text.slice(start, end));
    value = '';
    state = 'start';
    start = end + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (state === 'quoted') {
      if (char !== '"') value += char;
      else if (text[i + 1] === '"') {
        value += '"';
        i++;
      } else state = 'closed';
    } else if (char === ',') endField(i);
    else if (char === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
      endField(i);
      records.push(record);
      raw.push(rawRecord);
      record = [];
      rawRecord = [];
      start = ++i + 1;
    } else if (char === '\n') throw new Error(`bare LF outside quotes at ${i}`);
    else if (state === 'closed') throw new Error(`text after a closing quote at ${i}`);
    else if (char === '"') {
      if (state !== 'start') throw new Error(`quote inside a bare field at ${i}`);
      state = 'quoted';
    } else {
      value += char;
      state = 'bare';
    }
  }
  const pending = record.length > 0 || state !== 'start' || start < text.length;
  const unterminated = state === 'quoted';
  if (pending) {
    record.push(value);
    rawRecord.push(text.slice(start));
    records.push(record);
    raw.push(rawRecord);
  }
  return { records, raw, complete: !pending, unterminated };
}

let sandbox: TestSandbox;
let filters: SharedFilterInfo[];
beforeAll(async () => {
  sandbox = await TestSandbox.start();
  filters = await sandbox.control.sharedFilters();
});
afterAll(() => sandbox.close());

const filterOf = (categoryId: number) =>
  filters.find(filter => filter.categoryId === categoryId) as SharedFilterInfo;
const productFilter = () => filters.find(filter => filter.type === 'Product') as SharedFilterInfo;
/** GETs a feed the way Google's IMPORTDATA does: no credentials. */
const feed = (url: string) => sandbox.request(url, { authorization: null });
const feedOf = async (categoryId: number) => parseCsv((await feed(filterOf(categoryId).url)).text);
const countOf = async (query: string) => (await sandbox.json<SearchBody>(`/Api/R3/Project?${query}`)).Count;
/** A live, non-confidential support card: one the module 23 feed shows. */
const visibleSupportCard = async () =>
  rowsOf(await sandbox.json<SearchBody>('/Api/R3/Project?CategoryId=23&IsPrivate=0'))[0].Id;

const CARD_HEADERS = [
  'Adatlap: Azonosító',
  'Adatlap: Név',
  'Adatlap: Felelős',
  'Adatlap: Státusz',
  'Adatlap: Létrehozva',
  'Adatlap: Utolsó módosítás',
  'Személy1: Keresztnév',
  'Személy1: Vezetéknév',
  'Személy1: Email',
  'Személy1: Telefon',
  'Cég: Név',
];
const ALWAYS_QUOTED = new Set(['Adatlap: Név', 'Adatlap: Felelős', 'Adatlap: Státusz', 'Termék: Név']);
const customFieldsOf = (categoryId: number) => MODULES.find(module => module.id === categoryId)?.fields ?? [];

describe('the test’s own RFC 4180 reader', () => {
  test('reads quotes, doubled quotes, empty fields, CRLF records and line breaks inside quotes', () => {
    expect(parseCsv('a,"b ""c"", d",\r\n"x\r\ny","1\n2"\r\n')).toEqual({
      records: [
        ['a', 'b "c", d', ''],
        ['x\r\ny', '1\n2'],
      ],
      raw: [
        ['a', '"b ""c"", d"', ''],
        ['"x\r\ny"', '"1\n2"'],
      ],
      complete: true,
      unterminated: false,
    });
    expect(parseCsv('a,"b\r\n').unterminated).toBe(true);
    expect(() => parseCsv('a\nb\r\n')).toThrow(/bare LF/);
    expect(() => parseCsv('a"b\r\n')).toThrow(/quote inside/);
  });
});

describe('GET /__sandbox/shared-filters', () => {
  test('one Project filter per module and one Product filter, with deterministic-looking hashes', () => {
    expect(filters.map(filter => filter.categoryId)).toEqual([20, 21, 22, 23, 24, 25, 26, undefined]);
    for (const filter of filters) {
      expect(filter.hash).toMatch(/^12345-[0-9a-f]{32}-[A-Za-z0-9_-]{22}$/);
      expect(filter.url).toBe(`/Api/SharedFilter?Hash=${filter.hash}&Type=${filter.type}`);
      expect(filter.revoked).toBe(false);
    }
    expect(filters.filter(filter => filter.type === 'Product')).toHaveLength(1);
    expect(filters.filter(filter => filter.includesConfidential).map(filter => filter.categoryId)).toEqual([
      21,
    ]);
    expect(new Set(filters.map(filter => filter.hash)).size).toBe(filters.length);
  });

  test('rows is the number of data rows each feed serves', async () => {
    for (const filter of filters)
      expect(parseCsv((await feed(filter.url)).text).records.length - 1).toBe(filter.rows);
  });
});

describe('GET /Api/SharedFilter', () => {
  test('answers without credentials as text/csv; charset=utf-8, and ignores any credentials given', async () => {
    const plain = await feed(filterOf(20).url);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const withWrongKey = await sandbox.request(filterOf(20).url, { authorization: 'Basic d3Jvbmc6d3Jvbmc=' });
    expect(withWrongKey.status).toBe(200);
    expect(withWrongKey.text).toBe(plain.text);
  });

  test('the header row holds UI labels in the account language (Hungarian) and the module’s field labels', async () => {
    const { records, raw } = await feedOf(20);
    expect(records[0]).toEqual([
      ...CARD_HEADERS,
      ...customFieldsOf(20).map(field => `Adatlap: ${field.label}`),
    ]);
    expect(records[0]).toContain('Adatlap: Valoare estimată');
    expect(raw[0].every(field => field.startsWith('"') && field.endsWith('"'))).toBe(true);
    expect((await feedOf(23)).records[0]).toContain('Adatlap: Belső megjegyzés');
  });

  test('records are CRLF-separated, the feed ends with CRLF, and every record has the header’s width', async () => {
    const { text } = await feed(filterOf(21).url);
    expect(text.endsWith('\r\n')).toBe(true);
    const { records, complete } = parseCsv(text);
    expect(complete).toBe(true);
    expect(records.every(record => record.length === records[0].length)).toBe(true);
  });

  test('every row round-trips to the API: ProjectHash in the Id column, labels, dates, contacts, custom fields', async () => {
    const { records } = await feedOf(23);
    const [header, ...rows] = records;
    const column = (row: string[], name: string) => row[header.indexOf(name)];
    const live = (await searchAll(sandbox, 'CategoryId=23&IsPrivate=0')).rows;
    expect(rows).toHaveLength(live.length);
    for (const [index, row] of rows.entries()) {
      const card = await sandbox.json<DetailBody>(`/Api/R3/Project/${live[index].Id}`);
      expect(column(row, 'Adatlap: Azonosító')).toBe(card.ProjectHash);
      expect(column(row, 'Adatlap: Azonosító')).toMatch(/^[0-9a-z]{30}$/);
      expect(column(row, 'Adatlap: Név')).toBe(card.Name);
      expect(column(row, 'Adatlap: Felelős')).toBe(card.UserId);
      expect(column(row, 'Adatlap: Státusz')).toBe(card.StatusId);
      expect(column(row, 'Adatlap: Létrehozva')).toBe(card.CreatedAt);
      expect(column(row, 'Adatlap: Utolsó módosítás')).toBe(card.UpdatedAt);
      for (const field of customFieldsOf(23)) {
        const expected =
          field.kind === 'date' ? String(card[field.name]).slice(0, 10) : String(card[field.name]);
        expect(column(row, `Adatlap: ${field.label}`)).toBe(expected);
      }
      const contact = await sandbox.json<Record<string, string>>(`/Api/R3/Contact/${card.ContactId}`);
      const isPerson = contact.Type === 'Személy';
      expect(column(row, 'Személy1: Keresztnév')).toBe(isPerson ? contact.FirstName : '');
      expect(column(row, 'Személy1: Email')).toBe(isPerson ? contact.Email : '');
      expect(column(row, 'Személy1: Telefon')).toBe(isPerson ? contact.Phone : '');
      const company = card.BusinessId
        ? (await sandbox.json<Record<string, string>>(`/Api/R3/Contact/${card.BusinessId}`)).Name
        : '';
      expect(column(row, 'Cég: Név')).toBe(company);
    }
  });

  test('quoting is not uniform: only values that need it (PHP fputcsv), plus name, owner and status always', async () => {
    const { records, raw } = await feedOf(20);
    const header = records[0];
    let bareStatusQuoted = 0;
    for (let r = 1; r < records.length; r++) {
      records[r].forEach((value, c) => {
        const token = raw[r][c];
        const needs = /[,"\\\t\r\n ]/.test(value);
        const quoted = `"${value.replace(/"/g, '""')}"`;
        if (needs || ALWAYS_QUOTED.has(header[c])) expect(token).toBe(quoted);
        else expect(token).toBe(value);
        if (header[c] === 'Adatlap: Státusz' && !needs) bareStatusQuoted++;
      });
    }
    // "Contactat", "Calificat", "Negociere": no space, still quoted; hashes, e-mails and numbers go bare.
    expect(bareStatusQuoted).toBeGreaterThan(0);
    expect(raw.slice(1).every(row => !row[0].startsWith('"'))).toBe(true);
  });

  test('confidential cards are left out unless the filter includes them (only module 21’s does)', async () => {
    const sales = await feedOf(20);
    expect(sales.records.length - 1).toBe(await countOf('CategoryId=20&IsPrivate=0'));
    const [privateSale] = rowsOf(await sandbox.json<SearchBody>('/Api/R3/Project?CategoryId=20&IsPrivate=1'));
    const privateHash = (await sandbox.json<DetailBody>(`/Api/R3/Project/${privateSale.Id}`)).ProjectHash;
    expect(sales.records.map(record => record[0])).not.toContain(privateHash);

    const deals = await feedOf(21);
    expect(deals.records.length - 1).toBe(await countOf('CategoryId=21'));
    const [privateDeal] = rowsOf(await sandbox.json<SearchBody>('/Api/R3/Project?CategoryId=21&IsPrivate=1'));
    const dealHash = (await sandbox.json<DetailBody>(`/Api/R3/Project/${privateDeal.Id}`)).ProjectHash;
    expect(deals.records.map(record => record[0])).toContain(dealHash);
  });

  test('the items/services feed (Type=Product) lists the catalog the documents’ items come from', async () => {
    const response = await feed(productFilter().url);
    expect(response.status).toBe(200);
    const { records, raw } = parseCsv(response.text);
    expect(records[0]).toEqual([
      'Termék: Azonosító',
      'Termék: Név',
      'Termék: Cikkszám',
      'Termék: EAN kód',
      'Termék: Leírás',
      'Termék: Mennyiségi egység',
      'Termék: Nettó egységár',
      'Termék: Pénznem',
      'Termék: ÁFA-kulcs',
      'Termék: Aktív',
      'Termék: Létrehozva',
      'Termék: Utolsó módosítás',
    ]);
    const rows = records.slice(1);
    expect(rows).toHaveLength(28);
    expect(response.text).toContain('"Router Wi-Fi 6 ""Business"""');
    expect(rows.some(row => row[4].includes('\n'))).toBe(true);
    expect(rows.map(row => row[6])).toContain('4.9');
    expect(new Set(rows.map(row => row[9]))).toEqual(new Set(['Igen', 'Nem']));
    expect(raw.slice(1).every(row => row[1].startsWith('"'))).toBe(true);
    const names = new Set(rows.map(row => row[1]));
    const invoice = await sandbox.json<{ Items: { Name: string }[] }>('/Api/Invoice/101');
    for (const item of invoice.Items) expect(names.has(item.Name)).toBe(true);
  });

  test.each([
    [
      'an unknown hash',
      () => `/Api/SharedFilter?Hash=12345-${'0'.repeat(32)}-${'A'.repeat(22)}&Type=Project`,
    ],
    ['a card filter asked as Product', () => `/Api/SharedFilter?Hash=${filterOf(20).hash}&Type=Product`],
    ['a lowercase type', () => `/Api/SharedFilter?Hash=${filterOf(20).hash}&Type=project`],
    ['no Type', () => `/Api/SharedFilter?Hash=${filterOf(20).hash}`],
    ['no Hash', () => '/Api/SharedFilter?Type=Project'],
  ])('%s is 404 plain text', async (_name, url) => {
    const response = await feed(url());
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.text).toBe('SharedFilter (GET): A megosztott szűrő nem található');
  });

  test('POST is 405', async () => {
    const response = await sandbox.request(filterOf(20).url, { method: 'POST', authorization: null });
    expect(response.status).toBe(405);
  });
});

describe('GET /Api/SharedFilter when the account changes', () => {
  beforeEach(() => sandbox.control.reset());

  test('quotes, commas and LF or CRLF line breaks inside values come back exactly', async () => {
    const tricky = { Name: 'Ügyfél, "VIP" – sürgős', BelsoMegjegyzes2: 'Sor 1\r\nSor 2, "idézet"\nSor 3' };
    await sandbox.control.touch([await visibleSupportCard()], tricky);
    const { text } = await feed(filterOf(23).url);
    expect(text).toContain('"Ügyfél, ""VIP"" – sürgős"');
    const { records } = parseCsv(text);
    const header = records[0];
    const row = records.find(record => record[1] === tricky.Name) as string[];
    expect(row[header.indexOf('Adatlap: Belső megjegyzés')]).toBe(tricky.BelsoMegjegyzes2);
    const multiLine = records
      .slice(1)
      .filter(record => record[header.indexOf('Adatlap: Leírás')].includes('\n'));
    expect(multiLine.length).toBeGreaterThan(5);
  });

  test('trashed cards are left out and changes show at once', async () => {
    const before = await feedOf(23);
    const id = await visibleSupportCard();
    const hash = (await sandbox.json<DetailBody>(`/Api/R3/Project/${id}`)).ProjectHash;
    expect(before.records.map(record => record[0])).toContain(hash);
    await sandbox.control.trash([id]);
    const after = await feedOf(23);
    expect(after.records.length).toBe(before.records.length - 1);
    expect(after.records.map(record => record[0])).not.toContain(hash);
  });

  test('a module above 8000 visible cards is cut at 8000 data rows, the first 8000 in id order', async () => {
    await sandbox.control.seed(22, 10_000);
    const visible = (await searchAll(sandbox, 'CategoryId=22&IsPrivate=0')).rows;
    expect(visible.length).toBeGreaterThan(8000);
    const { records, complete } = await feedOf(22);
    expect(complete).toBe(true);
    expect(records).toHaveLength(8001);
    expect(records.slice(1).map(record => record[1])).toEqual(visible.slice(0, 8000).map(row => row.Name));
    expect((await sandbox.control.sharedFilters()).find(filter => filter.categoryId === 22)?.rows).toBe(8000);
  });

  test('it is not rate limited and does not use up the /Api/R3 window', async () => {
    const clock = sandbox.virtualNow;
    for (let i = 0; i < 70; i++)
      expect((await sandbox.request(filterOf(23).url, { authorization: null, clock })).status).toBe(200);
    expect((await sandbox.request('/Api/R3/Category', { clock })).status).toBe(200);
    expect((await sandbox.control.stats()).byRoute['GET /Api/SharedFilter']).toBe(70);
  });

  test('a revoked filter is 404 until the next reset', async () => {
    await sandbox.control.revokeSharedFilter(filterOf(20).hash);
    expect((await feed(filterOf(20).url)).status).toBe(404);
    expect((await feed(filterOf(21).url)).status).toBe(200);
    expect((await sandbox.control.sharedFilters()).find(filter => filter.categoryId === 20)?.revoked).toBe(
      true,
    );
    await expect(sandbox.control.revokeSharedFilter('12345-nothing')).rejects.toThrow(/404/);
    await sandbox.control.reset();
    expect((await feed(filterOf(20).url)).status).toBe(200);
  });
});

describe('CSV faults', () => {
  afterEach(() => sandbox.control.reset());

  test('csvBom prefixes a UTF-8 byte order mark (EF BB BF), counted in Content-Length', async () => {
    const plain = Buffer.from(await (await fetch(`${sandbox.origin}${filterOf(23).url}`)).arrayBuffer());
    await sandbox.control.faults({ csvBom: true });
    const response = await fetch(`${sandbox.origin}${filterOf(23).url}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).equals(plain)).toBe(true);
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect((await sandbox.request('/Api/R3/Category')).text.startsWith('{')).toBe(true);
  });

  test('truncatedCsv cuts the next feed inside a record, then feeds are whole again', async () => {
    const whole = (await feed(filterOf(20).url)).text;
    await sandbox.control.faults({ truncatedCsv: { count: 1 } });
    const cut = await feed(filterOf(20).url);
    expect(cut.status).toBe(200);
    expect(cut.headers.get('content-length')).toBe(String(Buffer.byteLength(cut.text)));
    expect(whole.startsWith(cut.text)).toBe(true);
    expect(cut.text.length).toBeLessThan(whole.length);
    expect(cut.text.endsWith('\n')).toBe(false);
    const parsed = parseCsv(cut.text);
    expect(parsed.complete).toBe(false);
    const last = parsed.records[parsed.records.length - 1];
    const original = parseCsv(whole).records[parsed.records.length - 1];
    expect(
      parsed.unterminated ||
        last.length < original.length ||
        last[last.length - 1] !== original[last.length - 1],
    ).toBe(true);
    expect((await feed(filterOf(20).url)).text).toBe(whole);
    expect((await sandbox.control.getFaults()).truncatedCsv).toBeNull();
  });

  test('raggedCsv gives some rows one field fewer and some one more', async () => {
    const width = (await feedOf(23)).records[0].length;
    await sandbox.control.faults({ raggedCsv: true });
    const { records } = await feedOf(23);
    records.slice(1).forEach((record, index) => {
      const expected = index % 10 === 4 ? width - 1 : index % 10 === 9 ? width + 1 : width;
      expect(record).toHaveLength(expected);
    });
    expect(records[0]).toHaveLength(width);
    expect(records.length).toBeGreaterThan(20);
  });

  test('JSON faults leave the CSV alone; failNext hits the feed like any /Api request', async () => {
    const whole = (await feed(filterOf(23).url)).text;
    await sandbox.control.faults({ malformedJson: { count: 1 } });
    expect((await feed(filterOf(23).url)).text).toBe(whole);
    expect((await sandbox.control.getFaults()).malformedJson).toEqual({ count: 1 });
    await sandbox.control.faults({ failNext: { count: 1, status: 503, body: 'Service Unavailable' } });
    expect((await feed(filterOf(23).url)).status).toBe(503);
    expect((await feed(filterOf(23).url)).status).toBe(200);
  });

  test.each([{ csvBom: 'yes' }, { truncatedCsv: 2 }, { raggedCsv: null }])(
    'an invalid CSV fault %j is refused with 400',
    async patch => {
      const response = await fetch(`${sandbox.origin}/__sandbox/faults`, {
        method: 'POST',
        body: JSON.stringify(patch),
      });
      expect(response.status).toBe(400);
    },
  );
});

describe('determinism', () => {
  test('the same seed gives the same hashes and bytes; another seed other hashes', async () => {
    const twin = await TestSandbox.start();
    try {
      const twinFilters = await twin.control.sharedFilters();
      expect(twinFilters.map(filter => filter.hash)).toEqual(filters.map(filter => filter.hash));
      for (const categoryId of [21, 23]) {
        const url = filterOf(categoryId).url;
        const mine = (await feed(url)).text.split(sandbox.origin).join('ORIGIN');
        const theirs = (await twin.request(url, { authorization: null })).text
          .split(twin.origin)
          .join('ORIGIN');
        expect(theirs).toBe(mine);
      }
      await twin.control.reset(2);
      const reseeded = await twin.control.sharedFilters();
      expect(reseeded.map(filter => filter.hash).filter(hash => filters.some(f => f.hash === hash))).toEqual(
        [],
      );
      expect((await twin.request(filterOf(20).url, { authorization: null })).status).toBe(404);
    } finally {
      await twin.close();
    }
  });
});
