import "server-only";
// A department's steps on its own task (后台分类审批): approve, reject (with reason and basis), ask the
// applicant for a correction (补正: the clock stands still until the answer), or schedule an on-site check
// first. The transitions are a table; a step updates only the version the officer saw, so of two officers
// deciding one task exactly one wins and the other is told. Every step is audited with before and after.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { NoticeKey } from "@/lib/notifications/notice-text";
import { notify } from "@/lib/notifications/notify";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { refreshTaskClocks } from "@/lib/calendar/refresh-task-clocks";
import { lockApplicationRow } from "@/lib/base/application-lock";
import { settleApplication } from "./settle-application";
import type { TDecideTask } from "./schemas";

type Action = TDecideTask["action"];

export const TRANSITIONS: Readonly<Record<Action, { from: readonly TaskStatus[]; to: TaskStatus }>> = {
  approve: { from: ["PENDING", "IN_REVIEW", "ONSITE_CHECK"], to: "APPROVED" },
  reject: { from: ["PENDING", "IN_REVIEW", "ONSITE_CHECK"], to: "REJECTED" },
  correction: { from: ["PENDING", "IN_REVIEW", "ONSITE_CHECK"], to: "CORRECTION_REQUESTED" },
  onsite: { from: ["PENDING", "IN_REVIEW"], to: "ONSITE_CHECK" },
};

/** The status a step leads to, or null when the task's status does not allow it. */
export function nextTaskStatus(status: TaskStatus, action: Action): TaskStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}

export async function decideTask(opts: { actor: SessionUser; now: Date; input: TDecideTask }): Promise<{ status: TaskStatus; version: number }> {
  const { actor, now } = opts;
  assertCan(actor.role, "task.decide");
  if (!actor.departmentId) throw new AppError("FORBIDDEN", "domain.approvals.errors.task.noDepartment");
  const input = { ...opts.input, reason: opts.input.reason ?? "" };

  return getDb().$transaction(async (tx) => {
    // Own department's dispatched tasks only; anyone else's does not exist for this officer. The application
    // is locked first (clock.ts: the one lock order), so of the last two decisions one settles the application.
    const owner = await tx.approvalTask.findFirst({ where: { id: input.taskId, departmentId: actor.departmentId! }, select: { applicationId: true } });
    if (owner) await lockApplicationRow(tx, owner.applicationId);
    await tx.$queryRaw`SELECT id FROM "ApprovalTask" WHERE id = ${input.taskId} AND "departmentId" = ${actor.departmentId} FOR UPDATE`;
    const task = await tx.approvalTask.findFirst({
      where: { id: input.taskId, departmentId: actor.departmentId!, dispatchedAt: { not: null } },
      include: {
        items: { include: { matter: { select: { name: true } } } },
        department: { select: { name: true, code: true } },
        application: { select: { applicantId: true } },
      },
    });
    if (!task) throw new AppError("NOT_FOUND", "domain.approvals.errors.task.notFound");
    if (task.version !== input.expectedVersion) {
      throw new AppError("CONFLICT", `domain.approvals.errors.task.taken.${task.status}`);
    }
    const to = nextTaskStatus(task.status, input.action);
    if (!to) throw new AppError("CONFLICT", `domain.approvals.errors.task.notAllowed.${task.status}`);

    const decided = to === "APPROVED" || to === "REJECTED";
    // The clock stops at the decision: a 容缺 or 补正 pause still open ends now, so the due dates left on
    // the task are the ones the decision is measured against (on-time rate, task-clock.ts).
    if (decided) await refreshTaskClocks(tx, { applicationId: task.applicationId, calendar: await loadCalendar(tx), stop: { taskIds: [task.id], at: now } });
    const updated = await tx.approvalTask.updateMany({
      where: { id: task.id, version: input.expectedVersion },
      data: {
        status: to,
        version: { increment: 1 },
        assigneeId: actor.id,
        ...(decided ? { decidedAt: now, decisionReason: input.reason || null } : {}),
        ...(input.action === "onsite" ? { onsiteNote: input.reason || null } : {}),
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "domain.approvals.errors.task.takenNow");

    const matters = task.items.map((i) => `“${i.matter.name}”`).join("、");
    const department = task.department.name;
    let message: { key: NoticeKey; params: Record<string, string> };
    if (decided) {
      // Items the 容缺 sweep already ended stay ended.
      await tx.applicationItem.updateMany({
        where: { taskId: task.id, status: "IN_REVIEW" },
        data: { status: to, decidedAt: now, decisionReason: input.reason || null },
      });
      if (to === "REJECTED") {
        // A material promised for a matter that is now refused is no longer awaited (nor blocks 统一出件).
        await tx.pendingMaterial.deleteMany({
          where: { applicationId: task.applicationId, status: "OPEN", requirement: { matterId: { in: task.items.map((i) => i.matterId) } } },
        });
      }
      // 审管联动 (晋中方案 三(四)): the decision goes to the supervision side.
      await tx.outboxMessage.create({
        data: {
          topic: "decision.supervision",
          target: task.department.code,
          payload: { taskId: task.id, applicationId: task.applicationId, decision: to, decidedAt: now.toISOString() },
          nextAttemptAt: now,
          createdAt: now,
        },
      });
      message =
        to === "APPROVED"
          ? { key: "domain.approvals.notices.taskApproved", params: { department, matters } }
          : { key: "domain.approvals.notices.taskRejected", params: { department, matters, reason: input.reason } };
    } else if (input.action === "correction") {
      await tx.taskCorrection.create({ data: { taskId: task.id, requestedById: actor.id, requestedAt: now, request: input.reason } });
      await refreshTaskClocks(tx, { applicationId: task.applicationId, calendar: await loadCalendar(tx) });
      message = { key: "domain.approvals.notices.correctionRequested", params: { department, matters, reason: input.reason } };
    } else {
      message = input.reason
        ? { key: "domain.approvals.notices.onsiteWithNote", params: { department, matters, reason: input.reason } }
        : { key: "domain.approvals.notices.onsite", params: { department, matters } };
    }
    await notify(tx, { to: { users: [task.application.applicantId] }, ...message, link: `/my/applications/${task.applicationId}`, now });
    await writeAudit(tx, {
      actorId: actor.id,
      action: `task.${input.action}`,
      entityType: "ApprovalTask",
      entityId: task.id,
      before: { status: task.status, version: task.version },
      after: { status: to, version: task.version + 1, reason: input.reason || null },
      at: now,
    });
    if (decided) await settleApplication(tx, { applicationId: task.applicationId, now });
    return { status: to, version: task.version + 1 };
  });
}
