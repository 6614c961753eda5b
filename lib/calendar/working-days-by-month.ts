// How many working days each month of a year has over the holiday calendar: the administrator's check that
// a year's schedule was entered right (e.g. 2026-10 has 18 with 国庆 and the make-up Saturday 10-10).
import { dayAfter, isWorkingDay, type CalendarDays } from "./working-days";

/** Working days of January … December of `year`. */
export function workingDaysByMonth(year: number, calendar: CalendarDays): number[] {
  const months = Array<number>(12).fill(0);
  for (let d = `${year}-01-01`; d.startsWith(`${year}-`); d = dayAfter(d)) if (isWorkingDay(d, calendar)) months[Number(d.slice(5, 7)) - 1]! += 1;
  return months;
}
