// The approval stage on the real database, S1 from submission to 统一出件: the window accepts with the
// founder's two 容缺 materials, every department's task is dispatched at once, three departments approve in
// parallel, issuance waits for the supplements, then the business licence (new USCC), permits and filing
// receipt are issued together. Also: one decision wins of two, a return notice needs reasons, a department
// cannot touch another's task, and the sweep ends an overdue 容缺 acceptance.
import { zhError, zhNotice } from "../support/messages";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { acceptApplication } from "@/lib/approvals/accept-application";
import { returnApplication } from "@/lib/approvals/return-application";
import { reviseReturned } from "@/lib/approvals/revise-returned";
import { decideTask } from "@/lib/approvals/decide-task";
import { supplementPending } from "@/lib/approvals/supplement-pending";
import { issueResults } from "@/lib/approvals/issue-results";
import { sweepDeadlines } from "@/lib/approvals/sweep-deadlines";
import { answerCorrection } from "@/lib/approvals/answer-correction";
import { readMaterial } from "@/lib/approvals/read-material";
import { ZDecideTask } from "@/lib/approvals/schemas";
import { parseInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { submitApplication } from "@/lib/applications/submit-application";
import { isValidUscc } from "@/lib/ids/uscc";
import { checkSignature } from "@/lib/licences/signature";
import { publishedKeys } from "@/lib/licences/signing-key";
import { sessionUserOf } from "../factories";
import { PDF, makeFounder, submitS1 } from "../factories/s1";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "onelicence-approvals-"));

// Monday 2026-11-23, 10:00 in Shanghai, and later moments.
const MON = new Date("2026-11-23T02:00:00Z");
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour - 8).padStart(2, "0")}:00:00Z`);

let window: SessionUser;
const officers: Record<string, SessionUser> = {};
beforeAll(async () => {
  window = await sessionUserOf("window");
  for (const code of ["scjg", "ycj", "whly", "lhsr"]) officers[code] = await sessionUserOf(`dept-${code}`);
});

const db = () => getDb();
const appOf = (id: string) =>
  db().application.findUniqueOrThrow({
    where: { id },
    include: { tasks: { include: { department: true } }, items: { include: { matter: true } }, pending: true },
  });

/** The inbox messages a filter finds whose title, as a Chinese reader sees it, passes `title`. */
async function noticesTitled(where: Prisma.NotificationWhereInput, title: (t: string) => boolean) {
  return (await db().notification.findMany({ where })).map(zhNotice).filter((n) => title(n.title));
}
const countTitled = async (where: Prisma.NotificationWhereInput, title: string | readonly string[]) =>
  (await noticesTitled(where, (t) => (typeof title === "string" ? t === title : title.includes(t)))).length;

const founders = new Map<string, SessionUser>();
/** The founder who submitted the application (makeFounder creates one per test). */
function applicantOf(applicationId: string): SessionUser {
  return founders.get(applicationId)!;
}

async function acceptS1(founder: SessionUser, when = at("2026-11-23", 11)) {
  const id = await submitS1(founder, MON);
  founders.set(id, founder);
  const app = await appOf(id);
  const r = await acceptApplication({ actor: window, now: when, input: { applicationId: id, expectedVersion: app.version, pendingDays: 10 } });
  return { id, r };
}

describe("S1 from the window to 统一出件", () => {
  it("accepts with pending materials, dispatches all three departments at once, issues everything together", async () => {
    const founder = await makeFounder();
    const { id, r } = await acceptS1(founder);
    expect(r).toEqual({ dispatched: 3, pending: 2 });

    let app = await appOf(id);
    expect(app.status).toBe("ACCEPTED");
    expect(app.tasks.map((t) => t.department.code).sort()).toEqual(["SCJG", "WHLY", "YCJ"]);
    expect(app.tasks.every((t) => t.dispatchedAt?.getTime() === at("2026-11-23", 11).getTime())).toBe(true);
    // The pending deadline counts from acceptance: 10 working days → Monday 12-07.
    expect(app.pending.every((p) => p.status === "OPEN" && p.deadline.toISOString() === "2026-12-07T15:59:59.999Z")).toBe(true);
    // The filing needed nothing from a department; the sign filing has its receipt already.
    expect(app.items.find((i) => i.matter.code === "OUTDOOR_SIGN_FILING")?.status).toBe("FILED");
    // A department whose matters wait for a 容缺 material has its clock paused; the others run.
    const waiting = new Set(app.pending.map((p) => p.requirementId));
    const requirements = await db().materialRequirement.findMany({
      where: { id: { in: [...waiting] } },
      select: { matter: { select: { departmentId: true } } },
    });
    const pausedDepartments = new Set(requirements.map((r) => r.matter.departmentId));
    for (const t of app.tasks) {
      if (pausedDepartments.has(t.departmentId)) expect(t.promisedDueAt, t.department.code).toBeNull();
      else expect(t.promisedDueAt, t.department.code).not.toBeNull();
    }
    // Publications: promised 5 working days from Monday 11:00 → Monday 11-30.
    const whly = app.tasks.find((t) => t.department.code === "WHLY")!;
    if (!pausedDepartments.has(whly.departmentId)) expect(whly.promisedDueAt?.toISOString()).toBe("2026-11-30T15:59:59.999Z");
    expect(await db().outboxMessage.count({ where: { topic: "dispatch.department", payload: { path: ["applicationId"], equals: id } } })).toBe(3);

    // Three departments approve in parallel.
    for (const code of ["scjg", "ycj", "whly"]) {
      const task = app.tasks.find((t) => t.department.code === code.toUpperCase())!;
      await decideTask({ actor: officers[code]!, now: at("2026-11-24"), input: { taskId: task.id, expectedVersion: task.version, action: "approve" } });
    }
    app = await appOf(id);
    expect(app.status).toBe("DECIDED");

    // Issuance waits for the two promised materials.
    await expect(issueResults({ actor: window, now: at("2026-11-24", 15), input: { applicationId: id, expectedVersion: app.version } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    for (const key of ["premises.photos", "premises.locationMap"]) {
      await supplementPending({
        actor: founder,
        now: at("2026-11-25"),
        input: { applicationId: id, documentKey: key },
        file: { name: `${key}.pdf`, type: "application/pdf", bytes: PDF },
      });
    }
    app = await appOf(id);
    expect(app.pending.every((p) => p.status === "SUPPLEMENTED")).toBe(true);

    const issued = await issueResults({ actor: window, now: at("2026-11-25", 15), input: { applicationId: id, expectedVersion: app.version } });
    expect(issued.rejected).toEqual([]);
    // Every matter gets its result: the licence for the registration, a receipt per filing, a permit for the rest.
    const kinds = app.items.map((i) => (i.matter.kind === "REGISTRATION" ? "BUSINESS" : i.matter.reformMode === "FILING" ? "FILING_RECEIPT" : "PERMIT"));
    expect(issued.issued.map((i) => i.kind).sort()).toEqual(kinds.sort());
    expect(isValidUscc(issued.uscc!)).toBe(true);
    expect(issued.uscc!.startsWith("91310116")).toBe(true);
    // Submitted Monday, issued Wednesday: 2 working days (Σ and max statutory days are far more).
    expect(issued.workingDaysTaken).toBe(2);

    const done = await db().application.findUniqueOrThrow({ where: { id }, include: { enterprise: true, items: true } });
    expect(done).toMatchObject({ status: "ISSUED", workingDaysTaken: 2 });
    expect(done.enterprise).toMatchObject({
      uscc: issued.uscc,
      name: "上海金山晨光便利店有限公司",
      legalRepName: "陈晨",
      address: "上海市金山区朱泾镇新农路88号",
    });
    expect(await db().user.findUniqueOrThrow({ where: { id: founder.id } })).toMatchObject({ enterpriseId: done.enterpriseId });
    expect(await db().licence.count({ where: { enterpriseId: done.enterpriseId! } })).toBe(app.items.length);
    expect(done.items.filter((i) => i.status === "ISSUED")).toHaveLength(kinds.filter((k) => k !== "FILING_RECEIPT").length);

    // Every result is an e-licence signed under the published key (电子证照).
    const keys = await publishedKeys(db());
    for (const l of await db().licence.findMany({ where: { enterpriseId: done.enterpriseId! } })) {
      expect(checkSignature({ payload: l.payload, signature: l.signature!, keyId: l.keyId! }, keys), l.number).toBe("valid");
      expect(l.payload).toMatchObject({ number: l.number, holderName: "上海金山晨光便利店有限公司", uscc: issued.uscc });
    }

    // Issuing twice issues nothing more.
    await expect(issueResults({ actor: window, now: at("2026-11-25", 16), input: { applicationId: id, expectedVersion: app.version } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db().licence.count({ where: { enterpriseId: done.enterpriseId! } })).toBe(app.items.length);
  });

  it("a rejected permit is explained, the approved ones are still issued", async () => {
    const founder = await makeFounder();
    const { id } = await acceptS1(founder);
    let app = await appOf(id);
    for (const p of app.pending)
      await db().pendingMaterial.update({ where: { id: p.id }, data: { status: "SUPPLEMENTED", supplementedAt: at("2026-11-23", 12) } });
    for (const t of app.tasks) {
      const code = t.department.code.toLowerCase();
      const action = code === "whly" ? "reject" : "approve";
      await decideTask({
        actor: officers[code]!,
        now: at("2026-11-24"),
        input: {
          taskId: t.id,
          expectedVersion: t.version,
          action,
          reason: action === "reject" ? "经营场所与出版物零售场所要求不符（《出版管理条例》第三十五条）" : "",
        },
      });
    }
    app = await appOf(id);
    const issued = await issueResults({ actor: window, now: at("2026-11-24", 15), input: { applicationId: id, expectedVersion: app.version } });
    expect(issued.rejected).toEqual([{ matter: expect.stringContaining("出版物"), reason: expect.stringContaining("出版管理条例") }]);
    expect(issued.issued).toHaveLength(app.items.length - 1);
    const [note] = await noticesTitled({ userId: founder.id }, (t) => t === "结果已统一出件");
    expect(note?.body).toContain("出版管理条例");
  });
});

describe("deciding a task", () => {
  it("two officers deciding one task at once: exactly one wins, the other is told; one audit row", async () => {
    const { id } = await acceptS1(await makeFounder());
    const task = (await appOf(id)).tasks.find((t) => t.department.code === "WHLY")!;
    const other = { ...officers.whly!, id: (await sessionUserOf("dept-whly")).id };
    const results = await Promise.allSettled([
      decideTask({ actor: officers.whly!, now: at("2026-11-24"), input: { taskId: task.id, expectedVersion: task.version, action: "approve" } }),
      decideTask({ actor: other, now: at("2026-11-24"), input: { taskId: task.id, expectedVersion: task.version, action: "reject", reason: "不符合条件" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: "CONFLICT" });
    expect(zhError(failed.reason)).toContain("已由其他人员处理");
    expect(await db().auditLog.count({ where: { entityType: "ApprovalTask", entityId: task.id } })).toBe(1);
    const after = await db().approvalTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(after.version).toBe(task.version + 1);
  });

  it("another department's task does not exist for the officer, and nothing changes", async () => {
    const { id } = await acceptS1(await makeFounder());
    const task = (await appOf(id)).tasks.find((t) => t.department.code === "WHLY")!;
    await expect(
      decideTask({ actor: officers.lhsr!, now: at("2026-11-24"), input: { taskId: task.id, expectedVersion: task.version, action: "approve" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().approvalTask.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: "PENDING", version: task.version });
  });

  it("a rejection without a reason is refused and writes nothing", async () => {
    const { id } = await acceptS1(await makeFounder());
    const task = (await appOf(id)).tasks.find((t) => t.department.code === "YCJ")!;
    // Parsed as the action parses it (lib/actions/define-action.ts), then the domain.
    await expect(
      (async () =>
        decideTask({
          actor: officers.ycj!,
          now: at("2026-11-24"),
          input: parseInput(ZDecideTask, { taskId: task.id, expectedVersion: task.version, action: "reject", reason: "  " }),
        }))(),
    ).rejects.toSatisfy((e) => (e as { code?: string }).code === "BAD_INPUT" && zhError(e).includes("理由"));
    expect(await db().approvalTask.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: "PENDING", version: task.version });
  });
});

describe("returning an application (退件)", () => {
  it("refuses a notice without reasons; returns with every problem in one notice; the applicant revises and submits again", async () => {
    const founder = await makeFounder();
    const id = await submitS1(founder, MON);
    const before = await appOf(id);
    await expect(
      returnApplication({ actor: window, now: at("2026-11-23", 11), input: { applicationId: id, expectedVersion: before.version, problems: [] } }),
    ).rejects.toSatisfy((e) => (e as { code?: string }).code === "BAD_INPUT" && zhError(e).includes("必须写明全部问题"));
    expect((await appOf(id)).status).toBe("SUBMITTED");

    const filed = before.items.find((i) => i.matter.code === "OUTDOOR_SIGN_FILING")!;
    await returnApplication({
      actor: window,
      now: at("2026-11-23", 11),
      input: {
        applicationId: id,
        expectedVersion: before.version,
        problems: [{ documentKey: "premises.lease", problem: "租赁合同缺少出租方签章页" }, { problem: "经营场所地址门牌号与租赁合同不一致" }],
      },
    });
    let app = await db().application.findUniqueOrThrow({ where: { id }, include: { tasks: true } });
    expect(app).toMatchObject({ status: "RETURNED", returnCount: 1 });
    expect(app.tasks).toEqual([]);
    expect(app.returnProblems).toEqual([
      { documentKey: "premises.lease", name: "住所使用证明", problem: "租赁合同缺少出租方签章页" },
      { documentKey: null, name: null, problem: "经营场所地址门牌号与租赁合同不一致" },
    ]);
    const [notice] = await noticesTitled({ userId: founder.id }, (t) => t.includes("退回"));
    expect(notice?.body).toContain("租赁合同缺少出租方签章页");
    expect(notice?.body).toContain("门牌号");

    await reviseReturned({ actor: founder, now: at("2026-11-23", 14), input: { applicationId: id, expectedVersion: app.version } });
    app = await db().application.findUniqueOrThrow({ where: { id }, include: { tasks: true } });
    expect(app.status).toBe("DRAFT");
    await db().material.update({
      where: { applicationId_documentKey: { applicationId: id, documentKey: "premises.lease" } },
      data: { fileName: "租赁合同（含签章页）.pdf" },
    });
    const again = await submitApplication({ actor: founder, now: at("2026-11-23", 15), input: { applicationId: id, expectedVersion: app.version } });
    expect(again).toMatchObject({ ok: true, alreadySubmitted: false });
    const resubmitted = await appOf(id);
    expect(resubmitted.status).toBe("SUBMITTED");
    expect(resubmitted.tasks).toHaveLength(3);
    // The filing receipt of the first submission stands.
    expect(resubmitted.items.find((i) => i.id === filed.id)?.receiptNumber).toBe(filed.receiptNumber);
  });
});

describe("the deadline sweep", () => {
  it("an overdue 容缺 material ends the acceptance of the matters needing it, once", async () => {
    const founder = await makeFounder();
    const { id } = await acceptS1(founder);
    const app = await appOf(id);
    const requirementIds = app.pending.map((p) => p.requirementId);
    const needing = await db().materialRequirement.findMany({ where: { id: { in: requirementIds } }, select: { matterId: true } });

    const first = await sweepDeadlines({ now: at("2026-12-08") });
    expect(first.pendingOverdue).toBeGreaterThanOrEqual(2);
    const after = await appOf(id);
    expect(after.pending.every((p) => p.status === "OVERDUE")).toBe(true);
    for (const item of after.items.filter((i) => needing.some((n) => n.matterId === i.matterId))) {
      expect(item.status).toBe("REJECTED");
      expect(item.decisionReason).toContain("逾期未补交");
    }
    const told = await countTitled({ userId: founder.id }, "容缺受理已终止");
    expect(told).toBe(1);
    await sweepDeadlines({ now: at("2026-12-08", 11) });
    expect(await countTitled({ userId: founder.id }, "容缺受理已终止")).toBe(1);
  });

  it("reminds once when a task is due within a working day, and escalates to the department head once when overdue", async () => {
    const { id } = await acceptS1(await makeFounder());
    // SCJG's matters need no pending material: its clock runs.
    const scjg = (await appOf(id)).tasks.find((t) => t.department.code === "SCJG")!;
    expect(scjg.promisedDueAt).not.toBeNull();
    const dueDay = scjg.promisedDueAt!.toISOString().slice(0, 10);
    const head = await sessionUserOf("head-scjg");
    const reminders = (userId: string) => countTitled({ userId, link: `/dept/tasks/${scjg.id}` }, ["审批任务即将到期", "审批任务已超过承诺时限"]);

    await sweepDeadlines({ now: at(dueDay, 9) });
    expect(await reminders(officers.scjg!.id)).toBe(1);
    expect(await reminders(head.id)).toBe(0);
    await sweepDeadlines({ now: at(dueDay, 10) });
    expect(await reminders(officers.scjg!.id)).toBe(1);

    const late = new Date(scjg.promisedDueAt!.getTime() + 10 * 3600_000);
    await sweepDeadlines({ now: late });
    await sweepDeadlines({ now: new Date(late.getTime() + 3600_000) });
    expect(await reminders(officers.scjg!.id)).toBe(2);
    expect(await reminders(head.id)).toBe(1);
    expect(await db().approvalTask.findUniqueOrThrow({ where: { id: scjg.id } })).toMatchObject({ dueSoonNotifiedAt: at(dueDay, 9), overdueNotifiedAt: late });
  });
});

describe("the approval stage under pressure", () => {
  it("the last two departments deciding at the same moment settle the application exactly once", async () => {
    for (let round = 0; round < 3; round++) {
      const { id } = await acceptS1(await makeFounder());
      const tasks = (await appOf(id)).tasks;
      const task = (code: string) => tasks.find((t) => t.department.code === code)!;
      await decideTask({
        actor: officers.scjg!,
        now: at("2026-11-24"),
        input: { taskId: task("SCJG").id, expectedVersion: task("SCJG").version, action: "approve" },
      });
      await Promise.all(
        ["ycj", "whly"].map((code) =>
          decideTask({
            actor: officers[code]!,
            now: at("2026-11-24"),
            input: { taskId: task(code.toUpperCase()).id, expectedVersion: task(code.toUpperCase()).version, action: "approve" },
          }),
        ),
      );
      const app = await db().application.findUniqueOrThrow({ where: { id } });
      expect(app.status, `round ${round}`).toBe("DECIDED");
      expect(await countTitled({ link: `/desk/applications/${id}`, userId: window.id }, "申请待统一出件")).toBe(1);
    }
  });

  it("the sweep leaves 容缺 choices of applications not yet accepted alone", async () => {
    const founder = await makeFounder();
    const id = await submitS1(founder, MON);
    // The draft's 容缺 deadline (10 working days from Monday) has passed, but the window never accepted it.
    await sweepDeadlines({ now: at("2026-12-09") });
    expect((await appOf(id)).pending.every((p) => p.status === "OPEN")).toBe(true);
    expect(await countTitled({ userId: founder.id }, "容缺受理已终止")).toBe(0);
  });

  it("a due date that moves later earns its overdue reminder again", async () => {
    const { id } = await acceptS1(await makeFounder());
    const scjg = (await appOf(id)).tasks.find((t) => t.department.code === "SCJG")!;
    const overdue = () => countTitled({ userId: officers.scjg!.id, link: `/dept/tasks/${scjg.id}` }, "审批任务已超过承诺时限");
    await sweepDeadlines({ now: at("2026-11-24", 9) });
    expect(await overdue()).toBe(1);
    const r = await decideTask({
      actor: officers.scjg!,
      now: at("2026-11-24"),
      input: { taskId: scjg.id, expectedVersion: scjg.version, action: "correction", reason: "请补充经营场所平面图" },
    });
    const correction = await db().taskCorrection.findFirstOrThrow({ where: { taskId: scjg.id } });
    await answerCorrection({ actor: applicantOf(id), now: at("2026-11-26"), input: { correctionId: correction.id, answer: "已补充平面图" } });
    const after = await db().approvalTask.findUniqueOrThrow({ where: { id: scjg.id } });
    expect(after.version).toBe(r.version + 1);
    expect(after.promisedDueAt!.getTime()).toBeGreaterThan(scjg.promisedDueAt!.getTime());
    expect(after.overdueNotifiedAt).toBeNull();
    await sweepDeadlines({ now: at("2026-11-27", 9) });
    expect(await overdue()).toBe(2);
  });

  it("a 容缺 choice whose document no longer needs providing is dropped at acceptance", async () => {
    const founder = await makeFounder();
    const id = await submitS1(founder, MON);
    // The shareholder identity is verified online: a stale 容缺 row for it must neither pause nor block.
    const stale = await db().materialRequirement.findFirstOrThrow({
      where: { documentKey: "id.shareholders", matter: { items: { some: { applicationId: id } } } },
    });
    await db().pendingMaterial.create({ data: { applicationId: id, requirementId: stale.id, deadline: at("2026-12-07", 23) } });
    const app = await appOf(id);
    await acceptApplication({ actor: window, now: at("2026-11-23", 11), input: { applicationId: id, expectedVersion: app.version, pendingDays: 10 } });
    const pending = (await appOf(id)).pending;
    expect(pending.some((p) => p.requirementId === stale.id)).toBe(false);
    expect(pending).toHaveLength(app.pending.length - 1);
  });

  it("materials awaited only by refused matters no longer block 统一出件", async () => {
    const { id } = await acceptS1(await makeFounder());
    const tasks = (await appOf(id)).tasks;
    for (const t of tasks) {
      const code = t.department.code.toLowerCase();
      const action = code === "scjg" ? "approve" : "reject";
      await decideTask({
        actor: officers[code]!,
        now: at("2026-11-24"),
        input: { taskId: t.id, expectedVersion: t.version, action, reason: action === "reject" ? "不符合设置条件" : "" },
      });
    }
    const app = await appOf(id);
    expect(app.pending.filter((p) => p.status === "OPEN")).toEqual([]);
    const issued = await issueResults({ actor: window, now: at("2026-11-24", 15), input: { applicationId: id, expectedVersion: app.version } });
    expect(issued.rejected).toHaveLength(2);
    expect(issued.issued.map((i) => i.kind)).toContain("BUSINESS");
  });

  it("an answer to a correction of a task the sweep has ended is refused", async () => {
    const { id } = await acceptS1(await makeFounder());
    const ycj = (await appOf(id)).tasks.find((t) => t.department.code === "YCJ")!;
    await decideTask({
      actor: officers.ycj!,
      now: at("2026-11-24"),
      input: { taskId: ycj.id, expectedVersion: ycj.version, action: "correction", reason: "请补充门店照片" },
    });
    await sweepDeadlines({ now: at("2026-12-08") });
    expect(await db().approvalTask.findUniqueOrThrow({ where: { id: ycj.id } })).toMatchObject({ status: "REJECTED" });
    const correction = await db().taskCorrection.findFirstOrThrow({ where: { taskId: ycj.id } });
    await expect(
      answerCorrection({ actor: applicantOf(id), now: at("2026-12-08", 11), input: { correctionId: correction.id, answer: "照片见附件" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a department opens only the documents its own matters need", async () => {
    const { id } = await acceptS1(await makeFounder());
    const articles = await db().material.findUniqueOrThrow({ where: { applicationId_documentKey: { applicationId: id, documentKey: "articles.draft" } } });
    await expect(readMaterial({ actor: officers.scjg!, materialId: articles.id })).resolves.toMatchObject({ contentType: articles.contentType });
    await expect(readMaterial({ actor: officers.whly!, materialId: articles.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readMaterial({ actor: officers.lhsr!, materialId: articles.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the application's history (ApplicationEvent)", () => {
  it("one journey — submit, return, revise, submit, accept, settle, issue — leaves one row per step, in order, each from where the last one led", async () => {
    const founder = await makeFounder();
    const id = await submitS1(founder, MON);
    let app = await appOf(id);
    await returnApplication({
      actor: window,
      now: at("2026-11-23", 11),
      input: { applicationId: id, expectedVersion: app.version, problems: [{ problem: "经营场所地址门牌号与租赁合同不一致" }, { problem: "请补充平面图" }] },
    });
    app = await appOf(id);
    await reviseReturned({ actor: founder, now: at("2026-11-23", 12), input: { applicationId: id, expectedVersion: app.version } });
    app = await appOf(id);
    const again = await submitApplication({ actor: founder, now: at("2026-11-23", 13), input: { applicationId: id, expectedVersion: app.version } });
    expect(again).toMatchObject({ ok: true });
    app = await appOf(id);
    await acceptApplication({ actor: window, now: at("2026-11-23", 14), input: { applicationId: id, expectedVersion: app.version, pendingDays: 10 } });
    app = await appOf(id);
    for (const code of ["scjg", "ycj", "whly"]) {
      const task = app.tasks.find((t) => t.department.code === code.toUpperCase())!;
      await decideTask({ actor: officers[code]!, now: at("2026-11-24"), input: { taskId: task.id, expectedVersion: task.version, action: "approve" } });
    }
    for (const key of ["premises.photos", "premises.locationMap"]) {
      await supplementPending({
        actor: founder,
        now: at("2026-11-25"),
        input: { applicationId: id, documentKey: key },
        file: { name: `${key}.pdf`, type: "application/pdf", bytes: PDF },
      });
    }
    app = await appOf(id);
    await issueResults({ actor: window, now: at("2026-11-25", 15), input: { applicationId: id, expectedVersion: app.version } });

    const events = await db().applicationEvent.findMany({ where: { applicationId: id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(events.map((e) => [e.type, e.fromStatus, e.toStatus])).toEqual([
      ["SUBMIT", "DRAFT", "SUBMITTED"],
      ["RETURN", "SUBMITTED", "RETURNED"],
      ["REVISE", "RETURNED", "DRAFT"],
      ["SUBMIT", "DRAFT", "SUBMITTED"],
      ["ACCEPT", "SUBMITTED", "ACCEPTED"],
      ["SETTLE", "ACCEPTED", "DECIDED"],
      ["ISSUE", "DECIDED", "ISSUED"],
    ]);
    // Who acted: the applicant submits and revises, the window returns, accepts and issues; the system settles.
    expect(events.map((e) => e.actorId)).toEqual([founder.id, window.id, founder.id, founder.id, window.id, null, window.id]);
    expect(events.map((e) => e.at)).toEqual([
      MON,
      at("2026-11-23", 11),
      at("2026-11-23", 12),
      at("2026-11-23", 13),
      at("2026-11-23", 14),
      at("2026-11-24"),
      at("2026-11-25", 15),
    ]);
    expect(events[1]!.detail).toMatchObject({ problems: 2 });
    expect((await appOf(id)).status).toBe("ISSUED");
  });

  it("a step the table refuses writes no history row", async () => {
    const { id } = await acceptS1(await makeFounder());
    const app = await appOf(id);
    const before = await db().applicationEvent.count({ where: { applicationId: id } });
    // An accepted application can no longer be returned (nothing to dispatch again) nor issued before every department decided.
    await expect(
      returnApplication({ actor: window, now: at("2026-11-24"), input: { applicationId: id, expectedVersion: app.version, problems: [{ problem: "晚了" }] } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(issueResults({ actor: window, now: at("2026-11-24"), input: { applicationId: id, expectedVersion: app.version } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db().applicationEvent.count({ where: { applicationId: id } })).toBe(before);
  });
});
