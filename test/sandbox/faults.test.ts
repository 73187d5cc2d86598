// Each fault setting changes the answers exactly as documented, and clearing faults restores normal service.

import { rowsOf, SearchBody, TestSandbox } from './harness';

let sandbox: TestSandbox;
beforeAll(async () => (sandbox = await TestSandbox.start()));
afterAll(() => sandbox.close());
beforeEach(() => sandbox.control.reset());

const category = () => sandbox.request('/Api/R3/Category');

test('latencyMs is reported in X-Sandbox-Latency-Ms without the sandbox really sleeping', async () => {
  expect((await category()).headers.get('x-sandbox-latency-ms')).toBeNull();
  await sandbox.control.faults({ latencyMs: 5000 });
  const started = Date.now();
  const response = await category();
  expect(Date.now() - started).toBeLessThan(2000);
  expect(response.status).toBe(200);
  expect(response.headers.get('x-sandbox-latency-ms')).toBe('5000');
});

test('emptyResultsAsArray turns an empty Results into [] for no match and for a page past the end', async () => {
  await sandbox.control.faults({ emptyResultsAsArray: true });
  expect((await sandbox.request('/Api/R3/Project?CategoryId=23&Name=Nobody')).text).toBe(
    '{"Count":0,"Results":[]}',
  );
  const pastEnd = await sandbox.request('/Api/R3/Project?CategoryId=23&Page=9');
  expect(pastEnd.text).toMatch(/^\{"Count":\d+,"Results":\[\]\}$/);
  const firstPage = await sandbox.json<SearchBody>('/Api/R3/Project?CategoryId=23');
  expect(Array.isArray(firstPage.Results)).toBe(false);
});

test('failNext answers the next N requests with the given status and body, then recovers', async () => {
  await sandbox.control.faults({ failNext: { count: 2, status: 502, body: 'Bad Gateway' } });
  for (let i = 0; i < 2; i++) {
    const response = await category();
    expect(response.status).toBe(502);
    expect(response.text).toBe('Bad Gateway');
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  }
  expect((await category()).status).toBe(200);
  expect((await sandbox.control.getFaults()).failNext).toBeNull();
});

test('rateLimitStorm answers 429 to the next N requests whatever the window holds', async () => {
  await sandbox.control.faults({ rateLimitStorm: { count: 3 }, retryAfterSeconds: 7 });
  for (let i = 0; i < 3; i++) {
    const response = await category();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
  }
  expect((await category()).status).toBe(200);
});

test('malformedJson prefixes the next JSON body with a PHP warning, keeping status 200 and the JSON type', async () => {
  await sandbox.control.faults({ malformedJson: { count: 1 } });
  const spoiled = await sandbox.request('/Api/R3/Project/1000');
  expect(spoiled.status).toBe(200);
  expect(spoiled.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(spoiled.text.startsWith('<br />')).toBe(true);
  expect(() => JSON.parse(spoiled.text)).toThrow();
  const clean = await sandbox.request('/Api/R3/Project/1000');
  expect(spoiled.text.endsWith(clean.text)).toBe(true);
  expect(() => JSON.parse(clean.text)).not.toThrow();
});

test('truncatedJson cuts the next JSON body with a Content-Length that matches the cut', async () => {
  await sandbox.control.faults({ truncatedJson: { count: 1 } });
  const cut = await sandbox.request('/Api/R3/Project?CategoryId=20');
  expect(cut.status).toBe(200);
  expect(cut.headers.get('content-length')).toBe(String(Buffer.byteLength(cut.text)));
  expect(() => JSON.parse(cut.text)).toThrow();
  const whole = await sandbox.request('/Api/R3/Project?CategoryId=20');
  expect(whole.text.startsWith(cut.text)).toBe(true);
  expect(whole.text.length).toBeGreaterThan(cut.text.length);
});

test('body faults leave error answers alone', async () => {
  await sandbox.control.faults({ malformedJson: { count: 1 } });
  expect((await sandbox.request('/Api/R3/Project/999999')).text).not.toContain('<br />');
  expect((await category()).text.startsWith('<br />')).toBe(true);
});

test('revokeKeyAtRequest fails the k-th /Api request from now on and every later one', async () => {
  await category();
  await sandbox.control.faults({ revokeKeyAtRequest: 3, authFailStatus: 404 });
  expect((await category()).status).toBe(200);
  expect((await category()).status).toBe(200);
  for (let i = 0; i < 3; i++) {
    const response = await category();
    expect(response.status).toBe(404);
    expect(response.text).toBe('Unauthorized: Access denied');
  }
  await sandbox.control.clearFaults();
  expect((await category()).status).toBe(200);
});

test('mutateBetweenPages shifts the next page: a copy appears at a low id and the next page’s first card is trashed', async () => {
  const before = await sandbox.json<SearchBody>('/Api/R3/Project?CategoryId=21&Page=1');
  const nextFirst = rowsOf(before)[0];
  await sandbox.control.faults({ mutateBetweenPages: true });

  const page0 = rowsOf(await sandbox.json<SearchBody>('/Api/R3/Project?CategoryId=21&Page=0'));
  const page1Body = await sandbox.json<SearchBody>('/Api/R3/Project?CategoryId=21&Page=1');
  const page1 = rowsOf(page1Body);
  expect(page1Body.Count).toBe(before.Count);
  expect(page1[0].Id).toBe(page0[page0.length - 1].Id); // the repeat a client must de-duplicate
  expect(page1.map(row => row.Id)).not.toContain(nextFirst.Id);

  await sandbox.control.clearFaults();
  const fresh = rowsOf(await sandbox.json<SearchBody>('/Api/R3/Project?CategoryId=21&Page=0'));
  // One copy per page served, each below every existing id: 998 (after page 1) then 999 (after page 0).
  expect(fresh.slice(0, 2).map(row => row.Id)).toEqual([998, 999]);
  expect(fresh.slice(0, 2).map(row => row.Name)).toEqual([page1[0].Name, page0[0].Name]);
  const trashed = await sandbox.json<{ Deleted: number }>(`/Api/R3/Project/${nextFirst.Id}`);
  expect(trashed.Deleted).toBe(1);
});

test('faults merge, report their remaining counts, and clear', async () => {
  await sandbox.control.faults({ latencyMs: 100 });
  const merged = await sandbox.control.faults({ malformedJson: { count: 2 } });
  expect(merged.latencyMs).toBe(100);
  expect(merged.malformedJson).toEqual({ count: 2 });
  await category();
  expect((await sandbox.control.getFaults()).malformedJson).toEqual({ count: 1 });
  await sandbox.control.clearFaults();
  const cleared = await sandbox.control.getFaults();
  expect(cleared.latencyMs).toBe(0);
  expect(cleared.malformedJson).toBeNull();
});

test.each([
  { authFailStatus: 404, latencyMs: -1 },
  { authFailStatus: 403 },
  { authFailStatus: 404, failNext: { count: 1 } },
  { authFailStatus: 404, nonsense: true },
])(
  'an invalid fault setting %j is refused with 400 and changes nothing, not even its valid parts',
  async patch => {
    const response = await fetch(`${sandbox.origin}/__sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify(patch),
    });
    expect(response.status).toBe(400);
    expect((await sandbox.control.getFaults()).authFailStatus).toBe(401);
  },
);
