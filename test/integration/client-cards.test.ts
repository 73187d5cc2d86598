// The core MiniCRM client over the emulator's UrlFetchApp against the sandbox: cards, schemas, limits, errors.
import type { ListPage } from '../../src/core/crm/results';
import { ClientProbe } from '../support/client-probe';

const probe = new ClientProbe();
beforeAll(() => probe.start());
beforeEach(() => probe.fresh());
afterAll(() => probe.stop());

type Schema = { fields: { key: string; type: string; labels?: Record<string, string> }[] };

describe('reading cards', () => {
  it('lists modules and reads a module schema with every field type', () => {
    const modules = probe.call<{ id: number; name: string }[]>('listModules');
    expect(modules.value?.map(m => m.id)).toEqual(expect.arrayContaining([20, 21, 22, 23]));
    const schema = probe.call<Schema>('projectSchema', [20]).value!;
    const types = new Set(schema.fields.map(f => f.type));
    expect([...types].sort()).toEqual(['boolean', 'date', 'enum', 'file', 'multi', 'number', 'text']);
    const hungarian = probe.call<Schema>('projectSchema', [21]).value!;
    const multi = hungarian.fields.find(
      f => f.type === 'multi' && Object.keys(f.labels ?? {}).includes('34359738368'),
    );
    expect(multi).toBeDefined();
  });

  it('pages a search: 100 a page, Count is the total, ids ascending', () => {
    const page0 = probe.call<ListPage>('searchProjects', [{ CategoryId: 21 }, 0]).value!;
    expect(page0.items).toHaveLength(100);
    const last = Math.floor((page0.count - 1) / 100);
    const lastPage = probe.call<ListPage>('searchProjects', [{ CategoryId: 21 }, last]).value!;
    expect(lastPage.items).toHaveLength(page0.count - last * 100);
    const beyond = probe.call<ListPage>('searchProjects', [{ CategoryId: 21 }, last + 1]).value!;
    expect(beyond).toEqual({ count: page0.count, items: [] });
    const ids = page0.items.map(row => Number(row.Id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('reads several pages in one parallel batch', () => {
    const result = probe.call<ListPage[]>('searchProjectPages', [{ CategoryId: 21 }, [0, 1, 2]]);
    expect(result.value?.map(p => p.items.length)).toEqual([100, 100, 100]);
    expect(result.requests).toBe(3);
  });

  it('reads a card with labels where the search row has ids', () => {
    const row = probe.call<ListPage>('searchProjects', [{ CategoryId: 20 }, 0]).value!.items[0];
    const card = probe.call<Record<string, unknown>>('project', [Number(row.Id)]).value!;
    const schema = probe.call<Schema>('projectSchema', [20]).value!;
    const statuses = schema.fields.find(f => f.key === 'StatusId')?.labels ?? {};
    expect(typeof row.StatusId).toBe('number');
    expect(card.StatusId).toBe(statuses[String(row.StatusId)]);
    expect(card.Id).toBe(row.Id);
  });

  it("refuses a search with no filter, in MiniCRM's own words", () => {
    const result = probe.call('searchProjects', [{}, 0]);
    expect(result.error?.code).toBe('BAD_INPUT');
    expect(result.error?.remoteText).toMatch(/Nem megfelelő paraméter/);
  });

  it('says [NOT_FOUND] for a card that does not exist', () => {
    expect(probe.call('project', [99999999]).error?.code).toBe('NOT_FOUND');
  });
});

describe('authentication', () => {
  it("answers a wrong key with [AUTH_FAILED], whether MiniCRM says 401 or the manual's 404", async () => {
    const wrong = { ...probe.account, apiKey: 'nope' };
    expect(probe.call('listModules', [], { account: wrong }).error?.code).toBe('AUTH_FAILED');
    await probe.control.faults({ authFailStatus: 404 });
    expect(probe.call('listModules', [], { account: wrong }).error).toEqual({
      code: 'AUTH_FAILED',
      remoteText: 'Unauthorized: Access denied',
    });
  });

  it('stops cleanly when the key is revoked in the middle of a run', async () => {
    await probe.control.faults({ revokeKeyAtRequest: 3 });
    const result = probe.call('searchProjectPages', [{ CategoryId: 21 }, [0, 1, 2, 3, 4]]);
    expect(result.error?.code).toBe('AUTH_FAILED');
  });
});

describe('the rate limit', () => {
  it('never draws a 429 in a normal run of more than 60 requests', async () => {
    const pages = Array.from({ length: 25 }, (_, i) => i);
    const result = probe.call<ListPage[]>('searchProjectPages', [
      { CategoryId: 21 },
      [...pages, ...pages, ...pages],
    ]);
    expect(result.value).toHaveLength(75);
    const stats = await probe.sandbox.control.stats();
    expect(stats.status['429'] ?? 0).toBe(0);
  });

  it('holds the pace across executions: a run right after another shares its minute', async () => {
    const pages = Array.from({ length: 25 }, (_, i) => i);
    const manual = probe.call<ListPage[]>('searchProjectPages', [{ CategoryId: 21 }, [...pages, ...pages]]);
    const scheduled = probe.call<ListPage[]>('searchProjectPages', [{ CategoryId: 21 }, pages], {
      pacing: manual.pacing,
    });
    expect(scheduled.value).toHaveLength(25);
    const stats = await probe.sandbox.control.stats();
    expect(stats.status['429'] ?? 0).toBe(0);
  });

  it('recovers from a 429 storm, honouring Retry-After when MiniCRM sends one', async () => {
    await probe.control.faults({ rateLimitStorm: { count: 2 }, retryAfterSeconds: 5 });
    const before = probe.runtime.world.clock.now();
    const result = probe.call<unknown[]>('listModules');
    expect(result.value).toBeDefined();
    expect(result.requests).toBe(3);
    expect(probe.runtime.world.clock.now() - before).toBeGreaterThanOrEqual(10_000);
  });

  it('gives up with [RATE_LIMITED] when 429s do not stop, after bounded retries', async () => {
    await probe.control.faults({ rateLimitStorm: { count: 50 } });
    const result = probe.call('listModules');
    expect(result.error?.code).toBe('RATE_LIMITED');
    expect(result.requests).toBe(4);
  });
});

describe('server and network failures', () => {
  it('retries a burst of 5xx and succeeds', async () => {
    await probe.control.faults({ failNext: { count: 2, status: 503, body: 'Service Unavailable' } });
    const result = probe.call('listModules');
    expect(result.value).toBeDefined();
    expect(result.requests).toBe(3);
  });

  it('reports malformed and truncated JSON as [BAD_RESPONSE], never a crash', async () => {
    await probe.control.faults({ malformedJson: { count: 1 } });
    expect(probe.call('listModules').error?.code).toBe('BAD_RESPONSE');
    await probe.control.faults({ truncatedJson: { count: 1 } });
    expect(probe.call('searchProjects', [{ CategoryId: 20 }, 0]).error?.code).toBe('BAD_RESPONSE');
  });

  it('treats a request over 60 s as Apps Script does (a timeout) and retries it', async () => {
    await probe.control.faults({ latencyMs: 61_000 });
    const result = probe.call('listModules');
    expect(result.error?.code).toBe('NETWORK');
    expect(result.error?.remoteText).toMatch(/Timeout/);
  });

  it("reports an unreachable MiniCRM as [NETWORK] with the platform's words", () => {
    const result = probe.call('listModules', [], {
      account: { ...probe.account, host: 'https://r3.minicrm.ro' },
    });
    expect(result.error?.code).toBe('NETWORK');
  });

  it('re-reads a list that changes while it is paged', async () => {
    await probe.control.faults({ mutateBetweenPages: true });
    const result = probe.call<{ rows: unknown[]; total: number; partial: boolean }>('searchProjectPages', [
      { CategoryId: 21 },
      [0, 1],
    ]);
    expect(result.value).toHaveLength(2);
  });
});

describe('search filters MiniCRM applies', () => {
  const all = (filters: Record<string, unknown>) => {
    const rows: Record<string, unknown>[] = [];
    for (let page = 0; ; page++) {
      const result = probe.call<ListPage>('searchProjects', [filters, page]).value!;
      rows.push(...result.items);
      if (result.items.length < 100) return rows;
    }
  };

  it("narrows by owner, by a field's label, and by search text", () => {
    const everyone = all({ CategoryId: 20 });
    const owner = Number(everyone[0].UserId);
    const mine = all({ CategoryId: 20, UserId: owner });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(everyone.length);
    expect(mine.every(row => Number(row.UserId) === owner)).toBe(true);

    const card = probe.call<Record<string, unknown>>('project', [Number(everyone[0].Id)]).value!;
    const word = String(card.Name).split(/[\s–-]+/)[0];
    const found = all({ CategoryId: 20, Query: word.toLowerCase() });
    expect(found.map(row => row.Id)).toContain(card.Id);
    expect(found.length).toBeLessThan(everyone.length);
  });

  it('lists trashed cards only when asked with Deleted=1', async () => {
    const rows = all({ CategoryId: 23 });
    await probe.control.trash([Number(rows[0].Id)]);
    expect(all({ CategoryId: 23 }).map(row => row.Id)).not.toContain(rows[0].Id);
    expect(all({ CategoryId: 23, Deleted: 1 }).map(row => row.Id)).toEqual([rows[0].Id]);
  });
});
