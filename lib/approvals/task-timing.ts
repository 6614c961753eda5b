// A dispatched task's clock as both desks show it and the deadline sweep reminds of it (限时办结): the
// promised limit is the one the department answers for. One rule for "paused", "overdue" and "due soon",
// so the window, the department and the reminders never disagree about the same task.
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { addWorkingDays, endOfShanghaiDay, type CalendarDays } from "@/lib/calendar/working-days";
import { UNDECIDED_TASK } from "@/lib/base/application-lock";

export interface TaskTiming {
  /** Undecided with no promised due date: a correction or a 容缺 material is awaited. */
  paused: boolean;
  /** The promised due date ends within the next working day (the sweep's reminder rule). */
  dueSoon: boolean;
  /** The promised due date has passed. */
  overdue: boolean;
}

export const isUndecided = (status: TaskStatus) => (UNDECIDED_TASK as readonly string[]).includes(status);

/** The end of the next working day: a promised due date up to then is "due soon" (sweep-deadlines.ts reminds of it once). */
export function dueSoonLimit(now: Date, calendar: CalendarDays): Date {
  return endOfShanghaiDay(addWorkingDays(now, 1, calendar));
}

/**
 * Where an undecided task's clock stands. A task not yet dispatched has no clock (nothing paused or late);
 * a decided one's clock is over. `soonLimit` null: the caller does not flag tasks due soon (the window).
 */
export function taskTiming(task: { status: TaskStatus; dispatchedAt: Date | null; promisedDueAt: Date | null }, now: Date, soonLimit: Date | null): TaskTiming {
  const running = isUndecided(task.status) && task.dispatchedAt !== null;
  const due = task.promisedDueAt;
  return {
    paused: running && due === null,
    overdue: running && due !== null && due < now,
    dueSoon: running && due !== null && soonLimit !== null && due >= now && due <= soonLimit,
  };
}
