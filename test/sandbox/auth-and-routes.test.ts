// The sandbox refuses bad credentials in plain text and answers unknown routes and methods like MiniCRM.

import { API_KEY, SYSTEM_ID } from '../../dev/sandbox/catalog';
import { basicAuth, TestSandbox } from './harness';

let sandbox: TestSandbox;
beforeAll(async () => (sandbox = await TestSandbox.start()));
afterAll(() => sandbox.close());
beforeEach(() => sandbox.control.reset());

const TEXT = 'text/plain; charset=utf-8';

describe('authentication', () => {
  test.each([
    ['no credentials', null],
    ['a wrong API key', basicAuth(SYSTEM_ID, 'x'.repeat(32))],
    ['a wrong System ID', basicAuth(54321, API_KEY)],
    ['a malformed header', 'Bearer abc'],
  ])('%s gets 401 with a plain-text body that is not JSON', async (_name, authorization) => {
    const response = await sandbox.request('/Api/R3/Category', { authorization });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe(TEXT);
    expect(response.text).toBe('Unauthorized');
    expect(() => JSON.parse(response.text)).toThrow();
  });

  test('the right System ID and API key get in', async () => {
    const response = await sandbox.request('/Api/R3/Category');
    expect(response.status).toBe(200);
  });

  test('every /Api route needs credentials, not only Category', async () => {
    for (const path of [
      '/Api/R3/Schema/Project/20',
      '/Api/R3/Project?CategoryId=20',
      '/Api/R3/Project/1000',
    ]) {
      expect((await sandbox.request(path, { authorization: null })).status).toBe(401);
    }
  });

  test('the authFailStatus fault switches to the documented 404 "Unauthorized: Access denied"', async () => {
    await sandbox.control.faults({ authFailStatus: 404 });
    const response = await sandbox.request('/Api/R3/Category', { authorization: null });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe(TEXT);
    expect(response.text).toBe('Unauthorized: Access denied');
  });

  test('refused credentials do not use up the rate limit', async () => {
    const clock = sandbox.virtualNow;
    for (let i = 0; i < 70; i++) {
      expect((await sandbox.request('/Api/R3/Category', { authorization: null, clock })).status).toBe(401);
    }
    expect((await sandbox.request('/Api/R3/Category', { clock })).status).toBe(200);
  });
});

describe('routes', () => {
  test('an unknown API route is 404 plain text', async () => {
    const response = await sandbox.request('/Api/R3/Nothing');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe(TEXT);
  });

  test('a path outside /Api is 404 plain text', async () => {
    const response = await sandbox.request('/index.html', { authorization: null });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe(TEXT);
  });

  test.each([
    '/Api/R3/Category',
    '/Api/R3/Project?CategoryId=20',
    '/Api/R3/Project/1000',
    '/Api/R3/Schema/Project/20',
  ])('a write method on the read route %s is 405 with a localized plain-text message', async path => {
    const response = await sandbox.request(path, { method: 'PUT' });
    expect(response.status).toBe(405);
    expect(response.headers.get('content-type')).toBe(TEXT);
    expect(response.headers.get('allow')).toBe('GET');
    expect(response.text).toMatch(/^\w+ \(PUT\): A metódus nem engedélyezett!$/);
  });
});
