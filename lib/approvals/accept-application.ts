import "server-only";
// 前台综合受理 + 一键分办 (金山方案 三(二)4: 前台综合受理、后台分类办理、统一窗口出件; 珠海方案 二(二)3: 企业提交
// 申请后，业务受理系统按事权将申请材料分发至相关审批部门，联审联办、限时办结). The window checks every provided
// document; when all are complete — or, for non-key ones, to be supplemented later (容缺, 珠海方案 二(二)3:
// 允许企业在规定时限内补充提交) — it accepts, and every department's task is dispatched at once, its clock
// starting now. Problems are not accepted: they go into the one return notice (return-application.ts).
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { addWorkingDays, endOfShanghaiDay } from "@/lib/calendar/working-days";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { creditRestriction } from "@/lib/supervision/credit-restriction";
import { documentIssues } from "@/lib/applications/resolve-documents";

const INCOMPLETE = "domain.approvals.errors.accept.incomplete";
import { recordEvent } from "@/lib/applications/record-event";
import { statusesFor } from "@/lib/applications/status-rules";
import { formAndDocuments, lockApplication } from "./application-detail";
import { refreshTaskClocks } from "@/lib/calendar/refresh-task-clocks";
import { settleApplication } from "./settle-application";
import type { TAcceptApplication } from "./schemas";
import { taskLimits } from "./task-limits";
import { isoDay } from "@/lib/calendar/dates";

export async function acceptApplication(opts: { actor: SessionUser; now: Date; input: TAcceptApplication }): Promise<{ dispatched: number; pending: number }> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "application.accept");
  const db = getDb();

  return db.$transaction(async (tx) => {
    const app = await lockApplication(tx, { id: input.applicationId, status: statusesFor("ACCEPT"), expectedVersion: input.expectedVersion });
    const { documents } = await formAndDocuments(tx, app, now);
    const verdicts = new Map((input.documents ?? []).map((d) => [d.documentKey, d.verdict]));
    for (const key of verdicts.keys()) {
      if (!documents.some((d) => d.documentKey === key)) throw new AppError("BAD_INPUT", "domain.approvals.errors.accept.foreignDocument");
    }
    const calendar = await loadCalendar(tx);
    const deadline = endOfShanghaiDay(addWorkingDays(now, input.pendingDays, calendar));

    // 容缺: what the applicant promised for later, plus what the window decides may follow later — both
    // checked again now (the catalog or the enterprise's credit may have changed since submission).
    const pendingDocs = documents.filter((d) => d.pendingDeadline !== null && !d.uploadedFileName);
    const toPending = documents.filter((d) => verdicts.get(d.documentKey) === "pending" && !pendingDocs.includes(d));
    const later = [...pendingDocs, ...toPending];
    if (later.length) {
      const notAllowed = later.filter((d) => !d.mayBePending);
      if (notAllowed.length)
        throw new AppError("BAD_INPUT", "domain.approvals.errors.accept.notPendable", { names: notAllowed.map((d) => `“${d.name}”`).join("、") });
      const credit = await creditRestriction({ db: tx, enterpriseId: app.enterpriseId, now });
      if (credit.restricted) throw new AppError("BAD_INPUT", "domain.approvals.errors.accept.creditRestricted", credit.reason ?? {});
    }
    // Nothing missing may be accepted: what is neither provided nor to follow goes into a return notice.
    // Each problem a key of its own (shown joined after the refusal, in the reader's locale).
    const missing = documentIssues(documents.filter((d) => !later.includes(d)));
    if (missing.length)
      throw new AppError(
        "BAD_INPUT",
        INCOMPLETE,
        {},
        {
          issues: [INCOMPLETE, ...missing].map((p) =>
            typeof p === "string" ? { path: "", key: p, params: {} } : { path: "", key: p.key, params: p.params ?? {} },
          ),
        },
      );
    // A 容缺 choice from the draft whose document no longer needs providing (now waived by a commitment,
    // held by government, verified online, or uploaded) is not awaited: it must not pause a clock or block 出件.
    const awaited = later.flatMap((d) => d.requirementIds);
    await tx.pendingMaterial.deleteMany({ where: { applicationId: app.id, requirementId: { notIn: awaited } } });
    for (const d of later) {
      for (const requirementId of d.requirementIds) {
        await tx.pendingMaterial.upsert({
          where: { applicationId_requirementId: { applicationId: app.id, requirementId } },
          create: { applicationId: app.id, requirementId, deadline },
          update: { deadline, status: "OPEN" },
        });
      }
    }

    // 一键分办: every task at once, each with its own limits.
    for (const task of app.tasks) {
      const items = app.items.filter((i) => i.taskId === task.id);
      await tx.approvalTask.update({ where: { id: task.id }, data: { dispatchedAt: now, status: "PENDING", ...taskLimits(items) } });
      await tx.applicationItem.updateMany({ where: { id: { in: items.map((i) => i.id) } }, data: { status: "IN_REVIEW" } });
      await tx.outboxMessage.create({
        data: {
          topic: "dispatch.department",
          target: task.department.code,
          payload: {
            applicationId: app.id,
            taskId: task.id,
            department: task.department.name,
            matters: items.map((i) => i.matter.code),
            dispatchedAt: now.toISOString(),
          },
          nextAttemptAt: now,
          createdAt: now,
        },
      });
    }
    const pendingNames = later.map((d) => `“${d.name}”`);
    // The table says where 受理 leads (status-rules.ts) and the history row is written; the update is still
    // conditional on the status read under the lock (the race guard).
    const to = await recordEvent(tx, {
      applicationId: app.id,
      type: "ACCEPT",
      from: app.status,
      actorId: actor.id,
      at: now,
      detail: { dispatched: app.tasks.length, pending: pendingNames.length },
    });
    const moved = await tx.application.updateMany({
      where: { id: app.id, status: app.status },
      data: { status: to, acceptedAt: now, version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", "domain.approvals.errors.view.staleApplication");
    await refreshTaskClocks(tx, { applicationId: app.id, calendar });

    await notify(tx, {
      to: { users: [app.applicantId] },
      ...(pendingNames.length
        ? {
            key: "domain.approvals.notices.acceptedWithPending",
            params: { count: app.tasks.length, deadline: isoDay(deadline), names: pendingNames.join("、") },
          }
        : { key: "domain.approvals.notices.accepted", params: { count: app.tasks.length } }),
      link: `/my/applications/${app.id}`,
      now,
    });
    // Each department's officers, to their own task.
    for (const task of app.tasks) {
      await notify(tx, { to: { departments: [task.departmentId] }, key: "domain.approvals.notices.newTask", link: `/dept/tasks/${task.id}`, now });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.accept",
      entityType: "Application",
      entityId: app.id,
      before: { status: app.status },
      after: {
        status: to,
        dispatched: app.tasks.map((t) => t.department.code),
        pending: pendingNames,
        pendingDeadline: pendingNames.length ? deadline.toISOString() : null,
      },
      at: now,
    });
    // Filing- and cancel-only applications have nothing to dispatch: ready to issue at once.
    await settleApplication(tx, { applicationId: app.id, now });
    return { dispatched: app.tasks.length, pending: pendingNames.length };
  });
}
