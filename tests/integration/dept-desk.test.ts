// The department desk on the real database: an officer sees only their own department's dispatched tasks
// (list and one task), reads only their matters' part of the one form, and decides through decideTask —
// another department's task does not exist for them, of two officers deciding at once exactly one wins,
// a rejection needs a reason, and a correction (补正) stops the clock until the applicant answers, moving
// the due date by the working days it stood still (seeded 2026 calendar: 国庆 10-01..07, 10-10 调休上班).
import { zhError, zhNotice } from "../support/messages";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { listDeptTasks } from "@/lib/approvals/list-dept-tasks";
import { getDeptTask } from "@/lib/approvals/get-dept-task";
import { getDeptSummary } from "@/lib/approvals/get-dept-summary";
import { decideTask } from "@/lib/approvals/decide-task";
import { answerCorrection } from "@/lib/approvals/answer-correction";
import { ZDecideTask } from "@/lib/approvals/schemas";
import { parseInput } from "@/lib/errors";
import { sessionUserOf } from "../factories";
import { submitS1, makeFounder } from "../factories/s1";
import { dispatchedS1 } from "../factories/approvals";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "onelicence-dept-"));

/** An instant on a Shanghai calendar day at a Shanghai hour. */
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour - 8).padStart(2, "0")}:00:00Z`);
// Monday 2026-09-28, the first working day after 中秋 (09-25..27).
const MON = "2026-09-28";
const endOf = (day: string) => `${day}T15:59:59.999Z`;

const officers: Record<string, SessionUser> = {};
beforeAll(async () => {
  for (const name of ["dept-scjg", "head-scjg", "dept-whly", "dept-ycj", "dept-lhsr"]) officers[name] = await sessionUserOf(name);
});

const db = () => getDb();
/** Everything a refused step must leave untouched. */
const footprint = async (taskId: string) => {
  const task = await db().approvalTask.findUniqueOrThrow({
    where: { id: taskId },
    select: { status: true, version: true, decidedAt: true, decisionReason: true, assigneeId: true, promisedDueAt: true },
  });
  const [audits, corrections, notifications, outbox] = await Promise.all([
    db().auditLog.count({ where: { entityType: "ApprovalTask", entityId: taskId } }),
    db().taskCorrection.count({ where: { taskId } }),
    db().notification.count(),
    db().outboxMessage.count(),
  ]);
  return { task, audits, corrections, notifications, outbox };
};

describe("the department's task list", () => {
  it("lists only its own department's dispatched tasks: running clocks due first, paused ones last with what is awaited", async () => {
    // Running: every 容缺 material supplemented on the day of acceptance. Paused: materials still awaited.
    const running = await dispatchedS1({ submitAt: at(MON, 9), acceptAt: at(MON, 11), supplementAt: at(MON, 14) });
    const paused = await dispatchedS1({ submitAt: at(MON, 9), acceptAt: at(MON, 11) });
    // Submitted but not accepted: its tasks exist, but have not reached any department.
    const waiting = await submitS1(await makeFounder(), at(MON, 9));
    const undispatched = await db().approvalTask.findMany({ where: { applicationId: waiting } });
    expect(undispatched.length).toBeGreaterThan(0);

    const whly = officers["dept-whly"]!;
    const list = await listDeptTasks({ actor: whly, now: at("2026-09-29") });
    const ids = list.open.map((t) => t.id);
    expect(ids).toContain(running.tasks.WHLY!.id);
    expect(ids).toContain(paused.tasks.WHLY!.id);
    expect(ids.some((id) => undispatched.some((t) => t.id === id))).toBe(false);
    const departments = await db().approvalTask.findMany({ where: { id: { in: ids } }, select: { departmentId: true } });
    expect(new Set(departments.map((d) => d.departmentId))).toEqual(new Set([whly.departmentId]));
    expect(list.openTotal).toBe(list.open.length);
    // The desk's numbers count the same tasks: the undispatched one is not the department's yet.
    const summary = await getDeptSummary({ actor: whly, now: at("2026-09-29") });
    expect(summary.open + summary.correction).toBe(list.openTotal);

    const row = list.open.find((t) => t.id === running.tasks.WHLY!.id)!;
    expect(row.applicationName).toBe("上海金山晨光便利店有限公司");
    expect(row.matters.map((m) => m.code)).toEqual(["PUBLICATION_RETAIL"]);
    // 5 promised working days from Monday 09-28: 09-29, 09-30, (国庆) 10-08, 10-09, and Saturday 10-10 (调休上班).
    expect(row.promisedDueAt?.toISOString()).toBe(endOf("2026-10-10"));
    expect(row.timing).toEqual({ paused: false, dueSoon: false, overdue: false });
    expect(row.awaitingMaterials).toEqual([]);

    const waitingRow = list.open.find((t) => t.id === paused.tasks.WHLY!.id)!;
    expect(waitingRow.promisedDueAt).toBeNull();
    expect(waitingRow.timing.paused).toBe(true);
    expect(waitingRow.awaitingMaterials.map((m) => m.name).length).toBeGreaterThan(0);
    // Paused tasks come after every task with a due date.
    const firstPaused = list.open.findIndex((t) => t.promisedDueAt === null);
    expect(list.open.slice(firstPaused).every((t) => t.promisedDueAt === null)).toBe(true);
    const dues = list.open.slice(0, firstPaused).map((t) => t.promisedDueAt!.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));

    // Due soon on the working day before (10-09 counts 10-10, the make-up Saturday), overdue after.
    expect((await listDeptTasks({ actor: whly, now: at("2026-10-09") })).open.find((t) => t.id === row.id)!.timing).toEqual({
      paused: false,
      dueSoon: true,
      overdue: false,
    });
    expect((await listDeptTasks({ actor: whly, now: at("2026-10-12") })).open.find((t) => t.id === row.id)!.timing).toEqual({
      paused: false,
      dueSoon: false,
      overdue: true,
    });

    // A department with no task in these applications (the sign is a filing: no task) sees none of them.
    const lhsr = await listDeptTasks({ actor: officers["dept-lhsr"]!, now: at("2026-09-29") });
    const theirs = new Set([...Object.values(running.tasks), ...Object.values(paused.tasks)].map((t) => t.id));
    expect(theirs.size).toBe(6);
    expect(lhsr.open.filter((t) => theirs.has(t.id))).toEqual([]);

    // Once decided, the task leaves the open list for the recently decided one.
    await decideTask({ actor: whly, now: at("2026-09-29"), input: { taskId: row.id, expectedVersion: running.tasks.WHLY!.version, action: "approve" } });
    const after = await listDeptTasks({ actor: whly, now: at("2026-09-29", 11) });
    expect(after.open.some((t) => t.id === row.id)).toBe(false);
    expect(after.decided[0]).toMatchObject({ id: row.id, status: "APPROVED", applicationName: "上海金山晨光便利店有限公司" });
  });
});

describe("one task", () => {
  it("shows the department's matters, its part of the form and documents, and the others' status only", async () => {
    const s1 = await dispatchedS1({ submitAt: at(MON, 9), acceptAt: at(MON, 11) });
    const view = await getDeptTask({ actor: officers["dept-scjg"]!, now: at("2026-09-29"), taskId: s1.tasks.SCJG!.id });

    expect(view.task).toMatchObject({ id: s1.tasks.SCJG!.id, status: "PENDING", version: s1.tasks.SCJG!.version });
    expect(view.actions).toEqual(["approve", "reject", "correction", "onsite"]);
    expect(view.application.name).toBe("上海金山晨光便利店有限公司");
    expect(view.application.uscc).toBeNull();
    const codes = view.matters.map((m) => m.code);
    const own = await db().applicationItem.findMany({
      where: { taskId: s1.tasks.SCJG!.id },
      include: { matter: { include: { fields: true, materials: true } } },
    });
    expect(codes.sort()).toEqual(own.map((i) => i.matter.code).sort());
    // S1 takes liquor retail by commitment (告知承诺): chosen and signed.
    const liquor = view.matters.find((m) => m.code === "LIQUOR_RETAIL");
    expect(liquor).toMatchObject({ reformMode: "COMMITMENT", useCommitment: true, commitmentSignedAt: expect.any(Date) });

    // Only the fields and documents its own matters ask for.
    const ownFields = new Set(own.flatMap((i) => i.matter.fields.map((f) => f.fieldKey)));
    const shown = view.form.flatMap((g) => g.fields);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((f) => ownFields.has(f.key))).toBe(true);
    expect(shown.find((f) => f.key === "subject.name")?.value).toBe("上海金山晨光便利店有限公司");
    const ownDocuments = new Set(own.flatMap((i) => i.matter.materials.map((m) => m.documentKey)));
    expect(view.documents.length).toBeGreaterThan(0);
    expect(view.documents.every((d) => ownDocuments.has(d.documentKey))).toBe(true);
    const files = view.documents.filter((d) => d.file);
    expect(files.length).toBeGreaterThan(0);
    const stored = await db().material.findMany({ where: { id: { in: files.map((d) => d.file!.materialId) } } });
    expect(stored.every((m) => m.applicationId === s1.id)).toBe(true);

    // 并联审批: the others' status, nothing more.
    expect(view.otherDepartments.map((d) => d.status)).toEqual(["PENDING", "PENDING"]);
    expect(view.otherDepartments.map((d) => d.name)).toHaveLength(2);

    // A task with a 容缺 material awaited shows it with its deadline, and its paused clock.
    const whly = await getDeptTask({ actor: officers["dept-whly"]!, now: at("2026-09-29"), taskId: s1.tasks.WHLY!.id });
    const pendingDocs = whly.documents.filter((d) => d.pending);
    expect(pendingDocs.length).toBeGreaterThan(0);
    expect(pendingDocs.every((d) => d.pending!.status === "OPEN" && d.pending!.deadline > at(MON, 11))).toBe(true);
    expect(whly.task.promisedDueAt).toBeNull();
    expect(whly.task.timing.paused).toBe(true);
  });

  it("another department's task, or a made-up id, is NOT_FOUND", async () => {
    const s1 = await dispatchedS1({ submitAt: at(MON, 9), acceptAt: at(MON, 11) });
    await expect(getDeptTask({ actor: officers["dept-ycj"]!, now: at("2026-09-29"), taskId: s1.tasks.WHLY!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDeptTask({ actor: officers["dept-lhsr"]!, now: at("2026-09-29"), taskId: s1.tasks.SCJG!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDeptTask({ actor: officers["dept-scjg"]!, now: at("2026-09-29"), taskId: "no-such-task" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Not yet dispatched: not the department's yet either.
    const waiting = await submitS1(await makeFounder(), at(MON, 9));
    const task = await db().approvalTask.findFirstOrThrow({ where: { applicationId: waiting, department: { code: "SCJG" } } });
    await expect(getDeptTask({ actor: officers["dept-scjg"]!, now: at("2026-09-29"), taskId: task.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("deciding", () => {
  it("an officer of another department cannot decide the task, and nothing changes", async () => {
    const s1 = await dispatchedS1({ submitAt: at(MON, 9), acceptAt: at(MON, 11) });
    const task = s1.tasks.SCJG!;
    const before = await footprint(task.id);
    for (const action of ["approve", "reject", "correction", "onsite"] as const) {
      await expect(
        decideTask({
          actor: officers["dept-whly"]!,
          now: at("2026-09-29"),
          input: { taskId: task.id, expectedVersion: task.version, action, reason: "越权操作" },
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await footprint(task.id)).toEqual(before);
  });

  it("two officers of one department deciding at once: exactly one wins, the other gets CONFLICT; one audit row", async () => {
    const s1 = await dispatchedS1({ submitAt: at(MON, 9), acceptAt: at(MON, 11) });
    const task = s1.tasks.SCJG!;
    const [a, b] = [officers["dept-scjg"]!, officers["head-scjg"]!];
    const results = await Promise.allSettled([
      decideTask({ actor: a, now: at("2026-09-29"), input: { taskId: task.id, expectedVersion: task.version, action: "approve" } }),
      decideTask({
        actor: b,
        now: at("2026-09-29"),
        input: { taskId: task.id, expectedVersion: task.version, action: "reject", reason: "经营场所不符合要求" },
      }),
    ]);
    const won = results.findIndex((r) => r.status === "fulfilled");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results[1 - won] as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "CONFLICT" });
    expect(zhError(lost.reason)).toContain("已由其他人员处理");

    const audits = await db().auditLog.findMany({ where: { entityType: "ApprovalTask", entityId: task.id } });
    expect(audits).toHaveLength(1);
    const winner = won === 0 ? { actor: a, status: "APPROVED" } : { actor: b, status: "REJECTED" };
    expect(audits[0]).toMatchObject({
      actorId: winner.actor.id,
      at: at("2026-09-29"),
      before: { status: "PENDING", version: task.version },
      after: { status: winner.status, version: task.version + 1 },
    });
    expect(await db().approvalTask.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      status: winner.status,
      version: task.version + 1,
      assigneeId: winner.actor.id,
    });

    // The officer who lost, acting on the version they saw, is told again and changes nothing.
    const view = await getDeptTask({ actor: b, now: at("2026-09-29", 11), taskId: task.id });
    expect(view.task.status).toBe(winner.status);
    expect(view.actions).toEqual([]);
    await expect(
      decideTask({ actor: b, now: at("2026-09-29", 11), input: { taskId: task.id, expectedVersion: task.version, action: "onsite" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a rejection without a reason is BAD_INPUT and writes nothing", async () => {
    const s1 = await dispatchedS1({ submitAt: at(MON, 9), acceptAt: at(MON, 11) });
    const task = s1.tasks.SCJG!;
    const before = await footprint(task.id);
    // Parsed as the action parses it (lib/actions/define-action.ts), then the domain.
    const decide = async (input: Record<string, unknown>) =>
      decideTask({ actor: officers["dept-scjg"]!, now: at("2026-09-29"), input: parseInput(ZDecideTask, input) });
    for (const reason of [undefined, "", "   "]) {
      await expect(decide({ taskId: task.id, expectedVersion: task.version, action: "reject", reason })).rejects.toSatisfy(
        (e) => (e as { code?: string }).code === "BAD_INPUT" && zhError(e).includes("理由"),
      );
    }
    await expect(decide({ taskId: task.id, expectedVersion: task.version, action: "correction", reason: "" })).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await footprint(task.id)).toEqual(before);
  });

  it("a correction stops the clock; the applicant's answer restarts it, the due date moved by the working days paused", async () => {
    const s1 = await dispatchedS1({ submitAt: at(MON, 9), acceptAt: at(MON, 11), supplementAt: at(MON, 14) });
    const whly = officers["dept-whly"]!;
    let task = await db().approvalTask.findUniqueOrThrow({ where: { id: s1.tasks.WHLY!.id } });
    // 5 promised / 20 statutory working days from Monday 09-28, over 国庆 and the 10-10 make-up day.
    expect(task.promisedDueAt?.toISOString()).toBe(endOf("2026-10-10"));
    const statutoryBefore = task.statutoryDueAt!;

    const r = await decideTask({
      actor: whly,
      now: at("2026-09-29"),
      input: { taskId: task.id, expectedVersion: task.version, action: "correction", reason: "请补充出版物进货渠道证明" },
    });
    expect(r).toEqual({ status: "CORRECTION_REQUESTED", version: task.version + 1 });
    task = await db().approvalTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(task).toMatchObject({ status: "CORRECTION_REQUESTED", promisedDueAt: null, statutoryDueAt: null, pausedSince: at("2026-09-29") });
    const applicantTold = (await db().notification.findMany({ where: { userId: s1.founder.id } })).map(zhNotice).find((n) => n.title.includes("补正"));
    expect(applicantTold?.body).toContain("请补充出版物进货渠道证明");

    // While paused: listed as awaiting the correction, no step possible, the request shown as written.
    const listed = (await listDeptTasks({ actor: whly, now: at("2026-09-30") })).open.find((t) => t.id === task.id)!;
    expect(listed).toMatchObject({
      status: "CORRECTION_REQUESTED",
      promisedDueAt: null,
      awaitingCorrection: true,
      timing: { paused: true, dueSoon: false, overdue: false },
    });
    let view = await getDeptTask({ actor: whly, now: at("2026-09-30"), taskId: task.id });
    expect(view.actions).toEqual([]);
    expect(view.corrections).toEqual([expect.objectContaining({ request: "请补充出版物进货渠道证明", answeredAt: null, answer: null, file: null })]);

    // Answered Friday 10-09 with a file: paused working days 09-30, 10-08, 10-09 (国庆 does not count).
    const correction = await db().taskCorrection.findFirstOrThrow({ where: { taskId: task.id } });
    await answerCorrection({
      actor: s1.founder,
      now: at("2026-10-09"),
      input: { correctionId: correction.id, answer: "已补充进货渠道证明" },
      file: { name: "进货渠道证明.pdf", type: "application/pdf", bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n") },
    });
    task = await db().approvalTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(task).toMatchObject({ status: "IN_REVIEW", pausedDays: 3, pausedSince: null, version: r.version + 1 });
    // 5 + 3 working days from 09-28: 09-29, 09-30, 10-08, 10-09, 10-10, 10-12, 10-13, 10-14.
    expect(task.promisedDueAt?.toISOString()).toBe(endOf("2026-10-14"));
    expect(task.statutoryDueAt!.getTime()).toBeGreaterThan(statutoryBefore.getTime());

    view = await getDeptTask({ actor: whly, now: at("2026-10-09", 11), taskId: task.id });
    expect(view.task).toMatchObject({ status: "IN_REVIEW", pausedDays: 3, version: task.version });
    expect(view.actions).toEqual(["approve", "reject", "correction", "onsite"]);
    expect(view.corrections).toEqual([
      expect.objectContaining({ answer: "已补充进货渠道证明", answeredAt: at("2026-10-09"), file: expect.objectContaining({ fileName: "进货渠道证明.pdf" }) }),
    ]);
  });
});
