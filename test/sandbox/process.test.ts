// startSandboxProcess runs the sandbox in a child process and stops it cleanly.

import { basicAuth } from './harness';
import { startSandboxProcess } from '../../dev/sandbox/process';

jest.setTimeout(30_000);

test('starts on a free port, serves the API and control endpoints, and stops', async () => {
  const sandbox = await startSandboxProcess({ seed: 3 });
  try {
    expect(sandbox.origin).toBe(`http://127.0.0.1:${sandbox.port}`);
    const { systemId, apiKey } = sandbox.credentials;
    const response = await fetch(`${sandbox.origin}/Api/R3/Category`, {
      headers: { Authorization: basicAuth(systemId, apiKey) },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ '20': 'Vânzări' });
    expect((await sandbox.control.info()).seed).toBe(3);
    expect((await sandbox.control.stats()).total).toBe(1);
  } finally {
    await sandbox.stop();
  }
  await expect(fetch(`${sandbox.origin}/__sandbox/info`)).rejects.toThrow();
});
