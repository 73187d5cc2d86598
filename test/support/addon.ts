// Test harness: the built add-on in the emulator, its MiniCRM host routed to a sandbox process on loopback.
import { GasRuntime, ScriptError } from '../../dev/gas-runtime/runtime';
import { readSheetValues, getSpreadsheetModel } from '../../dev/gas-runtime/services/spreadsheet';
import { createSandboxControl, type SandboxControl } from '../../dev/sandbox/control-client';
import { startSandboxProcess, type SandboxHandle } from '../../dev/sandbox/process';
import { DIST } from './paths';

/** One sandbox process for a test file, plus a fresh emulated world per test. */
export class AddonHarness {
  sandbox!: SandboxHandle;
  runtime!: GasRuntime;
  /** The sandbox's control endpoints, on the emulator's virtual clock (so `touch` stamps virtual time). */
  control!: SandboxControl;
  spreadsheetId = '';

  /** Starts the sandbox (call in beforeAll). */
  async start(): Promise<void> {
    this.sandbox = await startSandboxProcess();
    this.control = createSandboxControl(this.sandbox.origin, (): Record<string, string> =>
      this.runtime ? { 'X-Emulator-Clock': String(this.runtime.world.clock.now()) } : {},
    );
  }

  /** A new world with one spreadsheet, the sandbox reset (call in beforeEach). */
  async fresh(bundleDirectory = DIST): Promise<void> {
    await this.runtime?.close();
    await this.sandbox.control.reset();
    this.runtime = GasRuntime.fromDirectory(bundleDirectory, {
      http: { routes: { 'https://r3.minicrm.hu': this.sandbox.origin } },
    });
    this.spreadsheetId = this.runtime.createSpreadsheet({ name: 'Raport MiniCRM' }).id;
  }

  /** Stops everything (call in afterAll). */
  async stop(): Promise<void> {
    await this.runtime?.close();
    await this.sandbox?.stop();
  }

  /** Calls a sidebar API function as google.script.run does. */
  call<T>(name: string, ...args: unknown[]): T {
    return this.runtime.call<T>(this.spreadsheetId, name, ...args);
  }

  /** The message of a failing call. */
  failure(name: string, ...args: unknown[]): string {
    try {
      this.call(name, ...args);
    } catch (error) {
      if (error instanceof ScriptError) return error.message;
      throw error;
    }
    throw new Error(`${name} did not fail`);
  }

  /** Connects with the sandbox's credentials (the default MiniCRM host, routed to the sandbox). */
  connect(): void {
    this.call('connect', {
      systemId: String(this.sandbox.credentials.systemId),
      apiKey: this.sandbox.credentials.apiKey,
    });
  }

  /** The values of a sheet's data range, as a person would read them. */
  sheet(name: string): unknown[][] {
    const model = getSpreadsheetModel(this.runtime.world, this.spreadsheetId);
    if (!model) throw new Error('no spreadsheet');
    return readSheetValues(model, name);
  }

  /** GETs a MiniCRM resource straight from the sandbox, to compare with what the add-on wrote. */
  async crm<T>(path: string): Promise<T> {
    const { systemId, apiKey } = this.sandbox.credentials;
    const response = await fetch(`${this.sandbox.origin}${path}`, {
      // Outside the rate limit and faults: reading the truth must not disturb the run under test.
      headers: {
        Authorization: `Basic ${Buffer.from(`${systemId}:${apiKey}`).toString('base64')}`,
        'X-Sandbox-Inspect': '1',
      },
    });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as T;
  }

  /** Every summary row of a card search, straight from the sandbox. */
  async allCards(query: string): Promise<Record<string, unknown>[]> {
    const rows: Record<string, unknown>[] = [];
    for (let page = 0; ; page++) {
      const body = await this.crm<{ Count: number; Results: Record<string, Record<string, unknown>> | [] }>(
        `/Api/R3/Project?${query}&Page=${page}`,
      );
      const items = Object.values(body.Results);
      rows.push(...items);
      if (items.length < 100) return rows;
    }
  }
}
