import "server-only";
// 撤回申请: the applicant withdraws a submitted application before any department has decided
// (《行政许可法》: an applicant may withdraw an application before the decision; 晋中方案 三(三) 全程网上可查 —
// the departments are told at once). In ONE transaction: the application row is locked (clock.ts: the one
// lock order, the same lock every decision takes), re-read and changed only from the status and version
// the applicant saw (a transition guard), every undecided task's clock is stopped and the task closed
// (WITHDRAWN), every 容缺 material still awaited is closed, the window and the departments are notified,
// and the step is audited. A withdrawal racing a decision has exactly one winner: whichever takes the
// application lock first; the other finds the changed state and is refused.
// A filing already completed at submission (备案, done on the spot) stays filed.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError, parseInput } from "@/lib/errors";
import type { ApplicationStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { refreshTaskClocks } from "@/lib/calendar/refresh-task-clocks";
import { lockApplicationRow, UNDECIDED_TASK } from "@/lib/base/application-lock";

// Kept here rather than in schemas.ts (another engineer's file today); move when convenient.
export const ZWithdrawApplication = z.object({
  applicationId: z.string().trim().min(1, "申请不存在").max(64),
  expectedVersion: z.coerce.number().int().min(0),
  reason: z.string().trim().max(500, "撤回原因不超过500字").default(""),
});

/** Statuses a withdrawal starts from: submitted and no decision yet (a returned one, also while being revised). */
const WITHDRAWABLE: readonly ApplicationStatus[] = ["SUBMITTED", "RETURNED", "ACCEPTED", "DRAFT"];
const DECIDED_TASK: readonly TaskStatus[] = ["APPROVED", "REJECTED"];

export type ApplicantAction = "delete" | "withdraw";

/**
 * What the applicant may do with their application (the pages ask this which buttons to show; the domain
 * functions check the same rule again inside their transaction):
 * - a draft never submitted can be deleted;
 * - a submitted application (waiting at the window, returned, being revised after a return, or accepted)
 *   can be withdrawn while no department has decided any of its matters.
 */
export function applicantActions(app: { status: ApplicationStatus; submittedAt: Date | null; tasks: readonly { status: TaskStatus }[] }): ApplicantAction[] {
  if (app.status === "DRAFT" && !app.submittedAt) return ["delete"];
  if (!WITHDRAWABLE.includes(app.status)) return [];
  if (app.tasks.some((t) => DECIDED_TASK.includes(t.status))) return [];
  return ["withdraw"];
}

const refusal = (app: { status: ApplicationStatus; submittedAt: Date | null; tasks: readonly { status: TaskStatus }[] }) => {
  if (app.status === "WITHDRAWN") return "该申请已撤回";
  if (app.status === "DRAFT" && !app.submittedAt) return "草稿尚未提交，无需撤回，可直接删除";
  if (app.status === "DECIDED" || app.status === "ISSUED" || app.tasks.some((t) => DECIDED_TASK.includes(t.status)))
    return "审批部门已作出决定，不能再撤回申请";
  return "申请当前状态不能撤回，请刷新页面查看最新状态";
};

export async function withdrawApplication(opts: {
  actor: SessionUser;
  now: Date;
  input: unknown;
}): Promise<{ status: "WITHDRAWN"; closedTasks: number; closedPending: number }> {
  const { actor, now } = opts;
  assertCan(actor.role, "application.submit");
  const input = parseInput(ZWithdrawApplication, opts.input);

  return getDb().$transaction(async (tx) => {
    // Own applications only; anyone else's does not exist for this applicant (no lock taken on it).
    const owned = await tx.application.findFirst({ where: { id: input.applicationId, applicantId: actor.id }, select: { id: true } });
    if (!owned) throw new AppError("NOT_FOUND", "申请不存在");
    await lockApplicationRow(tx, owned.id);
    const app = await tx.application.findUniqueOrThrow({
      where: { id: owned.id },
      select: {
        id: true,
        status: true,
        version: true,
        submittedAt: true,
        tasks: { select: { id: true, status: true, version: true, dispatchedAt: true, departmentId: true } },
        pending: { where: { status: "OPEN" }, select: { id: true } },
        items: { select: { matter: { select: { name: true } } } },
      },
    });
    if (!applicantActions(app).includes("withdraw")) throw new AppError("CONFLICT", refusal(app));
    if (app.version !== input.expectedVersion) throw new AppError("CONFLICT", "申请状态已变化，请刷新页面查看最新状态后再决定是否撤回");

    const open = app.tasks.filter((t) => (UNDECIDED_TASK as readonly string[]).includes(t.status));
    // The clocks stop now: the due dates left on each task are the ones it was running against.
    await refreshTaskClocks(tx, { applicationId: app.id, calendar: await loadCalendar(tx), stop: { taskIds: open.map((t) => t.id), at: now } });
    for (const t of open) {
      const closed = await tx.approvalTask.updateMany({
        where: { id: t.id, status: t.status, version: t.version },
        data: { status: "WITHDRAWN", version: { increment: 1 } },
      });
      if (closed.count !== 1) throw new AppError("CONFLICT", "审批部门刚刚办理了该申请，请刷新页面查看最新状态");
    }
    const pending = await tx.pendingMaterial.updateMany({ where: { applicationId: app.id, status: "OPEN" }, data: { status: "WITHDRAWN" } });
    const moved = await tx.application.updateMany({
      where: { id: app.id, status: app.status, version: app.version },
      data: { status: "WITHDRAWN", withdrawnAt: now, version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", "申请状态已变化，请刷新页面查看最新状态");

    // Who must know: the window while the application is at the window or was handled there, and each
    // department that received a task (its officers; the link opens the closed task).
    const dispatched = open.filter((t) => t.dispatchedAt !== null);
    const officers = await tx.user.findMany({
      where: {
        OR: [
          { role: "WINDOW_OFFICER" },
          ...(dispatched.length ? [{ role: "DEPT_OFFICER" as const, departmentId: { in: dispatched.map((t) => t.departmentId) } }] : []),
        ],
      },
      select: { id: true, role: true, departmentId: true },
    });
    const matters = app.items.map((i) => `“${i.matter.name}”`).join("、");
    const because = input.reason ? `撤回原因：${input.reason}` : "申请人未说明原因。";
    await tx.notification.createMany({
      data: officers.map((o) => {
        const task = o.role === "DEPT_OFFICER" ? dispatched.find((t) => t.departmentId === o.departmentId) : undefined;
        return task
          ? {
              userId: o.id,
              title: "申请人已撤回申请",
              body: `涉及${matters}的申请已由申请人撤回，贵部门的审批任务已关闭，承诺时限停止计算。${because}`,
              link: `/dept/tasks/${task.id}`,
              createdAt: now,
            }
          : {
              userId: o.id,
              title: "申请人已撤回申请",
              body: `涉及${matters}的申请已由申请人撤回，无需再受理或出件。${because}`,
              link: `/desk/applications/${app.id}`,
              createdAt: now,
            };
      }),
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.withdraw",
      entityType: "Application",
      entityId: app.id,
      before: { status: app.status, version: app.version },
      after: { status: "WITHDRAWN", version: app.version + 1, reason: input.reason || null, closedTasks: open.map((t) => t.id), closedPending: pending.count },
      at: now,
    });
    return { status: "WITHDRAWN" as const, closedTasks: open.length, closedPending: pending.count };
  });
}
