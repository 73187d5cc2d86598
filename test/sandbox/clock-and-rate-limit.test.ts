// The emulator's virtual clock drives the sandbox's time: the 60-per-minute window and the UpdatedAt of changes.

import { DetailBody, RawResponse, TestSandbox } from './harness';

let sandbox: TestSandbox;
beforeAll(async () => (sandbox = await TestSandbox.start()));
afterAll(() => sandbox.close());
beforeEach(() => sandbox.control.reset());

const T = Date.UTC(2026, 10, 2, 9, 0, 0);
const category = (clock: number): Promise<RawResponse> => sandbox.request('/Api/R3/Category', { clock });

describe('rate limit: 60 requests per rolling minute on /Api/R3', () => {
  test('the 61st request in the same virtual minute is 429 plain text without Retry-After', async () => {
    for (let i = 0; i < 60; i++) expect((await category(T + i * 500)).status).toBe(200);
    const refused = await category(T + 30_000);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(refused.text).toBe('Too Many Requests');
    expect(refused.headers.get('retry-after')).toBeNull();
  });

  test('the window rolls: requests are allowed again once 60 virtual seconds have passed', async () => {
    for (let i = 0; i < 60; i++) await category(T);
    expect((await category(T + 59_999)).status).toBe(429);
    // The hits at T leave the window at T + 60 s; the refused one at T + 59.999 s still counts.
    expect((await category(T + 60_000)).status).toBe(200);
  });

  test('refused requests count too, so retrying inside the minute keeps the client blocked', async () => {
    for (let i = 0; i < 60; i++) await category(T);
    for (let i = 0; i < 30; i++) expect((await category(T + 50_000)).status).toBe(429);
    // At T + 60 s the 60 admitted hits have left the window, but the 30 refusals at T + 50 s are still in it.
    for (let i = 0; i < 30; i++) expect((await category(T + 60_000)).status).toBe(200);
    expect((await category(T + 60_000)).status).toBe(429);
  });

  test('all R3 routes share one window, and 401s are not counted', async () => {
    for (let i = 0; i < 20; i++) await sandbox.request('/Api/R3/Project?CategoryId=23', { clock: T });
    for (let i = 0; i < 20; i++) await sandbox.request('/Api/R3/Project/1003', { clock: T });
    for (let i = 0; i < 20; i++) await sandbox.request('/Api/R3/Schema/Project/23', { clock: T });
    expect((await sandbox.request('/Api/R3/Project/1003', { clock: T, authorization: null })).status).toBe(
      401,
    );
    expect((await category(T)).status).toBe(429);
  });

  test('control endpoints are never limited', async () => {
    for (let i = 0; i < 61; i++) await category(T);
    for (let i = 0; i < 5; i++) await sandbox.control.stats();
    expect((await sandbox.control.stats()).status['429']).toBe(1);
  });

  test('the retryAfterSeconds fault adds a Retry-After header to 429s', async () => {
    await sandbox.control.faults({ retryAfterSeconds: 30 });
    for (let i = 0; i < 60; i++) await category(T);
    expect((await category(T)).headers.get('retry-after')).toBe('30');
  });
});

describe('clock', () => {
  test('touch stamps UpdatedAt with the virtual time as Budapest wall time', async () => {
    sandbox.virtualNow = Date.UTC(2027, 6, 15, 10, 30, 5); // summer: UTC+2
    await sandbox.control.touch([1002]);
    const card = await sandbox.json<DetailBody>('/Api/R3/Project/1002');
    expect(card.UpdatedAt).toBe('2027-07-15 12:30:05');
  });

  test('the clock never goes backwards: an older virtual time does not undo a newer one', async () => {
    await sandbox.request('/Api/R3/Category', { clock: Date.UTC(2027, 0, 10, 12, 0, 0) }); // winter: UTC+1
    sandbox.virtualNow = Date.UTC(2026, 0, 1);
    await sandbox.control.touch([1002]);
    const card = await sandbox.json<DetailBody>('/Api/R3/Project/1002');
    expect(card.UpdatedAt).toBe('2027-01-10 13:00:00');
  });

  test('without the header the sandbox uses real time', async () => {
    const before = Date.now();
    await sandbox.request('/Api/R3/Category', { clock: null });
    const { log } = await sandbox.control.stats();
    expect(log[0].at).toBeGreaterThanOrEqual(before);
    expect(log[0].at).toBeLessThanOrEqual(Date.now());
  });
});
