import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchAllCards } from '../../src/core/crm/card-search';
import { MiniCrmClient, queryString } from '../../src/core/crm/client';
import { RequestPacer } from '../../src/core/crm/pacer';
import { FakeClock, FakeHttp, json, text } from '../support/fakes';

const samples = join(__dirname, '../fixtures/minicrm');
const sample = (name: string) => JSON.parse(readFileSync(join(samples, name), 'utf8'));
const account = { systemId: '12345', apiKey: 'key', host: 'https://r3.minicrm.hu' };

function clientWith(handler: ConstructorParameters<typeof FakeHttp>[0], deadline?: number) {
  const clock = new FakeClock();
  const http = new FakeHttp(handler);
  return { clock, http, client: new MiniCrmClient(account, { http, clock, deadline }) };
}

describe('MiniCrmClient requests', () => {
  it('authenticates with HTTP Basic SystemId:APIKey', () => {
    const { http, client } = clientWith(() => json({ 20: 'Jelentkezés' }));
    client.listModules();
    expect(http.requests[0].headers.Authorization).toBe(
      `Basic ${Buffer.from('12345:key').toString('base64')}`,
    );
    expect(http.requests[0].url).toBe('https://r3.minicrm.hu/Api/R3/Category');
  });

  it('lists the recorded Category answer as modules sorted by name', () => {
    const { client } = clientWith(() => json(sample('category.json')));
    const modules = client.listModules();
    expect(modules).toHaveLength(7);
    expect(modules[0]).toEqual({ id: 22, name: 'Helyszínek' });
    expect(modules.map(m => m.name)).toContain('Számlázó');
  });

  it('escapes query values the way MiniCRM expects', () => {
    expect(
      queryString({ UpdatedSince: '2026-01-01 10:00:00', Query: 'Kovács & fiai', Skip: undefined }),
    ).toBe('?UpdatedSince=2026-01-01%2010%3A00%3A00&Query=Kov%C3%A1cs%20%26%20fiai');
  });
});

describe('MiniCrmClient failures', () => {
  it.each([
    [text('Unauthorized', 401), 'AUTH_FAILED'],
    [text('Unauthorized: Access denied', 404), 'AUTH_FAILED'],
    [text('Nincs ilyen adatlap', 404), 'NOT_FOUND'],
    [text('Project (GET): Nem megfelelő paraméter', 400), 'BAD_INPUT'],
    [{ status: 200, headers: {}, body: '{"Count": 3, "Results": {' }, 'BAD_RESPONSE'],
  ])("maps %p to [%s] and keeps MiniCRM's words", (response, code) => {
    const { client } = clientWith(() => response);
    expect(() => client.listModules()).toThrow(expect.objectContaining({ code }));
    try {
      client.listModules();
    } catch (error) {
      if (response.body.startsWith('{')) return;
      expect((error as { remoteText?: string }).remoteText).toBe(response.body);
    }
  });

  it('retries a 429, honouring Retry-After, and succeeds', () => {
    const { clock, http, client } = clientWith((_r, i) =>
      i === 0 ? text('Too Many Requests', 429, { 'Retry-After': '7' }) : json({ 1: 'A' }),
    );
    expect(client.listModules()).toEqual([{ id: 1, name: 'A' }]);
    expect(http.requests).toHaveLength(2);
    expect(clock.slept).toContain(7000);
    expect(client.requests).toBe(2);
  });

  it('gives up on a server that keeps failing, after a bounded number of retries', () => {
    const { http, client } = clientWith(() => text('Internal Server Error', 503));
    expect(() => client.listModules()).toThrow(expect.objectContaining({ code: 'SERVER_ERROR' }));
    expect(http.requests).toHaveLength(4);
  });

  it("reports a network failure as [NETWORK] with the platform's words", () => {
    const { client } = clientWith(() => ({
      networkError: 'Address unavailable: https://r3.minicrm.hu/Api/R3/Category',
    }));
    expect(() => client.listModules()).toThrow(
      expect.objectContaining({
        code: 'NETWORK',
        remoteText: expect.stringContaining('Address unavailable'),
      }),
    );
  });

  it('never starts a request that cannot finish before the deadline', () => {
    const clock = new FakeClock();
    const http = new FakeHttp(() => json({}));
    const client = new MiniCrmClient(account, { http, clock, deadline: clock.now() + 5_000 });
    expect(() => client.listModules()).toThrow(expect.objectContaining({ code: 'TIME_BUDGET' }));
    expect(http.requests).toHaveLength(0);
  });

  it('paces itself: the 61st request in a minute waits instead of drawing a 429', () => {
    const { clock, client } = clientWith(() => json({}));
    for (let i = 0; i < 61; i++) client.getJson('/Api/R3/Category');
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(60_000);
  });
});

describe('searchAllCards on the recorded search pages', () => {
  const pages = [sample('project-search-page-0.json'), sample('project-search-page-1.json')];
  const filter = { name: 'x', kind: 'cards' as const, moduleId: 20, includeConfidential: true };

  it('reads every page until Count rows are held', () => {
    const { http, client } = clientWith(request =>
      json(pages[Number(/Page=(\d+)/.exec(request.url)?.[1])] ?? sample('project-search-empty.json')),
    );
    const result = searchAllCards(client, filter, { maxRows: 8000, keepFirstRowsWhenOver: false });
    expect(result.rows).toHaveLength(105);
    expect(result).toMatchObject({ total: 105, partial: false });
    expect(http.requests.map(r => /Page=(\d+)/.exec(r.url)?.[1])).toEqual(['0', '1']);
  });

  it('stops after one page when the total is over the limit and the run would stop anyway', () => {
    const { http, client } = clientWith(() => json(pages[0]));
    const result = searchAllCards(client, filter, { maxRows: 50, keepFirstRowsWhenOver: false });
    expect(result).toEqual({ rows: [], total: 105, partial: true });
    expect(http.requests).toHaveLength(1);
  });

  it('keeps exactly the first rows when truncating', () => {
    const { client } = clientWith(request => json(pages[Number(/Page=(\d+)/.exec(request.url)?.[1])]));
    const result = searchAllCards(client, filter, { maxRows: 100, keepFirstRowsWhenOver: true });
    expect(result.rows).toHaveLength(100);
    expect(result.partial).toBe(true);
  });

  it('leaves confidential cards out unless the filter includes them', () => {
    const { http, client } = clientWith(() => json(sample('project-search-empty.json')));
    searchAllCards(
      client,
      { ...filter, includeConfidential: undefined },
      { maxRows: 10, keepFirstRowsWhenOver: false },
    );
    expect(http.requests[0].url).toContain('IsPrivate=0');
  });

  it('accepts an empty result given as an array', () => {
    const { client } = clientWith(() => json({ Count: 0, Results: [] }));
    expect(searchAllCards(client, filter, { maxRows: 10, keepFirstRowsWhenOver: false })).toEqual({
      rows: [],
      total: 0,
      partial: false,
    });
  });
});

describe('quirks of list answers', () => {
  it('uses the inner Id when a Results key differs from it (manual p. 47)', () => {
    const { client } = clientWith(() =>
      json({ Count: 1, Results: { 37146: { Id: 36721, Name: 'Kovács Kft.' } } }),
    );
    expect(
      searchAllCards(
        client,
        { name: 'x', kind: 'cards', moduleId: 5 },
        { maxRows: 10, keepFirstRowsWhenOver: false },
      ).rows,
    ).toEqual([{ Id: 36721, Name: 'Kovács Kft.' }]);
  });

  it('reads Count and ids given as strings (older pages, ProjectHistory)', () => {
    const { client } = clientWith(() => json({ Count: '2', Results: { 1: { Id: '1' }, 2: { Id: '2' } } }));
    expect(client.searchProjects({ CategoryId: 5 }, 0)).toEqual({
      count: 2,
      items: [{ Id: '1' }, { Id: '2' }],
    });
  });
});

describe('pacing shared between executions', () => {
  it('counts what another execution on the same account sent meanwhile', () => {
    const clock = new FakeClock();
    let shared: number[] = [];
    const memory = { load: () => shared, save: (times: number[]) => (shared = times) };
    const first = new RequestPacer(clock, memory);
    const second = new RequestPacer(clock, memory);
    for (let i = 0; i < 40; i++) first.acquire();
    for (let i = 0; i < 20; i++) second.acquire();
    expect(clock.slept).toEqual([]);
    second.acquire();
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(60_000);
  });
});
