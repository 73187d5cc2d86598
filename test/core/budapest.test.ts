import {
  budapestWallTimeToInstant,
  formatBudapestWallTime,
  isBudapestSummerTime,
} from '../../src/core/time/budapest';

const wall = (text: string) => {
  const [date, time] = text.split(' ');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm, ss] = time.split(':').map(Number);
  return Date.UTC(y, m - 1, d, hh, mm, ss);
};

describe('Budapest wall time', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(new Date(budapestWallTimeToInstant(wall('2026-01-15 10:00:00'))).toISOString()).toBe(
      '2026-01-15T09:00:00.000Z',
    );
    expect(new Date(budapestWallTimeToInstant(wall('2026-07-15 10:00:00'))).toISOString()).toBe(
      '2026-07-15T08:00:00.000Z',
    );
  });

  it('switches on the last Sundays of March and October at 01:00 UTC', () => {
    expect(isBudapestSummerTime(Date.UTC(2026, 2, 29, 0, 59))).toBe(false);
    expect(isBudapestSummerTime(Date.UTC(2026, 2, 29, 1, 0))).toBe(true);
    expect(isBudapestSummerTime(Date.UTC(2026, 9, 25, 0, 59))).toBe(true);
    expect(isBudapestSummerTime(Date.UTC(2026, 9, 25, 1, 0))).toBe(false);
  });

  it('moves a time in the spring gap an hour forward, as the clocks did', () => {
    expect(new Date(budapestWallTimeToInstant(wall('2026-03-29 02:30:00'))).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('reads the repeated autumn hour as its first (summer-time) occurrence', () => {
    expect(new Date(budapestWallTimeToInstant(wall('2026-10-25 02:30:00'))).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('round-trips every hour of a year through format and parse', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000) {
      const text = formatBudapestWallTime(t);
      const back = budapestWallTimeToInstant(wall(text));
      // Only the repeated autumn hour is ambiguous: its second occurrence reads as the first.
      if (back !== t) expect(t - back).toBe(3_600_000);
    }
  });

  it('does not depend on the machine time zone', () => {
    expect(process.env.TZ === undefined || typeof process.env.TZ === 'string').toBe(true);
    expect(formatBudapestWallTime(Date.UTC(2026, 6, 1, 22, 30))).toBe('2026-07-02 00:30:00');
  });
});
