// The /__sandbox/ control endpoints: stats, seed, touch, trash, purge, reset, info.

import { DetailBody, rowsOf, SearchBody, searchAll, TestSandbox } from './harness';

let sandbox: TestSandbox;
beforeAll(async () => (sandbox = await TestSandbox.start()));
afterAll(() => sandbox.close());
beforeEach(() => sandbox.control.reset());

const detail = (id: number) => sandbox.json<DetailBody>(`/Api/R3/Project/${id}`);
const countOf = async (query: string) => (await sandbox.json<SearchBody>(`/Api/R3/Project?${query}`)).Count;

describe('stats', () => {
  test('count API requests by route and status, and log them with the raw query and virtual time', async () => {
    await sandbox.request('/Api/R3/Category');
    await sandbox.request('/Api/R3/Project?CategoryId=20&UpdatedSince=2026-10-01+10:00:00');
    await sandbox.request('/Api/R3/Project/1000');
    await sandbox.request('/Api/R3/Project/999999');
    await sandbox.request('/Api/R3/Category', { authorization: null });
    await sandbox.control.info();

    const stats = await sandbox.control.stats();
    expect(stats.total).toBe(5);
    expect(stats.byRoute).toEqual({
      'GET /Api/R3/Category': 2,
      'GET /Api/R3/Project': 1,
      'GET /Api/R3/Project/{Id}': 2,
    });
    expect(stats.status).toEqual({ '200': 3, '404': 1, '401': 1 });
    expect(stats.log[1]).toEqual({
      at: sandbox.virtualNow - 3000,
      method: 'GET',
      path: '/Api/R3/Project',
      query: 'CategoryId=20&UpdatedSince=2026-10-01+10:00:00',
      status: 200,
    });
  });

  test('clear zeroes everything', async () => {
    await sandbox.request('/Api/R3/Category');
    await sandbox.control.clearStats();
    expect(await sandbox.control.stats()).toEqual({ total: 0, byRoute: {}, status: {}, log: [] });
  });

  test('the log keeps the last 2000 requests', async () => {
    for (let i = 0; i < 2005; i++) await sandbox.request(`/Api/R3/Category?n=${i}`, { authorization: null });
    const stats = await sandbox.control.stats();
    expect(stats.total).toBe(2005);
    expect(stats.log).toHaveLength(2000);
    expect(stats.log[0].query).toBe('n=5');
    expect(stats.log[1999].query).toBe('n=2004');
  });
});

describe('seed', () => {
  test('sets a module to an exact number of cards, deterministically, without touching other modules', async () => {
    const otherModule = (await sandbox.request('/Api/R3/Project?CategoryId=20&Page=2')).text;
    await sandbox.control.seed(22, 8001);
    const live = await countOf('CategoryId=22');
    expect(live + (await countOf('CategoryId=22&Deleted=1'))).toBe(8001);
    const lastPage = Math.floor((live - 1) / 100);
    expect(
      rowsOf(await sandbox.json<SearchBody>(`/Api/R3/Project?CategoryId=22&Page=${lastPage}`)),
    ).toHaveLength(live - lastPage * 100);
    expect((await sandbox.request('/Api/R3/Project?CategoryId=20&Page=2')).text).toBe(otherModule);

    const page = (await sandbox.request('/Api/R3/Project?CategoryId=22&Page=40')).text;
    await sandbox.control.seed(22, 100);
    await sandbox.control.seed(22, 8001);
    expect((await sandbox.request('/Api/R3/Project?CategoryId=22&Page=40')).text).toBe(page);
    expect((await sandbox.control.info()).modules.find(module => module.id === 22)?.cards).toBe(8001);
  });

  test('refuses unknown modules and bad counts', async () => {
    await expect(sandbox.control.seed(99, 10)).rejects.toThrow(/400/);
    await expect(sandbox.control.seed(20, -1)).rejects.toThrow(/400/);
  });
});

describe('touch', () => {
  test('applies fields by label and marks the card updated now, so UpdatedSince finds it', async () => {
    const before = await detail(1003);
    sandbox.virtualNow = Date.UTC(2026, 10, 20, 8, 15, 0);
    await sandbox.control.touch([1003], {
      Name: 'Nem működik a szinkron',
      StatusId: before.StatusId === 'Megoldott' ? 'Folyamatban' : 'Megoldott',
      Csatorna: 'Chat',
      Cimkek: 'Sürgős, kiemelt, Hiba',
      Elegedettseg: 4,
      Hatarido: '2026-12-01',
      UserId: 'Szabó Réka',
    });
    const after = await detail(1003);
    expect(after).toMatchObject({
      Name: 'Nem működik a szinkron',
      Csatorna: 'Chat',
      Cimkek: 'Hiba, Sürgős, kiemelt',
      Elegedettseg: 4,
      Hatarido: '2026-12-01 23:59:59',
      UserId: 'Szabó Réka',
      UpdatedBy: 'Szabó Réka',
      UpdatedAt: '2026-11-20 09:15:00',
      StatusUpdatedAt: '2026-11-20 09:15:00',
    });
    const { rows } = await searchAll(sandbox, 'CategoryId=23&UpdatedSince=2026-11-20+09:15:00');
    expect(rows.map(row => row.Id)).toEqual([1003]);
  });

  test('refuses an unknown field, label or id and then changes nothing', async () => {
    const before = await detail(1003);
    await expect(sandbox.control.touch([1003], { Csatorna: 'Fax' })).rejects.toThrow(/400/);
    await expect(sandbox.control.touch([1003], { Name: 'x', Sursa: 'Facebook' })).rejects.toThrow(/400/);
    await expect(sandbox.control.touch([1003, 424242], { Name: 'x' })).rejects.toThrow(/404/);
    expect(await detail(1003)).toEqual(before);
  });
});

describe('trash and purge', () => {
  test('trash moves a card to Deleted=1 searches and stamps UpdatedAt', async () => {
    sandbox.virtualNow = Date.UTC(2026, 10, 21, 12, 0, 0);
    await sandbox.control.trash([1000]);
    expect((await detail(1000)).Deleted).toBe(1);
    expect((await detail(1000)).UpdatedAt).toBe('2026-11-21 13:00:00');
    expect((await searchAll(sandbox, 'CategoryId=20')).rows.map(row => row.Id)).not.toContain(1000);
    const trashed = await searchAll(sandbox, 'CategoryId=20&Deleted=1&UpdatedSince=2026-11-21');
    expect(trashed.rows.map(row => row.Id)).toEqual([1000]);
  });

  test('purge removes a card entirely', async () => {
    await sandbox.control.purge([1000]);
    expect((await sandbox.request('/Api/R3/Project/1000')).status).toBe(404);
    expect((await searchAll(sandbox, 'CategoryId=20&Deleted=1')).rows.map(row => row.Id)).not.toContain(1000);
    expect((await searchAll(sandbox, 'CategoryId=20')).rows.map(row => row.Id)).not.toContain(1000);
  });

  test('unknown ids are refused with 404 and nothing changes', async () => {
    await expect(sandbox.control.trash([1000, 424242])).rejects.toThrow(/404/);
    await expect(sandbox.control.purge([1000, 424242])).rejects.toThrow(/404/);
    expect((await detail(1000)).Deleted).toBe(0);
  });
});

describe('reset and routing', () => {
  test('reset clears faults, stats and the rate-limit window', async () => {
    await sandbox.control.faults({ latencyMs: 10 });
    for (let i = 0; i < 61; i++) await sandbox.request('/Api/R3/Category', { clock: sandbox.virtualNow });
    await sandbox.control.reset();
    expect((await sandbox.control.getFaults()).latencyMs).toBe(0);
    expect((await sandbox.control.stats()).total).toBe(0);
    expect((await sandbox.request('/Api/R3/Category', { clock: sandbox.virtualNow })).status).toBe(200);
  });

  test('info tells credentials, seed, module sizes and how many contacts and documents there are', async () => {
    const info = await sandbox.control.info();
    expect(info).toMatchObject({ systemId: 12345, seed: 1 });
    expect(info.apiKey).toMatch(/^sandbox0key/);
    expect(info.modules.map(module => module.cards)).toEqual([1200, 2500, 300, 40, 300, 250, 220]);
    expect(info.contacts).toBe(2150);
    expect(info.documents.Order).toBe(250);
    expect(info.documents.Offer).toBe(220);
    // One invoice per card, plus a storno for each cancelled one.
    expect(info.documents.Invoice).toBeGreaterThan(300);
  });

  test('unknown control routes are 404, wrong methods 405, bad JSON 400', async () => {
    expect((await fetch(`${sandbox.origin}/__sandbox/nothing`)).status).toBe(404);
    expect((await fetch(`${sandbox.origin}/__sandbox/reset`)).status).toBe(405);
    const badJson = await fetch(`${sandbox.origin}/__sandbox/touch`, { method: 'POST', body: '{ids:' });
    expect(badJson.status).toBe(400);
  });
});
