// Deleting a draft and withdrawing a submitted application before a decision (issue 15 §6): audited, the
// departments and the window told, clocks stopped, tasks and 容缺 materials closed, gone from the queues;
// refused once a department has decided; a withdrawal racing a decision has exactly one winner.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { startApplication } from "@/lib/applications/start-application";
import { deleteDraft } from "@/lib/applications/delete-draft";
import { applicantActions, withdrawApplication } from "@/lib/applications/withdraw-application";
import { decideTask } from "@/lib/approvals/decide-task";
import { listWindowQueue } from "@/lib/approvals/list-window-queue";
import { listDeptTasks } from "@/lib/approvals/list-dept-tasks";
import { getApplicationTracking } from "@/lib/approvals/get-application-tracking";
import { getApplicantHome } from "@/lib/applications/get-applicant-home";
import { makeEnterpriseWithApplicant, sessionUserOf } from "../factories";
import { zhError, zhNotice } from "../support/messages";

// Dispatched Monday 2026-11-23 10:00 (Shanghai); the applicant acts on Thursday 11-26.
const MON = new Date("2026-11-23T02:00:00Z");
const THU = new Date("2026-11-26T06:00:00Z");

/**
 * An accepted application of a fresh enterprise: tobacco (YCJ, clock running, due Monday 11-30) and liquor
 * (SCJG, waiting since dispatch for a 容缺 material, so paused with no due date).
 */
async function acceptedApplication(actor: SessionUser) {
  const db = getDb();
  const [ycj, scjg] = await Promise.all(["YCJ", "SCJG"].map((code) => db.department.findUniqueOrThrow({ where: { code } })));
  const [tobacco, liquor] = await Promise.all(["TOBACCO_RETAIL", "LIQUOR_RETAIL"].map((code) => db.matter.findUniqueOrThrow({ where: { code } })));
  const app = await db.application.create({
    data: { applicantId: actor.id, enterpriseId: actor.enterpriseId, status: "ACCEPTED", submittedAt: MON, acceptedAt: MON, version: 3 },
  });
  const running = await db.approvalTask.create({
    data: {
      applicationId: app.id,
      departmentId: ycj!.id,
      status: "IN_REVIEW",
      dispatchedAt: MON,
      promisedDays: 5,
      statutoryDays: 20,
      promisedDueAt: new Date("2026-11-30T15:59:59.999Z"),
      statutoryDueAt: new Date("2026-12-21T15:59:59.999Z"),
    },
  });
  const paused = await db.approvalTask.create({
    data: { applicationId: app.id, departmentId: scjg!.id, status: "IN_REVIEW", dispatchedAt: MON, promisedDays: 5, statutoryDays: 20, pausedSince: MON },
  });
  await db.applicationItem.create({ data: { applicationId: app.id, matterId: tobacco!.id, taskId: running.id, status: "IN_REVIEW" } });
  await db.applicationItem.create({ data: { applicationId: app.id, matterId: liquor!.id, taskId: paused.id, status: "IN_REVIEW" } });
  const requirement = await db.materialRequirement.findFirstOrThrow({ where: { matterId: liquor!.id } });
  await db.pendingMaterial.create({ data: { applicationId: app.id, requirementId: requirement.id, deadline: new Date("2026-12-07T15:59:59.999Z") } });
  return { id: app.id, version: 3, running, paused };
}

const window = () => sessionUserOf("window");

describe("deleting a draft", () => {
  it("deletes the applicant's own unsubmitted draft with its items, audited; a new start is then free", async () => {
    const db = getDb();
    const { actor } = await makeEnterpriseWithApplicant("删除草稿");
    const { id } = await startApplication({ actor, now: MON, input: { matterCodes: ["LIQUOR_RETAIL"], clientKey: randomUUID() } });
    const home = await getApplicantHome({ actor });
    expect(home.recent.find((r) => r.id === id)?.actions).toEqual(["delete"]);

    // Someone else's draft does not exist for this applicant.
    await expect(deleteDraft({ actor: (await makeEnterpriseWithApplicant("别人")).actor, now: THU, input: { applicationId: id } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.application.count({ where: { id } })).toBe(1);

    expect(await deleteDraft({ actor, now: THU, input: { applicationId: id } })).toEqual({ deleted: true });
    expect(await db.application.count({ where: { id } })).toBe(0);
    expect(await db.applicationItem.count({ where: { applicationId: id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "application.deleteDraft" } });
    expect(audit).toMatchObject({ actorId: actor.id, at: THU, before: expect.objectContaining({ status: "DRAFT", matters: ["LIQUOR_RETAIL"] }) });
    // Deleting it twice: it is gone.
    await expect(deleteDraft({ actor, now: THU, input: { applicationId: id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The same matter may be started again (no pending duplicate left).
    expect((await startApplication({ actor, now: THU, input: { matterCodes: ["LIQUOR_RETAIL"], clientKey: randomUUID() } })).created).toBe(true);
  });

  it("refuses to delete a submitted application, or a returned one being revised (it is withdrawn instead)", async () => {
    const db = getDb();
    const { actor } = await makeEnterpriseWithApplicant("不能删除");
    const submitted = await db.application.create({ data: { applicantId: actor.id, enterpriseId: actor.enterpriseId, status: "SUBMITTED", submittedAt: MON } });
    const refused = await deleteDraft({ actor, now: THU, input: { applicationId: submitted.id } }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "CONFLICT" });
    expect(zhError(refused)).toContain("撤回");
    const revising = await db.application.create({
      data: { applicantId: actor.id, enterpriseId: actor.enterpriseId, status: "DRAFT", submittedAt: MON, returnedAt: MON, returnCount: 1 },
    });
    await expect(deleteDraft({ actor, now: THU, input: { applicationId: revising.id } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.application.count({ where: { id: { in: [submitted.id, revising.id] } } })).toBe(2);
    expect(applicantActions({ status: "DRAFT", submittedAt: MON, tasks: [] })).toEqual(["withdraw"]);
  });
});

describe("withdrawing a submitted application", () => {
  it("before a decision: tasks closed with their clocks stopped, 容缺 closed, departments and window told, audited, off the queues", async () => {
    const db = getDb();
    const { actor } = await makeEnterpriseWithApplicant("撤回");
    const app = await acceptedApplication(actor);
    const win = await window();
    const ycjOfficer = await sessionUserOf("dept-ycj");
    expect((await listWindowQueue({ actor: win, now: THU })).inApproval.map((r) => r.id)).toContain(app.id);
    expect((await listDeptTasks({ actor: ycjOfficer, now: THU })).open.map((t) => t.id)).toContain(app.running.id);
    expect((await getApplicationTracking({ actor, now: THU, applicationId: app.id })).actions).toEqual(["withdraw"]);

    // Another applicant cannot; a stale page (old version) is told to look again; nothing changes.
    await expect(
      withdrawApplication({
        actor: (await makeEnterpriseWithApplicant("旁人")).actor,
        now: THU,
        input: { applicationId: app.id, expectedVersion: app.version },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withdrawApplication({ actor, now: THU, input: { applicationId: app.id, expectedVersion: app.version - 1 } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("ACCEPTED");

    const r = await withdrawApplication({ actor, now: THU, input: { applicationId: app.id, expectedVersion: app.version, reason: "经营计划调整" } });
    expect(r).toEqual({ status: "WITHDRAWN", closedTasks: 2, closedPending: 1 });

    const after = await db.application.findUniqueOrThrow({ where: { id: app.id }, include: { tasks: true, pending: true } });
    expect(after).toMatchObject({ status: "WITHDRAWN", withdrawnAt: THU, version: app.version + 1 });
    expect(after.tasks.map((t) => t.status)).toEqual(["WITHDRAWN", "WITHDRAWN"]);
    expect(after.pending.map((p) => p.status)).toEqual(["WITHDRAWN"]);
    // Clocks stopped at the withdrawal: the running one keeps its due date; the paused one ends its pause
    // (11-24 … 11-26 = 3 working days waited) and carries its due date moved by them: 5 + 3 days from Monday.
    const running = after.tasks.find((t) => t.id === app.running.id)!;
    const paused = after.tasks.find((t) => t.id === app.paused.id)!;
    expect(running.promisedDueAt).toEqual(new Date("2026-11-30T15:59:59.999Z"));
    expect(paused).toMatchObject({ pausedSince: null, pausedDays: 3, promisedDueAt: new Date("2026-12-03T15:59:59.999Z") });

    // Told: each department's officers (to their closed task) and the window.
    const notes = (await db.notification.findMany({ where: { createdAt: THU }, include: { user: true } })).filter((n) => {
      const text = zhNotice(n);
      return text.title === "申请人已撤回申请" && text.body.includes("经营计划调整");
    });
    expect(notes.filter((n) => n.user.username === "dept-ycj").map((n) => n.link)).toEqual([`/dept/tasks/${app.running.id}`]);
    expect(notes.filter((n) => n.user.username === "dept-scjg").map((n) => n.link)).toEqual([`/dept/tasks/${app.paused.id}`]);
    expect(notes.filter((n) => n.user.username === "window").map((n) => n.link)).toEqual([`/desk/applications/${app.id}`]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: app.id, action: "application.withdraw" } });
    expect(audit).toMatchObject({
      actorId: actor.id,
      before: { status: "ACCEPTED", version: app.version },
      after: expect.objectContaining({ status: "WITHDRAWN", reason: "经营计划调整", closedPending: 1 }),
    });

    // Off the window's queue and the department's open list; the department cannot decide it any more.
    const queue = await listWindowQueue({ actor: win, now: THU });
    expect([...queue.waiting, ...queue.inApproval, ...queue.readyToIssue].map((r) => r.id)).not.toContain(app.id);
    expect((await listDeptTasks({ actor: ycjOfficer, now: THU })).open.map((t) => t.id)).not.toContain(app.running.id);
    await expect(
      decideTask({ actor: ycjOfficer, now: THU, input: { taskId: app.running.id, expectedVersion: running.version, action: "approve" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    // The applicant's tracking page says so; withdrawing again is refused.
    const tracking = await getApplicationTracking({ actor, now: THU, applicationId: app.id });
    expect(tracking).toMatchObject({ status: "WITHDRAWN", actions: [] });
    expect(tracking.timeline.at(-1)).toMatchObject({ kind: "withdrawn", at: THU });
    const again = await withdrawApplication({ actor, now: THU, input: { applicationId: app.id, expectedVersion: app.version + 1 } }).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: "CONFLICT" });
    expect(zhError(again)).toBe("该申请已撤回");
  });

  it("a submitted application still waiting at the window leaves the window's queue", async () => {
    const { actor } = await makeEnterpriseWithApplicant("待受理撤回");
    const app = await getDb().application.create({ data: { applicantId: actor.id, enterpriseId: actor.enterpriseId, status: "SUBMITTED", submittedAt: MON } });
    const win = await window();
    expect((await listWindowQueue({ actor: win, now: THU })).waiting.map((r) => r.id)).toContain(app.id);
    await withdrawApplication({ actor, now: THU, input: { applicationId: app.id, expectedVersion: 0 } });
    expect((await listWindowQueue({ actor: win, now: THU })).waiting.map((r) => r.id)).not.toContain(app.id);
  });

  it("is refused once a department has decided, and after the whole decision; nothing changes", async () => {
    const db = getDb();
    const { actor } = await makeEnterpriseWithApplicant("已决定");
    const app = await acceptedApplication(actor);
    await decideTask({ actor: await sessionUserOf("dept-ycj"), now: THU, input: { taskId: app.running.id, expectedVersion: 0, action: "approve" } });
    expect((await getApplicationTracking({ actor, now: THU, applicationId: app.id })).actions).toEqual([]);
    const refused = await withdrawApplication({ actor, now: THU, input: { applicationId: app.id, expectedVersion: app.version } }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "CONFLICT" });
    expect(zhError(refused)).toBe("审批部门已作出决定，不能再撤回申请");
    const after = await db.application.findUniqueOrThrow({ where: { id: app.id }, include: { tasks: true, pending: true } });
    expect(after.status).toBe("ACCEPTED");
    expect(after.tasks.find((t) => t.id === app.paused.id)!.status).toBe("IN_REVIEW");
    expect(after.pending.map((p) => p.status)).toEqual(["OPEN"]);
    expect(await db.auditLog.count({ where: { entityId: app.id, action: "application.withdraw" } })).toBe(0);

    for (const status of ["DECIDED", "ISSUED"] as const) {
      const done = await db.application.create({ data: { applicantId: actor.id, enterpriseId: actor.enterpriseId, status, submittedAt: MON } });
      await expect(withdrawApplication({ actor, now: THU, input: { applicationId: done.id, expectedVersion: 0 } })).rejects.toMatchObject({ code: "CONFLICT" });
    }
  });

  it("racing the department's decision: exactly one wins, every time", async () => {
    const db = getDb();
    const officer = await sessionUserOf("dept-ycj");
    const winners: string[] = [];
    for (let round = 0; round < 4; round++) {
      const { actor } = await makeEnterpriseWithApplicant(`竞争${round}`);
      const app = await acceptedApplication(actor);
      const [withdrawal, decision] = await Promise.allSettled([
        withdrawApplication({ actor, now: THU, input: { applicationId: app.id, expectedVersion: app.version } }),
        decideTask({ actor: officer, now: THU, input: { taskId: app.running.id, expectedVersion: 0, action: "approve" } }),
      ]);
      expect([withdrawal.status, decision.status].filter((s) => s === "fulfilled")).toHaveLength(1);
      const loser = withdrawal.status === "rejected" ? withdrawal : (decision as PromiseRejectedResult);
      expect(loser.reason).toMatchObject({ code: "CONFLICT" });
      const after = await db.application.findUniqueOrThrow({ where: { id: app.id }, include: { tasks: true } });
      const task = after.tasks.find((t) => t.id === app.running.id)!;
      if (withdrawal.status === "fulfilled") {
        winners.push("withdraw");
        expect(after.status).toBe("WITHDRAWN");
        expect(task.status).toBe("WITHDRAWN");
        expect(task.decidedAt).toBeNull();
      } else {
        winners.push("decide");
        expect(after.status).toBe("ACCEPTED");
        expect(task.status).toBe("APPROVED");
        expect(after.tasks.find((t) => t.id === app.paused.id)!.status).toBe("IN_REVIEW");
      }
    }
    console.info(`withdraw/decide race winners: ${winners.join(", ")}`);
  });
});
