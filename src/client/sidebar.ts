// The sidebar: connect, see each sync's last run, refresh now, and create a first sync of a product.
import type { Module, Overview, Schedule } from '../shared/contract';
import { strings } from './i18n';
import { callServer } from './rpc';

const t = strings(navigator.language || 'en');
const app = document.getElementById('app') as HTMLElement;

/** A DOM element with text content (never innerHTML: CRM data is untrusted). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function field(label: string, input: HTMLInputElement | HTMLSelectElement): HTMLElement {
  return el('div', {}, el('label', { textContent: label }), input);
}

function showMessage(text: string, kind: 'notice' | 'ok'): void {
  app.prepend(el('div', { className: kind, textContent: text }));
}

async function busy<T>(button: HTMLButtonElement, work: () => Promise<T>): Promise<T | undefined> {
  const label = button.textContent;
  button.disabled = true;
  button.textContent = t.working;
  try {
    return await work();
  } catch (error) {
    showMessage(error instanceof Error ? error.message : String(error), 'notice');
    return undefined;
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}

function renderConnect(): void {
  const systemId = el('input', { name: 'systemId', autocomplete: 'off' });
  const apiKey = el('input', { name: 'apiKey', type: 'password', autocomplete: 'off' });
  const host = el('select', { name: 'host' });
  for (const tld of ['hu', 'ro', 'io', 'eu'])
    host.append(el('option', { value: `https://r3.minicrm.${tld}`, textContent: `r3.minicrm.${tld}` }));
  const button = el('button', { textContent: t.connect });
  button.addEventListener('click', () =>
    busy(button, async () => {
      await callServer('connect', { systemId: systemId.value, apiKey: apiKey.value, host: host.value });
      await render();
    }),
  );
  app.append(
    field(t.systemId, systemId),
    field(t.apiKey, apiKey),
    field(t.host, host),
    el('p', { className: 'muted', textContent: t.keyHelp }),
    button,
  );
}

/** Runs a sync step by step until it is no longer `running`, showing each step's progress as it comes. */
async function runToEnd(syncId: string): Promise<string> {
  const progress = el('p', { className: 'muted', role: 'status' });
  app.prepend(progress);
  try {
    for (;;) {
      const result = await callServer('runSync', syncId);
      if (result.state !== 'running') return result.message;
      progress.textContent = result.message;
    }
  } finally {
    progress.remove();
  }
}

function renderSyncs(overview: Overview): void {
  app.append(el('h2', { textContent: t.syncs }));
  if (!overview.syncs.length) app.append(el('p', { className: 'muted', textContent: t.noSyncs }));
  for (const sync of overview.syncs) {
    const button = el('button', { className: 'secondary', textContent: t.refresh });
    button.addEventListener('click', () =>
      busy(button, async () => {
        const message = await runToEnd(sync.id);
        await render();
        showMessage(message, 'ok');
      }),
    );
    const last = sync.lastRun
      ? `${t.lastRun}: ${new Date(sync.lastRun.at).toLocaleString()} — ${sync.lastRun.message}`
      : `${t.lastRun}: ${t.never}`;
    app.append(
      el(
        'div',
        { className: 'sync' },
        el('strong', { textContent: sync.sheetName }),
        el('div', { className: 'muted', textContent: last }),
        button,
      ),
    );
  }
}

/** The schedule choices an add-on may use: hourly every 1–12 hours, daily at an hour, or off. */
function scheduleChoices(): { label: string; value: Schedule }[] {
  const hourly = ([1, 2, 4, 6, 8, 12] as const).map(n => ({
    label: n === 1 ? t.everyHour : t.everyHours.replace('{n}', String(n)),
    value: { frequency: 'hourly', everyHours: n } as Schedule,
  }));
  const daily = [6, 9, 18].map(h => ({
    label: t.dailyAt.replace('{h}', String(h)),
    value: { frequency: 'daily', atHour: h } as Schedule,
  }));
  return [{ label: t.off, value: { frequency: 'off' } }, ...hourly, ...daily];
}

function renderSchedule(overview: Overview): void {
  const choices = scheduleChoices();
  const select = el('select', { name: 'schedule' });
  const { nextRunAt, ...current } = overview.schedule;
  choices.forEach((choice, index) => {
    const option = el('option', { value: String(index), textContent: choice.label });
    if (JSON.stringify(choice.value) === JSON.stringify(current)) option.selected = true;
    select.append(option);
  });
  const button = el('button', { className: 'secondary', textContent: t.save });
  button.addEventListener('click', () =>
    busy(button, async () => {
      await callServer('setSchedule', choices[Number(select.value)].value);
      await render();
    }),
  );
  const next = nextRunAt ? `${t.nextRun} ${new Date(nextRunAt).toLocaleString()}` : '';
  app.append(
    el('h2', { textContent: t.schedule }),
    select,
    el('p', { className: 'muted', textContent: next }),
    button,
  );
}

async function renderNewSync(): Promise<void> {
  const modules: Module[] = await callServer('listModules');
  const product = el('select', { name: 'module' });
  for (const module of modules)
    product.append(el('option', { value: String(module.id), textContent: module.name }));
  const sheet = el('input', { name: 'sheet', value: modules[0]?.name ?? '' });
  product.addEventListener('change', () => (sheet.value = product.selectedOptions[0]?.textContent ?? ''));
  const button = el('button', { textContent: t.create });
  button.addEventListener('click', () =>
    busy(button, async () => {
      const name = product.selectedOptions[0]?.textContent ?? 'MiniCRM';
      const filter = await callServer('saveFilter', { name, kind: 'cards', moduleId: Number(product.value) });
      const sync = await callServer('createSync', { filterId: filter.id, sheetName: sheet.value });
      const message = await runToEnd(sync.id);
      await render();
      showMessage(message, 'ok');
    }),
  );
  app.append(el('h2', { textContent: t.newSync }), field(t.product, product), field(t.sheet, sheet), button);
}

async function render(): Promise<void> {
  const overview = await callServer('getOverview');
  app.replaceChildren(el('h1', { textContent: t.title }));
  for (const notice of overview.notices ?? [])
    app.append(el('div', { className: 'notice', textContent: notice.message }));
  if (!overview.connected) return renderConnect();
  const disconnect = el('button', { className: 'secondary', textContent: t.disconnect });
  disconnect.addEventListener('click', () =>
    busy(disconnect, async () => (await callServer('disconnect'), render())),
  );
  app.append(
    el('p', {
      className: 'muted',
      textContent: `${t.connectedAs} ${overview.account?.systemId} (${overview.account?.host})`,
    }),
    disconnect,
  );
  renderSyncs(overview);
  renderSchedule(overview);
  await renderNewSync();
}

render().catch(error => showMessage(error instanceof Error ? error.message : String(error), 'notice'));
