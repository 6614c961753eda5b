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
import { AppError } from "@/lib/errors";
import { msg, type MessageKey } from "@/lib/i18n/core";
import { notify } from "@/lib/notifications/notify";
import type { ApplicationStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { refreshTaskClocks } from "@/lib/calendar/refresh-task-clocks";
import { lockApplicationRow, UNDECIDED_TASK } from "@/lib/base/application-lock";
import { availableActions, isAllowed } from "./status-rules";
import { recordEvent } from "./record-event";

const E = "domain.applications.errors.withdraw";
const stale = msg(`${E}.stale`);
export const ZWithdrawApplication = z.object({
  applicationId: z
    .string({ error: msg("domain.applications.errors.notFound") })
    .trim()
    .min(1, msg("domain.applications.errors.notFound"))
    .max(64, msg("domain.applications.errors.notFound")),
  expectedVersion: z.coerce.number({ error: stale }).int(stale).min(0, stale),
  reason: z
    .string()
    .trim()
    .max(500, msg(`${E}.reasonTooLong`))
    .default(""),
});
/** What the action parsed; a caller that is not the action may leave the reason out. */
export type TWithdrawApplication = Omit<z.output<typeof ZWithdrawApplication>, "reason"> & { reason?: string };

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
  // The state table's rule (status-rules.ts isAllowed: DELETE only if never submitted, WITHDRAW while no department decided).
  return availableActions(app.status, "APPLICANT", app).filter((a): a is ApplicantAction => a === "delete" || a === "withdraw");
}

const refusal = (app: { status: ApplicationStatus; submittedAt: Date | null; tasks: readonly { status: TaskStatus }[] }): MessageKey => {
  if (app.status === "WITHDRAWN") return `${E}.already`;
  if (app.status === "DRAFT" && !app.submittedAt) return `${E}.neverSubmitted`;
  if (app.status === "DECIDED" || app.status === "ISSUED" || app.tasks.some((t) => DECIDED_TASK.includes(t.status))) return `${E}.decided`;
  return `${E}.notWithdrawable`;
};

export async function withdrawApplication(opts: {
  actor: SessionUser;
  now: Date;
  input: TWithdrawApplication;
}): Promise<{ status: "WITHDRAWN"; closedTasks: number; closedPending: number }> {
  const { actor, now } = opts;
  assertCan(actor.role, "application.submit");
  const input = { ...opts.input, reason: opts.input.reason ?? "" };

  return getDb().$transaction(async (tx) => {
    // Own applications only; anyone else's does not exist for this applicant (no lock taken on it).
    const owned = await tx.application.findFirst({ where: { id: input.applicationId, applicantId: actor.id }, select: { id: true } });
    if (!owned) throw new AppError("NOT_FOUND", "domain.applications.errors.notFound");
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
    if (!isAllowed(app.status, "WITHDRAW", app)) throw new AppError("CONFLICT", refusal(app));
    if (app.version !== input.expectedVersion) throw new AppError("CONFLICT", `${E}.versionChanged`);

    const open = app.tasks.filter((t) => (UNDECIDED_TASK as readonly string[]).includes(t.status));
    // The clocks stop now: the due dates left on each task are the ones it was running against.
    await refreshTaskClocks(tx, { applicationId: app.id, calendar: await loadCalendar(tx), stop: { taskIds: open.map((t) => t.id), at: now } });
    for (const t of open) {
      const closed = await tx.approvalTask.updateMany({
        where: { id: t.id, status: t.status, version: t.version },
        data: { status: "WITHDRAWN", version: { increment: 1 } },
      });
      if (closed.count !== 1) throw new AppError("CONFLICT", `${E}.taskChanged`);
    }
    const pending = await tx.pendingMaterial.updateMany({ where: { applicationId: app.id, status: "OPEN" }, data: { status: "WITHDRAWN" } });
    // The target from the table, with the history row; the update stays conditional on the status read.
    const to = await recordEvent(tx, {
      applicationId: app.id,
      type: "WITHDRAW",
      from: app.status,
      actorId: actor.id,
      at: now,
      ...(input.reason ? { detail: { reason: input.reason } } : {}),
    });
    const moved = await tx.application.updateMany({
      where: { id: app.id, status: app.status, version: app.version },
      data: { status: to, withdrawnAt: now, version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", `${E}.statusChanged`);

    // Who must know: the window while the application is at the window or was handled there, and each
    // department that received a task (its officers; the link opens the closed task).
    // One task per department: each department's officers are told once, with the link to their task.
    const dispatched = open.filter((t) => t.dispatchedAt !== null);
    const params = { matters: app.items.map((i) => i.matter.name).join("、"), ...(input.reason ? { reason: input.reason } : {}) };
    const N = input.reason ? "domain.applications.notices.withdrawn" : "domain.applications.notices.withdrawnNoReason";
    await notify(tx, { to: { role: "WINDOW_OFFICER" }, key: `${N}.window`, params, link: `/desk/applications/${app.id}`, now });
    for (const t of dispatched) await notify(tx, { to: { departments: [t.departmentId] }, key: `${N}.department`, params, link: `/dept/tasks/${t.id}`, now });
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
