// The window desk's queries on the real database (前台综合受理、后台分类审批、统一窗口出件): the queue is
// oldest first and never shows a draft; one application shows its documents as provided, where it will be
// dispatched, each department's clock once accepted, what 统一出件 will produce and what blocks it, the
// return notice, and the issued licences. Only the window may ask.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { listWindowQueue } from "@/lib/approvals/list-window-queue";
import { getWindowApplication } from "@/lib/approvals/get-window-application";
import { acceptApplication } from "@/lib/approvals/accept-application";
import { returnApplication } from "@/lib/approvals/return-application";
import { decideTask } from "@/lib/approvals/decide-task";
import { supplementPending } from "@/lib/approvals/supplement-pending";
import { issueResults } from "@/lib/approvals/issue-results";
import { isValidUscc } from "@/lib/ids/uscc";
import { sessionUserOf } from "../factories";
import { PDF, makeFounder, startS1, submitS1 } from "../factories/s1";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "onelicence-window-"));

// Monday 2026-11-23 10:00 in Shanghai, and the days after.
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour - 8).padStart(2, "0")}:00:00Z`);
const MON = at("2026-11-23");
const TUE = at("2026-11-24");
const WED = at("2026-11-25");

let window: SessionUser;
const officers: Record<string, SessionUser> = {};
let earlier: { id: string; founder: SessionUser };
let later: { id: string; founder: SessionUser };
let draftId: string;

beforeAll(async () => {
  window = await sessionUserOf("window");
  for (const code of ["scjg", "ycj", "whly"]) officers[code] = await sessionUserOf(`dept-${code}`);
  // Submitted in the opposite order to creation: the queue goes by submission time, not by insertion.
  const a = await makeFounder();
  later = { id: await submitS1(a, TUE), founder: a };
  const b = await makeFounder();
  earlier = { id: await submitS1(b, MON), founder: b };
  draftId = await startS1(await makeFounder(), MON);
});

const versionOf = async (id: string) => (await getDb().application.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const idsOf = (q: Awaited<ReturnType<typeof listWindowQueue>>) => [...q.waiting, ...q.inApproval, ...q.readyToIssue, ...q.recent].map((r) => r.id);

describe("the window's queue", () => {
  it("lists submitted applications oldest first, with working days waited, and never a draft", async () => {
    const q = await listWindowQueue({ actor: window, now: WED });
    expect(q.waiting.map((r) => r.id)).toEqual([earlier.id, later.id]);
    expect(q.waiting.map((r) => r.workingDaysWaited)).toEqual([2, 1]);
    const first = q.waiting[0]!;
    expect(first).toMatchObject({ name: "上海金山晨光便利店有限公司", applicantName: "陈晨", returnCount: 0, submittedAt: MON });
    // Registration first, as in the form.
    expect(first.matters[0]).toMatch(/设立登记/);
    expect(first.matters.length).toBeGreaterThan(5);
    expect(idsOf(q)).not.toContain(draftId);
    expect(q.summary.SUBMITTED).toBe(2);
    expect(q.inApproval).toEqual([]);
  });
});

describe("one application at the window", () => {
  it("a submitted S1: every document as provided, what needs no check, and where it will be dispatched", async () => {
    const app = await getWindowApplication({ actor: window, now: WED, applicationId: earlier.id });
    expect(app).toMatchObject({
      status: "SUBMITTED",
      version: await versionOf(earlier.id),
      name: "上海金山晨光便利店有限公司",
      enterprise: null,
      workingDays: 2,
      returnNotice: null,
      issuance: null,
      issued: null,
    });
    const doc = (key: string) => app.documents.find((d) => d.documentKey === key)!;
    expect(doc("premises.lease")).toMatchObject({ provided: "uploaded", checkable: true, file: { fileName: "租赁合同.pdf" } });
    const lease = await getDb().material.findFirstOrThrow({ where: { applicationId: earlier.id, documentKey: "premises.lease" } });
    expect(doc("premises.lease").file?.materialId).toBe(lease.id);
    expect(doc("articles.draft")).toMatchObject({ provided: "generated", checkable: true });
    expect(doc("articles.draft").file).not.toBeNull();
    expect(doc("premises.photos")).toMatchObject({ provided: "pending", checkable: true, mayBePending: true, file: null });
    expect(doc("premises.photos").pendingDeadline).toBeInstanceOf(Date);
    expect(doc("licence.business")).toMatchObject({ provided: "government", checkable: false });
    expect(doc("id.shareholders")).toMatchObject({ provided: "verified", checkable: false });
    expect(doc("id.shareholders").note).toBeTruthy();
    expect(app.documents.some((d) => d.provided === "waived" && !d.checkable)).toBe(true);
    // Prepared at submission, dispatched only on acceptance.
    expect(app.tasks.map((t) => t.department).length).toBe(3);
    expect(app.tasks.every((t) => t.dispatchedAt === null && t.matters.length > 0)).toBe(true);
    expect(app.credit.restricted).toBe(false);
  });

  it("after acceptance: each department's status and clock, the earliest promised date, paused and overdue", async () => {
    await acceptApplication({
      actor: window,
      now: at("2026-11-25", 11),
      input: { applicationId: earlier.id, expectedVersion: await versionOf(earlier.id), pendingDays: 10 },
    });
    const q = await listWindowQueue({ actor: window, now: at("2026-11-25", 12) });
    expect(q.waiting.map((r) => r.id)).toEqual([later.id]);
    const row = q.inApproval.find((r) => r.id === earlier.id)!;
    expect(row.departments).toHaveLength(3);
    expect(row.departments.every((d) => d.status === "PENDING" && !d.overdue)).toBe(true);
    const dues = row.departments.flatMap((d) => (d.promisedDueAt ? [d.promisedDueAt.getTime()] : []));
    expect(dues.length).toBeGreaterThan(0);
    expect(row.earliestDueAt?.getTime()).toBe(Math.min(...dues));
    // The premises photos and location map are awaited (容缺): the departments needing them stand still.
    expect(row.paused).toBe(row.departments.some((d) => d.promisedDueAt === null));
    expect(row.paused).toBe(true);

    // Months later the running clocks are overdue.
    const late = await listWindowQueue({ actor: window, now: at("2027-03-01") });
    expect(late.inApproval.find((r) => r.id === earlier.id)?.overdue).toBe(true);

    const app = await getWindowApplication({ actor: window, now: at("2026-11-25", 12), applicationId: earlier.id });
    expect(app.status).toBe("ACCEPTED");
    expect(app.tasks.every((t) => t.dispatchedAt !== null)).toBe(true);
    expect(app.pending.map((p) => [p.documentKey, p.status]).sort()).toEqual([
      ["premises.locationMap", "OPEN"],
      ["premises.photos", "OPEN"],
    ]);
  });

  it("decided: ready to issue but blocked by the open 容缺 materials; once supplemented, issued with the licences and a new USCC", async () => {
    const tasks = await getDb().approvalTask.findMany({ where: { applicationId: earlier.id }, include: { department: true } });
    for (const t of tasks)
      await decideTask({
        actor: officers[t.department.code.toLowerCase()]!,
        now: at("2026-11-26"),
        input: { taskId: t.id, expectedVersion: t.version, action: "approve" },
      });

    const q = await listWindowQueue({ actor: window, now: at("2026-11-26", 12) });
    const ready = q.readyToIssue.find((r) => r.id === earlier.id)!;
    let app = await getWindowApplication({ actor: window, now: at("2026-11-26", 12), applicationId: earlier.id });
    // Named once per document, as the pending list names them.
    expect(ready.blockedBy.map((b) => b.name).sort()).toEqual(app.pending.map((p) => p.name).sort());
    expect(ready.blockedBy).toHaveLength(2);
    expect(app.issuance?.newCompany).toBe(true);
    expect(app.issuance?.blockedBy).toHaveLength(2);
    expect(app.issuance?.rejected).toEqual([]);
    expect(app.issuance?.willIssue.filter((i) => i.kind === "BUSINESS")).toHaveLength(1);
    expect(app.issuance?.willIssue).toHaveLength(app.matters.length);

    for (const key of ["premises.photos", "premises.locationMap"]) {
      await supplementPending({
        actor: earlier.founder,
        now: at("2026-11-27"),
        input: { applicationId: earlier.id, documentKey: key },
        file: { name: `${key}.pdf`, type: "application/pdf", bytes: PDF },
      });
    }
    app = await getWindowApplication({ actor: window, now: at("2026-11-27", 12), applicationId: earlier.id });
    expect(app.issuance?.blockedBy).toEqual([]);
    expect(app.pending.every((p) => p.status === "SUPPLEMENTED" && p.file !== null)).toBe(true);
    expect((await listWindowQueue({ actor: window, now: at("2026-11-27", 12) })).readyToIssue.find((r) => r.id === earlier.id)?.blockedBy).toEqual([]);

    const issued = await issueResults({ actor: window, now: at("2026-11-27", 15), input: { applicationId: earlier.id, expectedVersion: app.version } });
    app = await getWindowApplication({ actor: window, now: at("2026-11-27", 16), applicationId: earlier.id });
    expect(app.status).toBe("ISSUED");
    expect(app.issued?.uscc).toBe(issued.uscc);
    expect(isValidUscc(app.issued!.uscc!)).toBe(true);
    expect(app.issued?.licences.map((l) => l.number).sort()).toEqual(issued.issued.map((i) => i.number).sort());
    expect(app.workingDays).toBe(issued.workingDaysTaken);
    const recent = (await listWindowQueue({ actor: window, now: at("2026-11-27", 16) })).recent;
    expect(recent.find((r) => r.id === earlier.id)).toMatchObject({ status: "ISSUED", at: at("2026-11-27", 15) });
  });

  it("returned: the one notice with every problem; a second officer on the old version gets CONFLICT", async () => {
    const version = await versionOf(later.id);
    await returnApplication({
      actor: window,
      now: at("2026-11-26"),
      input: {
        applicationId: later.id,
        expectedVersion: version,
        problems: [{ documentKey: "premises.lease", problem: "租赁合同缺少出租方签章" }, { problem: "经营场所地址与租赁合同不一致" }],
      },
    });
    await expect(
      returnApplication({
        actor: window,
        now: at("2026-11-26"),
        input: { applicationId: later.id, expectedVersion: version, problems: [{ problem: "另一位人员的意见" }] },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const app = await getWindowApplication({ actor: window, now: at("2026-11-26", 12), applicationId: later.id });
    expect(app.status).toBe("RETURNED");
    expect(app.returnNotice?.problems).toEqual([
      { name: app.documents.find((d) => d.documentKey === "premises.lease")!.name, problem: "租赁合同缺少出租方签章" },
      { name: null, problem: "经营场所地址与租赁合同不一致" },
    ]);
    const q = await listWindowQueue({ actor: window, now: at("2026-11-26", 12) });
    expect(q.waiting).toEqual([]);
    expect(q.recent.find((r) => r.id === later.id)).toMatchObject({ status: "RETURNED", at: at("2026-11-26") });
  });

  it("a draft or an unknown id is NOT_FOUND; an applicant or a department officer is FORBIDDEN", async () => {
    await expect(getWindowApplication({ actor: window, now: WED, applicationId: draftId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getWindowApplication({ actor: window, now: WED, applicationId: "no-such-application" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const username of ["applicant2", "dept-scjg"]) {
      const actor = await sessionUserOf(username);
      await expect(listWindowQueue({ actor, now: WED })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getWindowApplication({ actor, now: WED, applicationId: earlier.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // The founder cannot reach the window's view of their own application either.
    await expect(getWindowApplication({ actor: earlier.founder, now: WED, applicationId: earlier.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
