import "server-only";
// The deadline sweep (限时办结), run by the protected cron route every few minutes; running it twice
// changes nothing the second time. It
// - ends the 容缺 acceptance of a material not supplemented by its deadline (珠海方案 二(二)3: 允许企业在
//   规定时限内补充提交 — and no longer): the matters that needed it are not approved, their departments'
//   tasks end when nothing else is left to decide, and the applicant and the departments are told;
// - reminds the department once when a task's promised limit ends within a working day, and once more,
//   with the department head, when it has passed (overdue).
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit";
import type { NoticeKey } from "@/lib/notifications/notice-text";
import { notify } from "@/lib/notifications/notify";
import { shanghaiDay } from "@/lib/calendar/dates";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { refreshTaskClocks } from "@/lib/calendar/refresh-task-clocks";
import { lockApplicationRow, UNDECIDED_TASK } from "@/lib/base/application-lock";
import { settleApplication } from "./settle-application";
import { dueSoonLimit } from "./task-timing";

export interface SweepResult {
  pendingOverdue: number;
  dueSoon: number;
  overdue: number;
}

export async function sweepDeadlines({ now }: { now: Date }): Promise<SweepResult> {
  const db = getDb();
  const overdueApps = await db.pendingMaterial.findMany({ where: overduePending(now), distinct: ["applicationId"], select: { applicationId: true } });
  let pendingOverdue = 0;
  for (const { applicationId } of overdueApps) {
    // One application's trouble (a conflict with an officer acting on it) must not stop the rest of the sweep.
    try {
      pendingOverdue += await endPendingAcceptance(applicationId, now);
    } catch (e) {
      console.error(`[sweep] application ${applicationId}: will retry on the next run`, e);
    }
  }

  const calendar = await loadCalendar(db);
  const soonLimit = dueSoonLimit(now, calendar);
  const undecided = { status: { in: [...UNDECIDED_TASK] }, dispatchedAt: { not: null } } satisfies Prisma.ApprovalTaskWhereInput;
  const dueSoon = await remind({
    where: { ...undecided, promisedDueAt: { gte: now, lte: soonLimit }, dueSoonNotifiedAt: null },
    mark: { dueSoonNotifiedAt: now },
    now,
    heads: false,
  });
  const overdue = await remind({
    where: { ...undecided, promisedDueAt: { lt: now }, overdueNotifiedAt: null },
    mark: { overdueNotifiedAt: now },
    now,
    heads: true,
  });
  return { pendingOverdue, dueSoon, overdue };
}

/**
 * 容缺 rows past their deadline, of accepted applications only: before acceptance the deadline is the
 * applicant's draft choice, and the window sets the real one when it accepts.
 */
const overduePending = (now: Date) => ({
  status: "OPEN" as const,
  deadline: { lt: now },
  application: { status: { in: ["ACCEPTED" as const, "DECIDED" as const] } },
});

/** One application's overdue pending materials, in one transaction. Returns how many rows it ended. */
async function endPendingAcceptance(applicationId: string, now: Date): Promise<number> {
  return getDb().$transaction(async (tx) => {
    await lockApplicationRow(tx, applicationId);
    const rows = await tx.pendingMaterial.findMany({
      where: { applicationId, ...overduePending(now) },
      include: { requirement: { select: { name: true, matterId: true } }, application: { select: { applicantId: true, enterpriseId: true } } },
    });
    if (!rows.length) return 0;
    await tx.pendingMaterial.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: "OVERDUE" } });
    const names = [...new Set(rows.map((r) => `“${r.requirement.name}”`))].join("、");
    const reason = `容缺材料${names}逾期未补交，容缺受理终止`;
    const items = await tx.applicationItem.findMany({
      where: { applicationId, matterId: { in: rows.map((r) => r.requirement.matterId) }, status: { in: ["IN_REVIEW", "APPROVED"] } },
      select: { id: true, taskId: true, matter: { select: { name: true } } },
    });
    await tx.applicationItem.updateMany({
      where: { id: { in: items.map((i) => i.id) } },
      data: { status: "REJECTED", decidedAt: now, decisionReason: reason },
    });
    // A task whose every matter has ended has nothing left to decide.
    const taskIds = [...new Set(items.map((i) => i.taskId).filter((id): id is string => id !== null))];
    const ended: string[] = [];
    for (const taskId of taskIds) {
      const left = await tx.applicationItem.count({ where: { taskId, status: { notIn: ["REJECTED"] } } });
      if (!left) ended.push(taskId);
    }
    // The ended tasks' clocks stop now (their last due dates stay on the row); the others run again.
    await refreshTaskClocks(tx, { applicationId, calendar: await loadCalendar(tx), stop: { taskIds: ended, at: now } });
    for (const taskId of ended) {
      await tx.approvalTask.updateMany({
        where: { id: taskId, status: { in: [...UNDECIDED_TASK] } },
        data: { status: "REJECTED", decidedAt: now, decisionReason: reason, version: { increment: 1 } },
      });
    }
    const { applicantId, enterpriseId } = rows[0]!.application;
    const departments = await tx.approvalTask.findMany({ where: { id: { in: taskIds } }, select: { id: true, departmentId: true } });
    const matters = items.map((i) => `“${i.matter.name}”`).join("、");
    await notify(tx, {
      to: { users: [applicantId] },
      ...(matters
        ? { key: "domain.approvals.notices.pendingEnded", params: { names, matters } }
        : { key: "domain.approvals.notices.pendingEndedNoMatters", params: { names } }),
      link: `/my/applications/${applicationId}`,
      now,
    });
    // Each department's officers, to its own task (the first, should a department have two).
    const told = new Set<string>();
    for (const d of departments) {
      if (told.has(d.departmentId)) continue;
      told.add(d.departmentId);
      await notify(tx, {
        to: { departments: [d.departmentId] },
        ...(matters
          ? { key: "domain.approvals.notices.pendingOverdue", params: { names, matters } }
          : { key: "domain.approvals.notices.pendingOverdueNoMatters", params: { names } }),
        link: `/dept/tasks/${d.id}`,
        now,
      });
    }
    if (enterpriseId) {
      // 金山方案 二(一)3: 失信违法行为记入企业信用记录 — a missed supplement is recorded (minor), and pushed.
      await tx.creditRecord.create({
        data: { enterpriseId, type: "OVERDUE_SUPPLEMENT", severity: "MINOR", source: "一照通行 容缺受理", description: reason, occurredAt: now },
      });
      await tx.outboxMessage.create({
        data: {
          topic: "credit.record",
          target: "credit-platform",
          payload: { enterpriseId, type: "OVERDUE_SUPPLEMENT", description: reason },
          nextAttemptAt: now,
          createdAt: now,
        },
      });
    }
    await writeAudit(tx, {
      actorId: null,
      action: "pending.overdue",
      entityType: "Application",
      entityId: applicationId,
      after: { materials: rows.map((r) => r.requirement.name), items: items.length },
      at: now,
    });
    await settleApplication(tx, { applicationId, now });
    return rows.length;
  });
}

/** Claims the tasks one by one (only the sweep that marks a task sends its reminder) and tells their officers. */
async function remind(opts: {
  where: Prisma.ApprovalTaskWhereInput;
  mark: Prisma.ApprovalTaskUpdateManyMutationInput;
  now: Date;
  heads: boolean;
}): Promise<number> {
  const db = getDb();
  const candidates = await db.approvalTask.findMany({
    where: opts.where,
    select: { id: true, departmentId: true, assigneeId: true, promisedDueAt: true, statutoryDueAt: true },
    take: 500,
  });
  if (!candidates.length) return 0;
  const officers = await db.user.findMany({
    where: { role: "DEPT_OFFICER", departmentId: { in: candidates.map((t) => t.departmentId) } },
    select: { id: true, departmentId: true, isDepartmentHead: true },
  });
  let sent = 0;
  for (const t of candidates) {
    const inDepartment = officers.filter((o) => o.departmentId === t.departmentId);
    // The officer who last acted on it (even a head), else everyone in the department; heads too when overdue.
    const assignee = inDepartment.filter((o) => o.id === t.assigneeId);
    const staff = assignee.length ? assignee : inDepartment.filter((o) => !o.isDepartmentHead);
    const heads = opts.heads ? inDepartment.filter((o) => o.isDepartmentHead) : [];
    const recipients = [...new Set([...staff, ...heads].map((o) => o.id))];
    const due = shanghaiDay(t.promisedDueAt!);
    const statutory = t.statutoryDueAt ? shanghaiDay(t.statutoryDueAt) : null;
    const message: { key: NoticeKey; params: Record<string, string> } = statutory
      ? { key: opts.heads ? "domain.approvals.notices.taskOverdueStatutory" : "domain.approvals.notices.taskDueSoonStatutory", params: { due, statutory } }
      : { key: opts.heads ? "domain.approvals.notices.taskOverdue" : "domain.approvals.notices.taskDueSoon", params: { due } };
    sent += await db.$transaction(async (tx) => {
      const claimed = await tx.approvalTask.updateMany({ where: { ...opts.where, id: t.id }, data: opts.mark });
      if (claimed.count !== 1) return 0; // decided, moved or reminded meanwhile
      await notify(tx, { to: { users: recipients }, ...message, link: `/dept/tasks/${t.id}`, now: opts.now });
      return 1;
    });
  }
  return sent;
}
