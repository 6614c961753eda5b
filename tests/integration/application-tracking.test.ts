// The applicant's tracking page data (办理进度) on the real database, S1 accepted with the founder's two 容缺
// materials: only the applicant's own submitted application is visible; a department's correction request
// shows as open with its words and is closed by the answer (once); a pending material is supplemented only
// before its deadline, only when it is pending, and only as PDF/JPG/PNG; refused steps write nothing.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { getApplicationTracking } from "@/lib/approvals/get-application-tracking";
import { decideTask } from "@/lib/approvals/decide-task";
import { answerCorrection } from "@/lib/approvals/answer-correction";
import { supplementPending } from "@/lib/approvals/supplement-pending";
import { returnApplication } from "@/lib/approvals/return-application";
import { reviseReturned } from "@/lib/approvals/revise-returned";
import { issueResults } from "@/lib/approvals/issue-results";
import { getApplicationForm } from "@/lib/applications/get-application-form";
import { sessionUserOf } from "../factories";
import { PDF, makeFounder, startS1, submitS1 } from "../factories/s1";
import { acceptAsWindow } from "../factories/approvals";
import { ZAnswerCorrection } from "@/lib/approvals/schemas";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "onelicence-track-"));

// Monday 2026-11-23 10:00 in Shanghai; accepted at 11:00 with 10 working days to supplement → Monday 12-07.
const MON = new Date("2026-11-23T02:00:00Z");
const ACCEPTED = new Date("2026-11-23T03:00:00Z");
const TUE = new Date("2026-11-24T02:00:00Z");
const AFTER_DEADLINE = new Date("2026-12-08T02:00:00Z");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const EXE = { name: "照片.pdf", type: "application/pdf", bytes: new TextEncoder().encode("MZ not a pdf at all") };

let window: SessionUser;
let other: SessionUser;
beforeAll(async () => {
  window = await sessionUserOf("window");
  other = await sessionUserOf("applicant2");
});

const db = () => getDb();

async function acceptedS1() {
  const founder = await makeFounder();
  const id = await submitS1(founder, MON);
  expect(await acceptAsWindow({ applicationId: id, now: ACCEPTED })).toEqual({ dispatched: 3, pending: 2 });
  return { founder, id };
}

const officerOf = (code: string) => sessionUserOf(`dept-${code.toLowerCase()}`);

describe("getApplicationTracking", () => {
  it("shows the applicant's own accepted application: departments, clocks, pending materials, steps; nobody else's", async () => {
    const { founder, id } = await acceptedS1();
    const tr = await getApplicationTracking({ actor: founder, now: TUE, applicationId: id });

    expect(tr).toMatchObject({ id, status: "ACCEPTED", name: "上海金山晨光便利店有限公司", returnNotice: null, licences: [] });
    expect(tr.timeline.map((e) => e.kind)).toEqual(["submitted", "accepted"]);
    expect(tr.timeline[1]!.at).toEqual(ACCEPTED);
    expect(tr.departments.map((d) => d.code).sort()).toEqual(["SCJG", "WHLY", "YCJ"]);
    const names = await db().department.findMany({ where: { code: { in: ["SCJG", "WHLY", "YCJ"] } }, select: { code: true, name: true } });
    for (const d of tr.departments) {
      expect(d.name).toBe(names.find((n) => n.code === d.code)!.name);
      expect(d.dispatched).toBe(true);
      expect(d.matters.length).toBeGreaterThan(0);
      // Either the clock runs with both due dates, or it stands still and says why.
      if (d.paused) {
        expect(d.promisedDueAt).toBeNull();
        expect(d.paused.correction).toBe(false);
        expect(d.paused.materials.length).toBeGreaterThan(0);
      } else {
        expect(d.promisedDueAt).not.toBeNull();
        expect(d.statutoryDueAt).not.toBeNull();
      }
    }
    expect(tr.departments.some((d) => d.paused)).toBe(true);
    // The filings completed at submission; a company that does not exist yet gets their receipts with its
    // business licence (they name its USCC), not now.
    expect(tr.otherItems.map((i) => i.code).sort()).toEqual(["OUTDOOR_SIGN_FILING", "PREPACKAGED_FOOD_FILING"]);
    expect(tr.otherItems.every((i) => i.status === "FILED" && i.receiptNumber === null)).toBe(true);
    // 容缺: one row per document, deadline Monday 12-07 (end of the Shanghai day); Tuesday 11-24 → 9 working days after today.
    expect(tr.pending.map((p) => p.documentKey).sort()).toEqual(["premises.locationMap", "premises.photos"]);
    for (const p of tr.pending)
      expect(p).toMatchObject({ status: "OPEN", expired: false, workingDaysLeft: 9, canSupplement: true, deadline: new Date("2026-12-07T15:59:59.999Z") });
    expect(tr.metrics).toMatchObject({ materialsSubmitted: 3, materialsBaseline: 24, workingDaysTaken: null });
    expect(tr.metrics.fieldsTyped).toBeGreaterThan(0);

    // Another applicant, a draft, a missing id: all NOT_FOUND; an officer has no such permission.
    await expect(getApplicationTracking({ actor: other, now: TUE, applicationId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getApplicationTracking({ actor: await makeFounder(), now: TUE, applicationId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const draft = await startS1(founder, MON);
    await expect(getApplicationTracking({ actor: founder, now: TUE, applicationId: draft })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getApplicationTracking({ actor: founder, now: TUE, applicationId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getApplicationTracking({ actor: window, now: TUE, applicationId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a correction request shows as open with its words; the answer closes it once, restarting the clock", async () => {
    const { founder, id } = await acceptedS1();
    const before = await getApplicationTracking({ actor: founder, now: TUE, applicationId: id });
    const dept = before.departments.find((d) => !d.paused) ?? before.departments[0]!;
    // That department's task (on commitment, 0 days) was due on Monday: on Tuesday it is already late.
    expect(dept.promisedDueAt).toEqual(new Date("2026-11-23T15:59:59.999Z"));
    const task = await db().approvalTask.findUniqueOrThrow({ where: { id: dept.taskId } });
    const request = "请补充经营场所的消防安全检查合格证明，并说明营业时间。";
    await decideTask({
      actor: await officerOf(dept.code),
      now: TUE,
      input: { taskId: task.id, expectedVersion: task.version, action: "correction", reason: request },
    });

    let tr = await getApplicationTracking({ actor: founder, now: TUE, applicationId: id });
    let d = tr.departments.find((x) => x.taskId === dept.taskId)!;
    expect(d.status).toBe("CORRECTION_REQUESTED");
    expect(d.openCorrections).toEqual([expect.objectContaining({ request, requestedAt: TUE, answer: null, answeredAt: null })]);
    expect(d.paused).toMatchObject({ correction: true });
    // A correction asked after the due date has passed does not make a late task timely: it stays due
    // Monday, so the desks keep flagging it overdue (lib/calendar/task-clock.ts).
    expect(d.promisedDueAt).toEqual(dept.promisedDueAt);
    expect(tr.timeline.map((e) => [e.kind, e.department])).toContainEqual(["correctionRequested", dept.name]);
    const correctionId = d.openCorrections[0]!.id;

    // Someone else's answer and a disguised file are refused; the request stays open.
    await expect(answerCorrection({ actor: other, now: TUE, input: { correctionId, answer: "不是我的申请" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(answerCorrection({ actor: founder, now: TUE, input: { correctionId, answer: "见附件" }, file: EXE })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    // A blank answer is refused where the input is parsed (the action's schema), before the domain runs.
    expect(ZAnswerCorrection.safeParse({ correctionId, answer: "   " }).success).toBe(false);
    expect(await db().taskCorrection.findUniqueOrThrow({ where: { id: correctionId } })).toMatchObject({ answeredAt: null, answer: null, materialId: null });

    const answeredAt = new Date("2026-11-25T02:00:00Z");
    await answerCorrection({
      actor: founder,
      now: answeredAt,
      input: { correctionId, answer: "已补充消防检查合格证明，营业时间 7:00—23:00。" },
      file: { name: "消防证明.png", type: "image/png", bytes: PNG },
    });
    tr = await getApplicationTracking({ actor: founder, now: answeredAt, applicationId: id });
    d = tr.departments.find((x) => x.taskId === dept.taskId)!;
    expect(d.status).toBe("IN_REVIEW");
    expect(d.openCorrections).toEqual([]);
    expect(d.answeredCorrections).toEqual([
      expect.objectContaining({
        id: correctionId,
        request,
        answer: "已补充消防检查合格证明，营业时间 7:00—23:00。",
        answeredAt,
        file: expect.objectContaining({ fileName: "消防证明.png" }),
      }),
    ]);
    expect(d.paused?.correction ?? false).toBe(false);
    expect(tr.timeline.map((e) => e.kind)).toContain("correctionAnswered");

    // A second answer is a conflict and changes nothing.
    await expect(answerCorrection({ actor: founder, now: answeredAt, input: { correctionId, answer: "再答一次" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await db().taskCorrection.findUniqueOrThrow({ where: { id: correctionId } })).answer).toBe("已补充消防检查合格证明，营业时间 7:00—23:00。");
  });

  it("a pending material is supplemented only while pending, before its deadline, and only as PDF/JPG/PNG", async () => {
    const { founder, id } = await acceptedS1();
    const snapshot = async () => ({
      pending: await db().pendingMaterial.findMany({ where: { applicationId: id }, orderBy: { id: "asc" } }),
      materials: await db().material.count({ where: { applicationId: id } }),
      audits: await db().auditLog.count({ where: { entityId: id, action: "material.supplement" } }),
    });
    const start = await snapshot();

    // Not pending: the lease was uploaded before submission; an unknown key; someone else's application.
    await expect(
      supplementPending({
        actor: founder,
        now: TUE,
        input: { applicationId: id, documentKey: "premises.lease" },
        file: { name: "a.pdf", type: "application/pdf", bytes: PDF },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      supplementPending({
        actor: founder,
        now: TUE,
        input: { applicationId: id, documentKey: "no.such" },
        file: { name: "a.pdf", type: "application/pdf", bytes: PDF },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      supplementPending({
        actor: other,
        now: TUE,
        input: { applicationId: id, documentKey: "premises.photos" },
        file: { name: "a.pdf", type: "application/pdf", bytes: PDF },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Not a PDF/JPG/PNG by its content, whatever its name says.
    await expect(
      supplementPending({ actor: founder, now: TUE, input: { applicationId: id, documentKey: "premises.photos" }, file: EXE }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(
      supplementPending({
        actor: founder,
        now: TUE,
        input: { applicationId: id, documentKey: "premises.photos" },
        file: { name: "photos.gif", type: "image/gif", bytes: new TextEncoder().encode("GIF89a....") },
      }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    // After the deadline: refused, and the tracking page no longer offers the upload.
    await expect(
      supplementPending({
        actor: founder,
        now: AFTER_DEADLINE,
        input: { applicationId: id, documentKey: "premises.photos" },
        file: { name: "门头照片.pdf", type: "application/pdf", bytes: PDF },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await snapshot()).toEqual(start);
    const late = await getApplicationTracking({ actor: founder, now: AFTER_DEADLINE, applicationId: id });
    expect(late.pending.find((p) => p.documentKey === "premises.photos")).toMatchObject({
      status: "OPEN",
      expired: true,
      workingDaysLeft: null,
      canSupplement: false,
    });

    // On the last day (Monday 12-07, before midnight in Shanghai) it is still accepted.
    const lastDay = new Date("2026-12-07T12:00:00Z");
    expect((await getApplicationTracking({ actor: founder, now: lastDay, applicationId: id })).pending[0]).toMatchObject({
      expired: false,
      workingDaysLeft: 0,
    });
    await supplementPending({
      actor: founder,
      now: lastDay,
      input: { applicationId: id, documentKey: "premises.photos" },
      file: { name: "门头照片.pdf", type: "application/pdf", bytes: PDF },
    });
    const tr = await getApplicationTracking({ actor: founder, now: lastDay, applicationId: id });
    expect(tr.pending.find((p) => p.documentKey === "premises.photos")).toMatchObject({
      status: "SUPPLEMENTED",
      supplementedAt: lastDay,
      file: expect.objectContaining({ fileName: "门头照片.pdf" }),
      workingDaysLeft: null,
    });
    expect(tr.pending.find((p) => p.documentKey === "premises.locationMap")).toMatchObject({ status: "OPEN" });
    expect(tr.timeline.at(-1)).toMatchObject({ kind: "supplemented", material: tr.pending.find((p) => p.documentKey === "premises.photos")!.name });
    // Once supplemented it is no longer pending.
    await expect(
      supplementPending({
        actor: founder,
        now: lastDay,
        input: { applicationId: id, documentKey: "premises.photos" },
        file: { name: "b.pdf", type: "application/pdf", bytes: PDF },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("once issued: the licences of its items, the decisions in the steps and the working days taken", async () => {
    const { founder, id } = await acceptedS1();
    for (const key of ["premises.photos", "premises.locationMap"]) {
      await supplementPending({
        actor: founder,
        now: TUE,
        input: { applicationId: id, documentKey: key },
        file: { name: `${key}.pdf`, type: "application/pdf", bytes: PDF },
      });
    }
    const tasks = await db().approvalTask.findMany({ where: { applicationId: id }, include: { department: true } });
    for (const t of tasks)
      await decideTask({ actor: await officerOf(t.department.code), now: TUE, input: { taskId: t.id, expectedVersion: t.version, action: "approve" } });
    const decided = await db().application.findUniqueOrThrow({ where: { id } });
    const issuedAt = new Date("2026-11-26T02:00:00Z");
    const issued = await issueResults({ actor: window, now: issuedAt, input: { applicationId: id, expectedVersion: decided.version } });

    const tr = await getApplicationTracking({ actor: founder, now: issuedAt, applicationId: id });
    expect(tr.status).toBe("ISSUED");
    expect(tr.licences.map((l) => l.number).sort()).toEqual(issued.issued.map((i) => i.number).sort());
    expect(tr.licences.map((l) => l.kind)).toContain("BUSINESS");
    expect(tr.licences.find((l) => l.kind === "FILING_RECEIPT")?.matter).toBeTruthy();
    expect(tr.rejected).toEqual([]);
    expect(tr.metrics.workingDaysTaken).toBe(3);
    const kinds = tr.timeline.map((e) => e.kind);
    expect(kinds.filter((k) => k === "approved")).toHaveLength(3);
    expect(kinds.at(-1)).toBe("issued");
    // Decided: the clock is over, no pause is explained any more.
    expect(tr.departments.every((d) => d.status === "APPROVED" && d.decidedAt?.getTime() === TUE.getTime() && d.paused === null)).toBe(true);
  });

  it("a return shows the one notice; revising makes it a draft again, which is the form's, not tracking's", async () => {
    const founder = await makeFounder();
    const id = await submitS1(founder, MON);
    // Waiting at the window: departments known but nothing dispatched; the founder's 容缺 choice is not
    // accepted yet, so nothing is pending.
    const waiting = await getApplicationTracking({ actor: founder, now: MON, applicationId: id });
    expect(waiting).toMatchObject({ status: "SUBMITTED", pending: [] });
    expect(waiting.matters).toHaveLength(6);
    expect(waiting.departments.length).toBe(3);
    expect(waiting.departments.every((d) => !d.dispatched && d.promisedDueAt === null && d.paused === null)).toBe(true);

    const app = await db().application.findUniqueOrThrow({ where: { id } });
    await returnApplication({
      actor: window,
      now: TUE,
      input: {
        applicationId: id,
        expectedVersion: app.version,
        problems: [{ documentKey: "premises.lease", problem: "租赁合同缺少出租方签章页" }, { problem: "经营场所地址与租赁合同不一致" }],
      },
    });

    const tr = await getApplicationTracking({ actor: founder, now: TUE, applicationId: id });
    expect(tr.status).toBe("RETURNED");
    expect(tr.returnCount).toBe(1);
    expect(tr.returnNotice).toEqual({
      returnedAt: TUE,
      problems: [
        { name: (await db().materialRequirement.findFirstOrThrow({ where: { documentKey: "premises.lease" } })).name, problem: "租赁合同缺少出租方签章页" },
        { name: null, problem: "经营场所地址与租赁合同不一致" },
      ],
    });
    expect(tr.timeline.map((e) => e.kind)).toEqual(["submitted", "returned"]);
    expect(tr.departments).toEqual([]);
    expect(tr.pending).toEqual([]);
    // Only the filings done at submission stand apart; the other matters wait for the resubmission.
    expect(tr.otherItems.map((i) => i.code).sort()).toEqual(["OUTDOOR_SIGN_FILING", "PREPACKAGED_FOOD_FILING"]);

    await reviseReturned({ actor: founder, now: TUE, input: { applicationId: id, expectedVersion: tr.version } });
    await expect(getApplicationTracking({ actor: founder, now: TUE, applicationId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The form being revised still shows the whole notice: every problem, while the applicant fixes them.
    const form = await getApplicationForm({ actor: founder, applicationId: id });
    expect(form.status).toBe("DRAFT");
    expect(form.returnNotice).toEqual(tr.returnNotice);
    expect(form.returnNotice?.problems).toHaveLength(2);
  });
});
