import type { RunResult } from '../../src/shared/contract';
import { logRun, RUN_LOG_LIMIT, RUN_LOG_SHEET } from '../../src/core/sync/run-log';
import { FakeWorkbook } from '../support/fake-workbook';

const result = (rows: number): RunResult => ({ state: 'done', rows, requests: 1, message: `=${rows} rows` });

describe('the run log sheet', () => {
  it('keeps the last 500 runs, newest first, with text kept verbatim', () => {
    const workbook = new FakeWorkbook();
    for (let i = 1; i <= RUN_LOG_LIMIT + 7; i++) {
      logRun(workbook, {
        at: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
        sheet: 'Vânzări',
        startedBy: i % 2 ? 'manual' : 'scheduled',
        result: result(i),
        durationMs: 1500,
      });
    }
    const sheet = workbook.sheet(RUN_LOG_SHEET)!;
    expect(sheet.contentExtent().rows).toBe(RUN_LOG_LIMIT + 1);
    const rows = sheet.read(1, 1, RUN_LOG_LIMIT + 1, 10);
    expect(rows[0].slice(0, 4)).toEqual(['When', 'Sheet', 'Started by', 'State']);
    expect(rows[1][5]).toBe(RUN_LOG_LIMIT + 7);
    expect(rows[RUN_LOG_LIMIT][5]).toBe(8);
    expect(rows[1][9]).toBe(`=${RUN_LOG_LIMIT + 7} rows`);
    expect(rows[1][8]).toBe(1.5);
  });
});
