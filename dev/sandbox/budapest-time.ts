// Europe/Budapest wall time, the zone MiniCRM writes all its `YYYY-MM-DD HH:MM:SS` values in.

const HOUR_MS = 3_600_000;

/** Epoch ms of the last Sunday of a month at 01:00 UTC: the moment EU summer time starts or ends. */
function lastSundayAtOneUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  const daysBack = lastDay.getUTCDay();
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - daysBack, 1);
}

/**
 * Budapest's offset from UTC at an instant, in ms. The EU rule (since 1996) is computed here rather
 * than asked of Intl, so the sandbox does not depend on the ICU data Node was built with.
 */
export function budapestOffsetMs(epochMs: number): number {
  const [summerStart, summerEnd] = summerTimeOf(new Date(epochMs).getUTCFullYear());
  return epochMs >= summerStart && epochMs < summerEnd ? 2 * HOUR_MS : HOUR_MS;
}

/** Generating data formats thousands of times per year, so each year's switch instants are kept. */
const summerTimeByYear = new Map<number, readonly [number, number]>();

function summerTimeOf(year: number): readonly [number, number] {
  let range = summerTimeByYear.get(year);
  if (!range) {
    range = [lastSundayAtOneUtc(year, 2), lastSundayAtOneUtc(year, 9)];
    summerTimeByYear.set(year, range);
  }
  return range;
}

const pad = (value: number): string => (value < 10 ? `0${value}` : `${value}`);

/** Formats an instant as MiniCRM does: Budapest wall time, `YYYY-MM-DD HH:MM:SS`, no zone. */
export function formatBudapest(epochMs: number): string {
  const wall = new Date(epochMs + budapestOffsetMs(epochMs));
  const date = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  return `${date} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
}

/** The Budapest calendar date of an instant as a date-only field value: `YYYY-MM-DD 23:59:59`. */
export function formatBudapestDateOnly(epochMs: number): string {
  return `${formatBudapest(epochMs).slice(0, 10)} 23:59:59`;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Reads a wall-time filter value (`YYYY-MM-DD`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DD HH:MM:SS`) and returns it
 * in the stored form `YYYY-MM-DD HH:MM:SS`, or null when it is not a real date and time. Comparing
 * these strings is comparing wall times, exactly as a DATETIME column in the CRM's database does.
 */
export function normalizeWallTime(value: string): string | null {
  const match = WALL_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hours = 0, minutes = 0, seconds = 0] = match
    .slice(1)
    .map(part => Number(part ?? 0));
  const asUtc = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds));
  const roundTrips =
    asUtc.getUTCFullYear() === year &&
    asUtc.getUTCMonth() === month - 1 &&
    asUtc.getUTCDate() === day &&
    hours < 24 &&
    minutes < 60 &&
    seconds < 60;
  if (!roundTrips) return null;
  return `${year}-${pad(month)}-${pad(day)} ${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
}

/**
 * A wall time (`YYYY-MM-DD[ HH:MM[:SS]]`) as ms on a zone-less clock, for arithmetic on wall times only
 * (adding days to an invoice date); `formatWallTimeMs` turns the result back. NaN when malformed.
 */
export function wallTimeMs(wall: string): number {
  const normalized = normalizeWallTime(wall);
  if (normalized === null) return Number.NaN;
  const [date, time] = normalized.split(' ');
  return Date.parse(`${date}T${time}Z`);
}

/** The inverse of `wallTimeMs`: `YYYY-MM-DD HH:MM:SS`. */
export function formatWallTimeMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}
