// The sandbox's Budapest wall time agrees with the IANA zone, across both daylight-saving switches.

import { formatBudapest, formatBudapestDateOnly, normalizeWallTime } from '../../dev/sandbox/budapest-time';
import { createRng } from '../../dev/sandbox/prng';

const viaIntl = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Budapest',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

test.each([
  [Date.UTC(2026, 2, 29, 0, 59, 59), '2026-03-29 01:59:59'], // last second of winter time
  [Date.UTC(2026, 2, 29, 1, 0, 0), '2026-03-29 03:00:00'], // clocks jump forward
  [Date.UTC(2026, 9, 25, 0, 59, 59), '2026-10-25 02:59:59'], // last second of summer time
  [Date.UTC(2026, 9, 25, 1, 0, 0), '2026-10-25 02:00:00'], // clocks fall back
  [Date.UTC(2025, 11, 31, 23, 30, 0), '2026-01-01 00:30:00'], // new year arrives an hour early
])('formats %i as %s', (epochMs, wallTime) => {
  expect(formatBudapest(epochMs)).toBe(wallTime);
});

test('matches Intl for random instants over ten years', () => {
  const rng = createRng(7);
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < 2000; i++) {
    const instant = start + Math.floor(rng.next() * 10 * 365 * 86_400_000);
    expect(formatBudapest(instant)).toBe(viaIntl.format(instant));
  }
});

test('a date-only value is that Budapest day at 23:59:59', () => {
  expect(formatBudapestDateOnly(Date.UTC(2026, 5, 30, 22, 30))).toBe('2026-07-01 23:59:59');
});

test.each([
  ['2026-03-01', '2026-03-01 00:00:00'],
  ['2026-03-01 12:00', '2026-03-01 12:00:00'],
  ['2026-03-01 12:34:56', '2026-03-01 12:34:56'],
  ['2026-02-30', null],
  ['2026-03-01 24:00:00', null],
  ['2026-3-1', null],
  ['yesterday', null],
])('reads the filter value %s as %s', (input, expected) => {
  expect(normalizeWallTime(input)).toBe(expected);
});
