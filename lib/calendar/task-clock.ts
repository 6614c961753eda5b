// The statutory clock of one approval task (限时办结), as a pure function of the holiday calendar.
// A limit of N working days runs from dispatch (一键分办); the day of dispatch does not count and 0 days
// (即办件) means the same working day. Time the applicant holds the file — a correction request (补正) or
// a pending-material window (容缺) — does not count: every working day inside a pause moves the due date
// by one. While a pause is open nothing is due (the due date is unknown until the applicant answers),
// unless the limit had already passed when the pause began: a late task stays late while it waits.
// The clock stops at the decision (or a withdrawal): a pause still open then ends at that moment, so a
// task decided while it waited for a 容缺 material or a 补正 answer is judged against its promised limit
// moved by the working days it waited (珠海方案 二(二)3 容缺受理: the missing material is the applicant's
// time, not the department's). The desks' overdue flags and the on-time rate both read the due dates
// this function gives (lib/approvals/clock.ts writes them), so they agree on what "late" means.
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

/** Ends every still-open pause at `at` (the clock stops there: a decision or a withdrawal). */
export function closePausesAt(pauses: readonly Pause[], at: Date): Pause[] {
  return pauses.map((p) => (p.to ? p : { from: p.from, to: p.from > at ? p.from : at }));
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

export function taskClock(opts: { start: Date; days: number; pauses: readonly Pause[]; calendar: CalendarDays; stoppedAt?: Date | null }): TaskClock {
  const { start, days, calendar } = opts;
  const pauses = opts.stoppedAt ? closePausesAt(opts.pauses, opts.stoppedAt) : opts.pauses;
  const open = pauses.filter((p) => !p.to).map((p) => p.from.getTime());
  const pausedDays = pausedWorkingDays(pauses, calendar);
  const total = days + pausedDays;
  const dueDay = total === 0 ? firstWorkingDayFrom(shanghaiDay(start), calendar) : addWorkingDays(start, total, calendar);
  if (!open.length) return { dueDay, pausedDays, pausedSince: null };
  const pausedSince = new Date(Math.min(...open));
  // Paused after the (closed-pause) due date had passed: already late, and waiting does not undo that.
  return { dueDay: shanghaiDay(pausedSince) > dueDay ? dueDay : null, pausedDays, pausedSince };
}

/** A decision is on time when it falls on or before the due day (Asia/Shanghai): the rule of the on-time rate. */
export function isDecidedOnTime(decidedAt: Date, dueDay: string | null): boolean {
  return dueDay !== null && shanghaiDay(decidedAt) <= dueDay;
}

/** Working days from `from` to `to` (Asia/Shanghai): working days d with from-day < d ≤ to-day. Same day = 0. */
export function workingDaysBetween(from: Date, to: Date, calendar: CalendarDays): number {
  return pausedWorkingDays([{ from, to }], calendar);
}
