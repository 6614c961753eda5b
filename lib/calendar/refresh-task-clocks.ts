import "server-only";
// Keeps each dispatched task's due dates true to its pauses (task-clock.ts): called in the same
// transaction as anything that opens or closes a pause (correction asked or answered, pending material
// supplemented or overdue), at dispatch, and just before a task leaves the undecided states (decision,
// 容缺 ended by the sweep, withdrawal): `stop` ends that task's open pauses at that moment, so its last
// due dates stay on the row and the on-time rate reads them (task-clock.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import { endOfShanghaiDay } from "@/lib/calendar/working-days";
import { taskClock, type Pause } from "@/lib/calendar/task-clock";
import type { CalendarDays } from "@/lib/calendar/working-days";
import { UNDECIDED_TASK, lockApplicationRow } from "@/lib/base/application-lock";

export interface ClockStop {
  /** Tasks whose clock stops now (they are about to be decided or closed). */
  taskIds: readonly string[];
  at: Date;
}

export async function refreshTaskClocks(
  tx: Prisma.TransactionClient,
  opts: { applicationId: string; calendar: CalendarDays; stop?: ClockStop },
): Promise<void> {
  await lockApplicationRow(tx, opts.applicationId);
  // One query after the other: a transaction is one connection.
  const tasks = await tx.approvalTask.findMany({
    where: { applicationId: opts.applicationId, dispatchedAt: { not: null }, status: { in: [...UNDECIDED_TASK] } },
    include: { corrections: { select: { requestedAt: true, answeredAt: true } }, items: { select: { matterId: true } } },
  });
  const pending = await tx.pendingMaterial.findMany({
    where: { applicationId: opts.applicationId },
    select: { status: true, deadline: true, supplementedAt: true, requirement: { select: { matterId: true } } },
  });
  for (const task of tasks) {
    const start = task.dispatchedAt!;
    const matters = new Set(task.items.map((i) => i.matterId));
    // 容缺: the department's limit does not run while a material one of its matters needs is missing.
    // An overdue material ends that window at its deadline (the sweep ends the 容缺 acceptance then).
    const pauses: Pause[] = [
      ...task.corrections.map((c) => ({ from: c.requestedAt, to: c.answeredAt })),
      ...pending
        .filter((p) => matters.has(p.requirement.matterId))
        .map((p) => ({ from: start, to: p.status === "OPEN" ? null : p.status === "OVERDUE" ? p.deadline : p.supplementedAt })),
    ];
    const stoppedAt = opts.stop?.taskIds.includes(task.id) ? opts.stop.at : null;
    const statutory = taskClock({ start, days: task.statutoryDays, pauses, calendar: opts.calendar, stoppedAt });
    const promised = taskClock({ start, days: task.promisedDays, pauses, calendar: opts.calendar, stoppedAt });
    const promisedDueAt = promised.dueDay ? endOfShanghaiDay(promised.dueDay) : null;
    // A due date that moved later (or stopped) earns its reminders again when it comes near.
    const later = !promisedDueAt || (task.promisedDueAt !== null && promisedDueAt > task.promisedDueAt);
    await tx.approvalTask.update({
      where: { id: task.id },
      data: {
        statutoryDueAt: statutory.dueDay ? endOfShanghaiDay(statutory.dueDay) : null,
        promisedDueAt,
        pausedDays: statutory.pausedDays,
        pausedSince: statutory.pausedSince,
        ...(later ? { dueSoonNotifiedAt: null, overdueNotifiedAt: null } : {}),
      },
    });
  }
}
