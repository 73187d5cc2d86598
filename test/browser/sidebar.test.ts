// The real sidebar in headless Chromium (Debian's), against the add-on in the emulator and the sandbox.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../dev/playground/server';

/** Flags for Chromium as root on a machine with no outside network (see the machine notes). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let playground: Playground;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  playground = await startPlayground(0, 'en');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1200, height: 800 } });
  await page.goto(playground.url);
});

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

const sidebar = () => page.frameLocator('#sidebar');

describe('the sidebar', () => {
  it("refuses a wrong key with MiniCRM's [AUTH_FAILED] sentence and stays on the sign-in form", async () => {
    await sidebar().locator('input[name=systemId]').fill(String(playground.sandbox.credentials.systemId));
    await sidebar().locator('input[name=apiKey]').fill('wrong-key');
    await sidebar().getByRole('button', { name: 'Connect' }).click();
    await sidebar().locator('.notice', { hasText: '[AUTH_FAILED]' }).waitFor();
    expect(await sidebar().locator('.notice').first().textContent()).toMatch(/Settings → System/);
  });

  it('connects, lists the products, and syncs one into a sheet', async () => {
    await sidebar().locator('input[name=apiKey]').fill(playground.sandbox.credentials.apiKey);
    await sidebar().getByRole('button', { name: 'Connect' }).click();
    await sidebar()
      .getByText(/Connected to system 12345/)
      .waitFor();
    await sidebar().locator('select[name=module] option').first().waitFor({ state: 'attached' });
    const products = await sidebar().locator('select[name=module] option').allTextContents();
    expect(products).toEqual(expect.arrayContaining(['Vânzări', 'Értékesítés']));
    await sidebar().locator('select[name=module]').selectOption({ label: 'Vânzări' });
    await sidebar().getByRole('button', { name: 'Create and run' }).click();
    await sidebar()
      .locator('.ok', { hasText: /Wrote \d+ rows to "Vânzări"/ })
      .waitFor({ timeout: 60_000 });
    await page.locator('table[data-sheet="Vânzări"] tr').nth(10).waitFor();
    expect(await page.locator('table[data-sheet="Vânzări"] th').allTextContents()).toEqual([
      'Id',
      'Name',
      'StatusId',
      'UserId',
      'ContactId',
      'BusinessId',
    ]);
    await sidebar()
      .getByText(/Last run: .*Wrote/)
      .waitFor();
  });

  it('sets an hourly schedule and shows the next expected run', async () => {
    await sidebar().locator('select[name=schedule]').selectOption({ label: 'Every 2 hours' });
    await sidebar().getByRole('button', { name: 'Save' }).click();
    await sidebar()
      .getByText(/Next run around/)
      .waitFor();
    expect(await sidebar().locator('select[name=schedule] option:checked').textContent()).toBe(
      'Every 2 hours',
    );
    await page.screenshot({ path: join(tmpdir(), 'minicrm-sync-sidebar.png') });
  });
});
