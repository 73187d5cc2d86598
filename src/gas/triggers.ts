// ScriptApp's time-driven triggers as the core's TriggerPort: only this user's, only this spreadsheet's.
import type { TriggerPort, TriggerRecurrence, ZoneOffset } from '../core/ports';

/** The entry point the scheduled refresh trigger calls (CONTRACT §2). */
export const SCHEDULED_HANDLER = 'onScheduledRefresh';
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

/**
 * Triggers found with `getUserTriggers(spreadsheet)` (never getProjectTriggers: that would reach the user's
 * triggers in other spreadsheets).
 */
export class SpreadsheetTriggers implements TriggerPort {
  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  private mine(): GoogleAppsScript.Script.Trigger[] {
    return ScriptApp.getUserTriggers(this.spreadsheet).filter(
      trigger =>
        trigger.getHandlerFunction() === SCHEDULED_HANDLER &&
        trigger.getEventType() === ScriptApp.EventType.CLOCK,
    );
  }

  list(): { id: string }[] {
    return this.mine().map(trigger => ({ id: trigger.getUniqueId() }));
  }

  create(recurrence: TriggerRecurrence, timeZone: string): string {
    const builder = ScriptApp.newTrigger(SCHEDULED_HANDLER).timeBased();
    if (recurrence.every === 'hours') return builder.everyHours(recurrence.hours).create().getUniqueId();
    if (recurrence.every === 'day')
      return builder.everyDays(1).atHour(recurrence.atHour).inTimezone(timeZone).create().getUniqueId();
    const weekday = ScriptApp.WeekDay[WEEKDAYS[recurrence.weekday - 1]];
    return builder.onWeekDay(weekday).atHour(recurrence.atHour).inTimezone(timeZone).create().getUniqueId();
  }

  delete(id: string): void {
    for (const trigger of this.mine()) if (trigger.getUniqueId() === id) ScriptApp.deleteTrigger(trigger);
  }
}

/** A zone's UTC offset in minutes at an instant, from Utilities.formatDate's `Z` (e.g. `+0200`). */
export const appsScriptZoneOffset: ZoneOffset = (instantMs, timeZone) => {
  const text = Utilities.formatDate(new Date(instantMs), timeZone, 'Z');
  const match = /^([+-])(\d{2})(\d{2})$/.exec(text);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
};
