// The statutory clock of one approval task (限时办结), as a pure function of the holiday calendar.
// A limit of N working days runs from dispatch (一键分办); the day of dispatch does not count and 0 days
// (即办件) means the same working day. Time the applicant holds the file — a correction request (补正) or
// a pending-material window (容缺) — does not count: every working day inside a pause moves the due date
// by one. While a pause is open nothing is due (the due date is unknown until the applicant answers).
import { shanghaiDay } from "./dates";
import { addWorkingDays, dayAfter, isWorkingDay, type CalendarDays } from "./working-days";

export interface Pause {
  from: Date;
  /** null: still open. */
  to: Date | null;
}

export interface TaskClock {
  /** Last day (Asia/Shanghai, "YYYY-MM-DD") the decision is due; null while paused. */
  dueDay: string | null;
  /** Distinct working days inside closed pauses: a pause answered the day it began costs nothing. */
  pausedDays: number;
  /** Start of the earliest open pause, or null when the clock runs. */
  pausedSince: Date | null;
}

/** Working days d with from-day < d ≤ to-day, over all closed pauses, each day counted once. */
export function pausedWorkingDays(pauses: readonly Pause[], calendar: CalendarDays): number {
  const days = new Set<string>();
  for (const p of pauses) {
    if (!p.to) continue;
    const last = shanghaiDay(p.to);
    for (let d = dayAfter(shanghaiDay(p.from)); d <= last; d = dayAfter(d)) if (isWorkingDay(d, calendar)) days.add(d);
  }
  return days.size;
}

/** The first working day on or after `day`. */
export function firstWorkingDayFrom(day: string, calendar: CalendarDays): string {
  let d = day;
  while (!isWorkingDay(d, calendar)) d = dayAfter(d);
  return d;
}

export function taskClock(opts: { start: Date; days: number; pauses: readonly Pause[]; calendar: CalendarDays }): TaskClock {
  const { start, days, pauses, calendar } = opts;
  const open = pauses.filter((p) => !p.to).map((p) => p.from.getTime());
  const pausedDays = pausedWorkingDays(pauses, calendar);
  if (open.length) return { dueDay: null, pausedDays, pausedSince: new Date(Math.min(...open)) };
  const total = days + pausedDays;
  const dueDay = total === 0 ? firstWorkingDayFrom(shanghaiDay(start), calendar) : addWorkingDays(start, total, calendar);
  return { dueDay, pausedDays, pausedSince: null };
}

/** Working days from `from` to `to` (Asia/Shanghai): working days d with from-day < d ≤ to-day. Same day = 0. */
export function workingDaysBetween(from: Date, to: Date, calendar: CalendarDays): number {
  return pausedWorkingDays([{ from, to }], calendar);
}
