// Time zones for the emulated services: wall time ↔ instant, zone offsets, and which zone ids are known.

const DAY_MS = 86_400_000;
// Node's Intl knows the IANA database (historic offsets included), which is what Google's Java servers use too;
// fixed offsets like `GMT+02:00` are handled here because Intl rejects them.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** A wall-clock date and time, month 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** Whether Intl (or the fixed-offset syntax `GMT±hh[:mm]`) knows this time zone id. */
export function isKnownTimeZone(timeZone: string): boolean {
  if (fixedOffsetMs(timeZone) !== null) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** `GMT+2`, `GMT-03:30`, `UTC+01:00` → offset in ms; null for anything else. */
function fixedOffsetMs(timeZone: string): number | null {
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (!m) return null;
  const ms = (Number(m[2]) * 60 + Number(m[3] ?? 0)) * 60_000;
  return m[1] === '-' ? -ms : ms;
}

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** UTC milliseconds of a wall time read as if it were UTC (years 0–99 included, unlike `Date.UTC`). */
export function wallTimeAsUtc(w: WallTime): number {
  const d = new Date(Date.UTC(2000, 0, 1, w.hour, w.minute, w.second, w.millisecond));
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  return d.getTime();
}

/** The wall time whose `wallTimeAsUtc` is `utcMs` (the inverse of `wallTimeAsUtc`). */
export function utcWallTime(utcMs: number): WallTime {
  const d = new Date(utcMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** The zone's offset from UTC at an instant, in ms (east positive), to the second as the tz database has it. */
export function timeZoneOffsetMs(epochMs: number, timeZone: string): number {
  const fixed = fixedOffsetMs(timeZone);
  if (fixed !== null) return fixed;
  const whole = Math.floor(epochMs / 1000) * 1000;
  const parts = partsFormatter(timeZone).formatToParts(new Date(whole));
  const get = (type: string): number => Number(parts.find(p => p.type === type)?.value);
  const era = parts.find(p => p.type === 'era')?.value;
  const year = era === 'BC' ? 1 - get('year') : get('year');
  const wall = wallTimeAsUtc({
    year,
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    millisecond: 0,
  });
  return wall - whole;
}

/** The wall time of an instant in a zone, plus the day of the week (0 = Sunday) and the offset. */
export function zonedFields(
  epochMs: number,
  timeZone: string,
): WallTime & { weekday: number; offsetMs: number } {
  const offsetMs = timeZoneOffsetMs(epochMs, timeZone);
  const wallMs = epochMs + offsetMs;
  return { ...utcWallTime(wallMs), weekday: new Date(wallMs).getUTCDay(), offsetMs };
}

/**
 * The instant a wall time denotes in a zone. Like Java's `ZonedDateTime.of`: in a DST overlap the earlier instant
 * (the offset before the change) wins, and a wall time inside a DST gap moves forward by the gap's length.
 */
export function zonedWallTimeToEpoch(wall: WallTime, timeZone: string): number {
  const asUtc = wallTimeAsUtc(wall);
  // Zones change offset at most once within a day, so the offsets a day apart are the only candidates.
  const before = timeZoneOffsetMs(asUtc - DAY_MS, timeZone);
  const after = timeZoneOffsetMs(asUtc + DAY_MS, timeZone);
  const valid = [asUtc - before, asUtc - after].filter(t => timeZoneOffsetMs(t, timeZone) === asUtc - t);
  if (valid.length > 0) return Math.min(...valid);
  return asUtc - before;
}
