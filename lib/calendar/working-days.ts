// Working-day arithmetic over the holiday calendar (节假日 and 调休 make-up days as data, never code).
// A day is a working day when the calendar says WORKDAY, or when it is Monday–Friday and not a HOLIDAY.
// Pure: the caller loads the calendar rows. Days are Asia/Shanghai calendar days ("YYYY-MM-DD").
import { shanghaiDay } from "./dates";

export type CalendarDays = ReadonlyMap<string, "HOLIDAY" | "WORKDAY">;

/** The calendar day after `day` ("YYYY-MM-DD"). */
export const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function isWorkingDay(day: string, calendar: CalendarDays): boolean {
  const kind = calendar.get(day);
  if (kind) return kind === "WORKDAY";
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The last day of a limit of `days` working days counted from `start`: the day of `start` itself does not
 * count (《行政许可法》 limits run "自受理之日起"; the first working day after acceptance is day 1).
 * 0 days = the same day (即办件).
 */
export function addWorkingDays(start: Date, days: number, calendar: CalendarDays): string {
  let day = shanghaiDay(start);
  for (let left = days; left > 0; ) {
    day = dayAfter(day);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/** The end of a Shanghai calendar day as an instant (23:59:59.999 +08:00): a due date is due until then. */
export function endOfShanghaiDay(day: string): Date {
  return new Date(Date.parse(`${day}T23:59:59.999+08:00`));
}
