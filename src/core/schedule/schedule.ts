// Schedules: checking what the sidebar asks for, the trigger it needs, and when the next run is expected.
import type { Schedule } from '../../shared/contract';
import { badInput } from '../errors';
import type { TriggerRecurrence, ZoneOffset } from '../ports';

const HOUR = 3_600_000;
const EVERY_HOURS = [1, 2, 4, 6, 8, 12] as const;

/** Checks a schedule and keeps only the fields its frequency uses. */
export function validateSchedule(input: unknown): Schedule {
  const value = (input ?? {}) as Partial<Schedule>;
  const hour = (h: unknown) => {
    if (!Number.isInteger(h) || (h as number) < 0 || (h as number) > 23)
      throw badInput('schedule', 'pickHour');
    return h as number;
  };
  switch (value.frequency) {
    case 'off':
      return { frequency: 'off' };
    case 'hourly': {
      const every = value.everyHours ?? 1;
      if (!EVERY_HOURS.includes(every)) throw badInput('schedule', 'pickEveryHours');
      return { frequency: 'hourly', everyHours: every };
    }
    case 'daily':
      return { frequency: 'daily', atHour: hour(value.atHour ?? 6) };
    case 'weekly': {
      const weekday = value.weekday ?? 1;
      if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) throw badInput('schedule', 'pickWeekday');
      return { frequency: 'weekly', weekday, atHour: hour(value.atHour ?? 6) };
    }
    default:
      throw badInput('schedule', 'pickFrequency');
  }
}

/** The trigger a schedule needs (none for 'off'). */
export function recurrenceOf(schedule: Schedule): TriggerRecurrence | null {
  switch (schedule.frequency) {
    case 'hourly':
      return { every: 'hours', hours: schedule.everyHours ?? 1 };
    case 'daily':
      return { every: 'day', atHour: schedule.atHour ?? 6 };
    case 'weekly':
      return { every: 'week', weekday: schedule.weekday ?? 1, atHour: schedule.atHour ?? 6 };
    default:
      return null;
  }
}

/** Scheduled runs a day on average. */
export function runsPerDay(schedule: Schedule): number {
  if (schedule.frequency === 'hourly') return 24 / (schedule.everyHours ?? 1);
  if (schedule.frequency === 'daily') return 1;
  if (schedule.frequency === 'weekly') return 1 / 7;
  return 0;
}

/**
 * When the next scheduled run is expected: an hourly trigger every N hours from its last run (or from when
 * it was set); a daily or weekly one at its hour in the spreadsheet's time zone. Google fires within the
 * hour, so this is the start of that hour.
 */
export function nextRunAt(
  schedule: Schedule,
  now: number,
  lastRunAt: number | undefined,
  setAt: number,
  timeZone: string,
  offset: ZoneOffset,
): number | undefined {
  if (schedule.frequency === 'off') return undefined;
  if (schedule.frequency === 'hourly') {
    const period = (schedule.everyHours ?? 1) * HOUR;
    let next = (lastRunAt ?? setAt) + period;
    while (next <= now) next += period;
    return next;
  }
  const offsetMs = offset(now, timeZone) * 60_000;
  const wall = new Date(now + offsetMs);
  for (let day = 0; day <= 7; day++) {
    const candidateWall = Date.UTC(
      wall.getUTCFullYear(),
      wall.getUTCMonth(),
      wall.getUTCDate() + day,
      schedule.atHour ?? 6,
    );
    const isoWeekday = ((new Date(candidateWall).getUTCDay() + 6) % 7) + 1;
    if (schedule.frequency === 'weekly' && isoWeekday !== (schedule.weekday ?? 1)) continue;
    const instant = candidateWall - offsetMs;
    if (instant > now) return instant;
  }
  return undefined;
}
