// MiniCRM's times are Europe/Budapest wall time without an offset; this turns them into instants and back.
//
// Budapest follows the EU summer-time rule (CET, UTC+1; CEST, UTC+2 from the last Sunday of March 01:00 UTC
// to the last Sunday of October 01:00 UTC). The rule is computed, not looked up, so the result does not
// depend on the script's, the sheet's or the machine's time zone. Before 1996 the EU dates differed slightly;
// CRM data from then is rare, and those times may be off by an hour for a few weeks a year.

const HOUR = 3600_000;

/** The instant (UTC ms) summer time starts or ends in a year: the last Sunday of `month` at 01:00 UTC. */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  const sunday = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, month, sunday, 1);
}

/** Whether Budapest is on summer time (UTC+2) at an instant. */
export function isBudapestSummerTime(instantMs: number): boolean {
  const year = new Date(instantMs).getUTCFullYear();
  return instantMs >= lastSundayAt0100Utc(year, 2) && instantMs < lastSundayAt0100Utc(year, 9);
}

/** Budapest's offset from UTC at an instant, in ms. */
export function budapestOffsetMs(instantMs: number): number {
  return isBudapestSummerTime(instantMs) ? 2 * HOUR : HOUR;
}

/**
 * The instant of a Budapest wall time given as UTC fields. In the autumn hour that happens twice, the
 * first (summer-time) one is meant; a time in the spring gap that never happens is moved an hour forward,
 * as clocks moved.
 */
export function budapestWallTimeToInstant(wallAsUtcMs: number): number {
  const asSummer = wallAsUtcMs - 2 * HOUR;
  if (isBudapestSummerTime(asSummer)) return asSummer;
  return wallAsUtcMs - HOUR;
}

/** Budapest wall time of an instant as `YYYY-MM-DD HH:MM:SS`, the format MiniCRM's filters take. */
export function formatBudapestWallTime(instantMs: number): string {
  const wall = new Date(instantMs + budapestOffsetMs(instantMs));
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())} ` +
    `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`
  );
}
