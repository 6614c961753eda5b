import "server-only";
// Due dates are a function of the holiday calendar (task-clock.ts), so a change to the calendar changes
// them: a day off added next week must push back every deadline that crosses it, and a day off removed
// must bring them forward. Called in the transaction that changes the calendar, after the change.
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshTaskClocks } from "@/lib/calendar/refresh-task-clocks";
import { UNDECIDED_TASK } from "@/lib/base/application-lock";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { endOfShanghaiDay } from "@/lib/calendar/working-days";

/** A transaction long enough to reschedule every open task of a busy portal (the default is 5 s). */
export const CALENDAR_EDIT_TX = { timeout: 60_000, maxWait: 10_000 } as const;

/**
 * Calendar edits run one at a time (a transaction-scoped advisory lock), so each edit reschedules over the
 * calendar the previous one left, and two admins adding the same date do not collide on its key.
 */
export async function lockCalendar(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('holiday-calendar'))`;
}

/**
 * Recomputes the clocks of the undecided dispatched tasks whose window contains the changed day — dispatched
 * by its end, and due on or after it or paused (a day outside the window moves no due date) — and returns
 * how many tasks' due dates moved. Only those tasks are locked, so decisions elsewhere go on.
 */
export async function rescheduleOpenTasks(tx: Prisma.TransactionClient, day: string): Promise<number> {
  const where = {
    status: { in: [...UNDECIDED_TASK] },
    dispatchedAt: { not: null, lte: endOfShanghaiDay(day) },
    OR: [{ statutoryDueAt: null }, { statutoryDueAt: { gte: new Date(`${day}T00:00:00+08:00`) } }],
  };
  const select = { id: true, applicationId: true, promisedDueAt: true, statutoryDueAt: true } as const;
  const before = await tx.approvalTask.findMany({ where, select });
  if (!before.length) return 0;
  const calendar = await loadCalendar(tx);
  // One query after the other: a transaction is one connection.
  for (const applicationId of new Set(before.map((t) => t.applicationId))) await refreshTaskClocks(tx, { applicationId, calendar });
  const after = new Map((await tx.approvalTask.findMany({ where: { id: { in: before.map((t) => t.id) } }, select })).map((t) => [t.id, t]));
  const time = (d: Date | null | undefined) => d?.getTime() ?? null;
  return before.filter((t) => {
    const now = after.get(t.id);
    return time(now?.promisedDueAt) !== time(t.promisedDueAt) || time(now?.statutoryDueAt) !== time(t.statutoryDueAt);
  }).length;
}
