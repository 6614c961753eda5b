// 告知承诺核查 on the real database: 统一出件 of a permit granted on commitment schedules its verification
// (HIGH risk: all, due 2 months after issue); the issuing department's inspector records it — kept
// (PASSED), or not (RECTIFYING, with evidence and a deadline); the re-check closes a rectification in time;
// the sweep revokes the permit the day after an unmet deadline, once, with a SERIOUS credit record (grade D,
// the commitment route closed). Scoped to the department; a verification follows its re-issued licence.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { AppError, parseInput } from "@/lib/errors";
import { ZConfirmRectification, ZRecordVerification } from "@/lib/supervision/verification-rules";
import type { UploadedFile } from "@/lib/files/upload";
import { zhError, zhNotice } from "../support/messages";
import { decideTask } from "@/lib/approvals/decide-task";
import { issueResults } from "@/lib/approvals/issue-results";
import { recordVerification as recordDomain, confirmRectification as confirmDomain } from "@/lib/supervision/record-verification";

// As the actions do it: the schema parses the form's input, then the domain acts on the typed input.
type Step = { actor: SessionUser; now: Date; input: unknown; evidence?: UploadedFile | null };
const recordVerification = (o: Step) => Promise.resolve().then(() => recordDomain({ ...o, input: parseInput(ZRecordVerification, o.input) }));
const confirmRectification = (o: Step) => Promise.resolve().then(() => confirmDomain({ ...o, input: parseInput(ZConfirmRectification, o.input) }));
/** The inbox messages of a user whose title reads (in Chinese) exactly `title`. */
const noticesTitled = async (userId: string, title: string) =>
  (await getDb().notification.findMany({ where: { userId } })).filter((n) => zhNotice(n).title === title);
import { sweepRectifications, REVOKE_REASON } from "@/lib/supervision/sweep-rectifications";
import { getVerification, listVerifications, readVerificationEvidence } from "@/lib/supervision/list-verifications";
import { creditRestriction } from "@/lib/supervision/credit-restriction";
import { getWallet } from "@/lib/licences/wallet";
import { getMyCredit } from "@/lib/supervision/get-my-credit";
import { requestChange } from "@/lib/registration/request-registration-change";
import { decideRegistrationChange } from "@/lib/registration/decide-registration-change";
import { ZDecideRegistrationChange, ZRequestChange } from "@/lib/registration/rules";
import { makeEnterpriseWithApplicant, sessionUserOf } from "../factories";
import { makeSignedLicence } from "../factories/licences";
import { dispatchedS1 } from "../factories/approvals";
import { PDF } from "../factories/s1";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "onelicence-verification-"));

const NOW = new Date("2026-11-24T02:00:00Z");
/** The last day to rectify for a failure recorded at NOW with 5 days. */
const RECTIFY_BY = "2026-11-29";
const ON_DEADLINE = new Date("2026-11-29T10:00:00+08:00");
const DAY_AFTER = new Date("2026-11-30T01:00:00+08:00");
const EVIDENCE = { name: "现场照片.pdf", type: "application/pdf", bytes: PDF };
const FINDINGS = "现场检查发现经营场所面积与承诺不符，未设置酒类专柜。";
const db = () => getDb();

let scjg: SessionUser;
let ycj: SessionUser;
let whly: SessionUser;
let window: SessionUser;
beforeAll(async () => {
  scjg = await sessionUserOf("dept-scjg");
  ycj = await sessionUserOf("dept-ycj");
  whly = await sessionUserOf("dept-whly");
  window = await sessionUserOf("window");
  expect(scjg.departmentId).not.toBeNull();
  expect(ycj.departmentId).not.toBe(scjg.departmentId);
});

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

/** A fresh enterprise with a signed liquor permit (SCJG) and a SCHEDULED HIGH-risk verification of it. */
async function scheduled(label: string) {
  const { enterprise, actor } = await makeEnterpriseWithApplicant(label);
  const licence = await makeSignedLicence(db(), { enterpriseId: enterprise.id, kind: "PERMIT", matterCode: "LIQUOR_RETAIL" });
  expect(licence.issuedByDepartmentId).toBe(scjg.departmentId);
  const verification = await db().commitmentVerification.create({
    data: {
      licenceId: licence.id,
      enterpriseId: enterprise.id,
      departmentId: scjg.departmentId!,
      matterId: licence.matterId!,
      riskLevel: "HIGH",
      selection: "高风险事项：全部核查，2 个月内完成",
      dueOn: new Date("2027-01-23T00:00:00Z"),
      status: "SCHEDULED",
      createdAt: new Date("2026-11-23T02:00:00Z"),
    },
  });
  return { enterprise, actor, licence, verification };
}

/** As `scheduled`, then found not to keep the commitment at `at` with `days` to rectify. */
async function rectifying(label: string, at = NOW, days = 5) {
  const s = await scheduled(label);
  const r = await recordVerification({
    actor: scjg,
    now: at,
    input: { verificationId: s.verification.id, outcome: "fail", findings: FINDINGS, rectifyDays: days },
    evidence: EVIDENCE,
  });
  expect(r.status).toBe("RECTIFYING");
  return { ...s, rectifyBy: r.rectifyBy };
}

const creditRecordsOf = (enterpriseId: string) => db().creditRecord.findMany({ where: { enterpriseId } });

describe("scheduling at 统一出件", () => {
  it("S1 issuance schedules the verification of the liquor permit (HIGH, +2 months) and nothing for permits not by commitment", async () => {
    const submitAt = new Date("2026-11-23T02:00:00Z");
    const { id, founder, tasks } = await dispatchedS1({ submitAt, acceptAt: new Date("2026-11-23T03:00:00Z"), supplementAt: new Date("2026-11-23T04:00:00Z") });
    const officers: Record<string, SessionUser> = { SCJG: scjg, YCJ: ycj, WHLY: whly };
    expect(Object.keys(tasks).sort()).toEqual(["SCJG", "WHLY", "YCJ"]);
    for (const [code, task] of Object.entries(tasks)) {
      await decideTask({
        actor: officers[code]!,
        now: new Date("2026-11-24T02:00:00Z"),
        input: { taskId: task.id, expectedVersion: task.version, action: "approve", reason: "" },
      });
    }
    const app = await db().application.findUniqueOrThrow({ where: { id } });
    expect(app.status).toBe("DECIDED");
    const issuedAt = new Date("2026-11-24T07:00:00Z"); // 15:00 in Shanghai, day 2026-11-24
    const issued = await issueResults({ actor: window, now: issuedAt, input: { applicationId: id, expectedVersion: app.version } });
    expect(issued.rejected).toEqual([]);

    const done = await db().application.findUniqueOrThrow({ where: { id }, select: { enterpriseId: true } });
    const enterpriseId = done.enterpriseId!;
    const permits = await db().licence.findMany({ where: { enterpriseId, kind: "PERMIT" }, include: { matter: true, applicationItem: true } });
    const liquor = permits.find((l) => l.matter?.code === "LIQUOR_RETAIL")!;
    expect(liquor).toBeDefined();
    expect(liquor.applicationItem?.useCommitment).toBe(true);
    const others = permits.filter((l) => l.id !== liquor.id);
    expect(others.map((l) => l.matter?.code).sort()).toEqual(expect.arrayContaining(["PUBLICATION_RETAIL", "TOBACCO_RETAIL"]));
    expect(others.every((l) => l.applicationItem?.useCommitment === false)).toBe(true);

    const verifications = await db().commitmentVerification.findMany({ where: { enterpriseId } });
    expect(verifications).toHaveLength(1);
    const v = verifications[0]!;
    expect(v).toMatchObject({
      licenceId: liquor.id,
      riskLevel: "HIGH",
      status: "SCHEDULED",
      departmentId: liquor.matter!.departmentId,
      matterId: liquor.matterId,
      enterpriseId,
    });
    expect(v.dueOn.toISOString().slice(0, 10)).toBe("2027-01-24");
    expect(v.selection).toContain("全部核查");
    expect(v.departmentId).toBe(scjg.departmentId);
    for (const other of others) expect(await db().commitmentVerification.count({ where: { licenceId: other.id } })).toBe(0);

    // The inspector sees it, with the commitment the founder signed.
    const listed = await listVerifications({ actor: scjg });
    expect(listed.open.map((r) => r.id)).toContain(v.id);
    const detail = await getVerification({ actor: scjg, id: v.id });
    expect(detail.commitment).not.toBeNull();
    expect(detail).toMatchObject({ licenceNumber: liquor.number, dueOn: "2027-01-24", riskLevel: "HIGH" });

    // Recording it kept marks the signed commitment verified.
    const passAt = new Date("2026-12-10T02:00:00Z");
    await recordVerification({ actor: scjg, now: passAt, input: { verificationId: v.id, outcome: "pass", findings: "现场检查与承诺一致。" } });
    const commitment = await db().commitment.findUniqueOrThrow({ where: { applicationItemId: liquor.applicationItemId! } });
    expect(commitment.verifiedAt?.getTime()).toBe(passAt.getTime());
    expect(commitment.verificationNote).toContain("核查符合承诺");
    expect((await noticesTitled(founder.id, "告知承诺核查：符合承诺")).length).toBe(1);
  });
});

describe("recording a verification", () => {
  it("pass: PASSED and closed, the enterprise told, audited; a second record is a CONFLICT", async () => {
    const { verification, actor, licence } = await scheduled("核查通过");
    expect(
      await recordVerification({ actor: scjg, now: NOW, input: { verificationId: verification.id, outcome: "pass", findings: "现场检查与承诺一致。" } }),
    ).toEqual({ status: "PASSED", rectifyBy: null });
    const row = await db().commitmentVerification.findUniqueOrThrow({ where: { id: verification.id } });
    expect(row).toMatchObject({ status: "PASSED", inspectorId: scjg.id, findings: "现场检查与承诺一致。", rectifyBy: null, evidenceKey: null });
    expect(row.closedAt?.getTime()).toBe(NOW.getTime());
    expect(row.checkedAt?.getTime()).toBe(NOW.getTime());
    const notes = await db().notification.findMany({ where: { userId: actor.id } });
    expect(notes).toHaveLength(1);
    expect(zhNotice(notes[0]!).title).toBe("告知承诺核查：符合承诺");
    expect(zhNotice(notes[0]!).body).toContain(licence.number);
    const audit = await db().auditLog.findMany({ where: { entityType: "CommitmentVerification", entityId: verification.id } });
    expect(audit.map((a) => a.action)).toEqual(["verification.pass"]);
    expect(audit[0]!.actorId).toBe(scjg.id);
    expect(await db().outboxMessage.count({ where: { topic: "verification.result", payload: { path: ["number"], equals: licence.number } } })).toBe(1);
    // The licence stands.
    expect((await db().licence.findUniqueOrThrow({ where: { id: licence.id } })).status).toBe("VALID");

    const again = await refusal(
      recordVerification({
        actor: scjg,
        now: NOW,
        input: { verificationId: verification.id, outcome: "fail", findings: FINDINGS, rectifyDays: 5 },
        evidence: EVIDENCE,
      }),
    );
    expect(again.code).toBe("CONFLICT");
    expect((await db().commitmentVerification.findUniqueOrThrow({ where: { id: verification.id } })).status).toBe("PASSED");
    expect(await db().auditLog.count({ where: { entityId: verification.id } })).toBe(1);
  });

  it("fail needs evidence and a deadline; with both: RECTIFYING until the deadline, the evidence kept, the enterprise told", async () => {
    const { verification, actor, licence } = await scheduled("核查不符");
    const noEvidence = await refusal(
      recordVerification({ actor: scjg, now: NOW, input: { verificationId: verification.id, outcome: "fail", findings: FINDINGS, rectifyDays: 5 } }),
    );
    expect(noEvidence.code).toBe("BAD_INPUT");
    const noDays = await refusal(
      recordVerification({ actor: scjg, now: NOW, input: { verificationId: verification.id, outcome: "fail", findings: FINDINGS }, evidence: EVIDENCE }),
    );
    expect(noDays.code).toBe("BAD_INPUT");
    const tooLong = await refusal(
      recordVerification({
        actor: scjg,
        now: NOW,
        input: { verificationId: verification.id, outcome: "fail", findings: FINDINGS, rectifyDays: 61 },
        evidence: EVIDENCE,
      }),
    );
    expect(tooLong.code).toBe("BAD_INPUT");
    expect((await db().commitmentVerification.findUniqueOrThrow({ where: { id: verification.id } })).status).toBe("SCHEDULED");

    const r = await recordVerification({
      actor: scjg,
      now: NOW,
      input: { verificationId: verification.id, outcome: "fail", findings: FINDINGS, rectifyDays: 5 },
      evidence: EVIDENCE,
    });
    expect(r).toEqual({ status: "RECTIFYING", rectifyBy: RECTIFY_BY });
    const row = await db().commitmentVerification.findUniqueOrThrow({ where: { id: verification.id } });
    expect(row).toMatchObject({ status: "RECTIFYING", closedAt: null, evidenceFileName: "现场照片.pdf", evidenceType: "application/pdf" });
    expect(row.rectifyBy?.toISOString().slice(0, 10)).toBe(RECTIFY_BY);

    const file = await readVerificationEvidence({ actor: scjg, id: verification.id });
    expect(file.fileName).toBe("现场照片.pdf");
    expect(file.contentType).toBe("application/pdf");
    expect(Buffer.from(file.bytes).equals(Buffer.from(PDF))).toBe(true);
    const detail = await getVerification({ actor: scjg, id: verification.id });
    expect(detail).toMatchObject({ status: "RECTIFYING", rectifyBy: RECTIFY_BY, findings: FINDINGS });
    expect(detail.evidence?.fileName).toBe("现场照片.pdf");

    const notes = await db().notification.findMany({ where: { userId: actor.id } });
    expect(notes).toHaveLength(1);
    expect(zhNotice(notes[0]!).title).toBe("告知承诺核查：不符合承诺，请限期整改");
    expect(zhNotice(notes[0]!).body).toContain(RECTIFY_BY);
    expect(zhNotice(notes[0]!).body).toContain(licence.number);
    expect((await db().auditLog.findMany({ where: { entityId: verification.id } })).map((a) => a.action)).toEqual(["verification.fail"]);
    // Not yet revoked; the enterprise's wallet shows the deadline and what was found.
    expect((await db().licence.findUniqueOrThrow({ where: { id: licence.id } })).status).toBe("VALID");
    const wallet = await getWallet({ actor, now: NOW });
    expect(wallet.licences.find((l) => l.id === licence.id)?.verification).toEqual({
      status: "RECTIFYING",
      dueOn: expect.any(String),
      rectifyBy: RECTIFY_BY,
      findings: FINDINGS,
    });
  });

  it("scoped: another department's officer finds nothing; an applicant is forbidden; nothing changes", async () => {
    const { verification, actor } = await scheduled("核查范围");
    expect(
      (
        await refusal(
          recordVerification({ actor: ycj, now: NOW, input: { verificationId: verification.id, outcome: "pass", findings: "现场检查与承诺一致。" } }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect((await refusal(getVerification({ actor: ycj, id: verification.id }))).code).toBe("NOT_FOUND");
    expect((await refusal(readVerificationEvidence({ actor: ycj, id: verification.id }))).code).toBe("NOT_FOUND");
    expect((await listVerifications({ actor: ycj })).open.map((r) => r.id)).not.toContain(verification.id);
    expect(
      (await refusal(recordVerification({ actor, now: NOW, input: { verificationId: verification.id, outcome: "pass", findings: "现场检查与承诺一致。" } })))
        .code,
    ).toBe("FORBIDDEN");
    expect((await refusal(getVerification({ actor, id: verification.id }))).code).toBe("FORBIDDEN");
    expect((await refusal(confirmRectification({ actor, now: NOW, input: { verificationId: verification.id, note: "已整改完毕" } }))).code).toBe("FORBIDDEN");
    expect((await db().commitmentVerification.findUniqueOrThrow({ where: { id: verification.id } })).status).toBe("SCHEDULED");
    expect(await db().auditLog.count({ where: { entityId: verification.id } })).toBe(0);
  });
});

describe("the rectification sweep", () => {
  it("does nothing on the deadline day; the day after revokes the permit, records SERIOUS false commitment (grade D), once", async () => {
    const { verification, actor, enterprise, licence, rectifyBy } = await rectifying("逾期撤销");
    expect(rectifyBy).toBe(RECTIFY_BY);

    expect(await sweepRectifications({ now: ON_DEADLINE })).toEqual({ revoked: 0 });
    expect((await db().commitmentVerification.findUniqueOrThrow({ where: { id: verification.id } })).status).toBe("RECTIFYING");
    expect((await db().licence.findUniqueOrThrow({ where: { id: licence.id } })).status).toBe("VALID");
    expect(await creditRecordsOf(enterprise.id)).toEqual([]);

    // Every rectification overdue by then goes (this file's earlier tests may have left one too).
    const overdue = await db().commitmentVerification.count({ where: { status: "RECTIFYING", rectifyBy: { lt: new Date("2026-11-30T00:00:00Z") } } });
    expect(overdue).toBeGreaterThanOrEqual(1);
    expect(await sweepRectifications({ now: DAY_AFTER })).toEqual({ revoked: overdue });

    const row = await db().commitmentVerification.findUniqueOrThrow({ where: { id: verification.id } });
    expect(row.status).toBe("REVOKED");
    expect(row.closedAt?.getTime()).toBe(DAY_AFTER.getTime());
    const lic = await db().licence.findUniqueOrThrow({ where: { id: licence.id } });
    expect(lic).toMatchObject({ status: "REVOKED", statusReason: REVOKE_REASON });

    const records = await creditRecordsOf(enterprise.id);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ type: "FALSE_COMMITMENT", severity: "SERIOUS" });
    expect(records[0]!.description).toContain(licence.number);
    expect(await db().outboxMessage.count({ where: { topic: "credit.record", payload: { path: ["licence"], equals: licence.number } } })).toBe(1);

    const restriction = await creditRestriction({ db: db(), enterpriseId: enterprise.id, now: DAY_AFTER });
    expect(restriction.restricted).toBe(true);
    expect((await getMyCredit({ actor, now: DAY_AFTER }))!.assessment.grade).toBe("D");

    // The department's officers are told; audited as the system.
    const told = await db().notification.findMany({ where: { userId: scjg.id, link: `/dept/verifications/${verification.id}` } });
    expect(told).toHaveLength(1);
    expect(zhNotice(told[0]!).title).toBe("告知承诺核查：逾期未整改，许可已撤销");
    expect(await db().notification.count({ where: { userId: ycj.id, link: `/dept/verifications/${verification.id}` } })).toBe(0);
    const audit = await db().auditLog.findMany({ where: { entityType: "CommitmentVerification", entityId: verification.id, action: "verification.revoke" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBeNull();

    // Again: nothing more.
    expect(await sweepRectifications({ now: new Date(DAY_AFTER.getTime() + 3_600_000) })).toEqual({ revoked: 0 });
    expect(await creditRecordsOf(enterprise.id)).toHaveLength(1);
    expect(await db().auditLog.count({ where: { entityId: verification.id, action: "verification.revoke" } })).toBe(1);
    // A revoked one cannot be confirmed rectified any more.
    const late = await refusal(confirmRectification({ actor: scjg, now: DAY_AFTER, input: { verificationId: verification.id, note: "企业称已整改完毕" } }));
    expect(late.code).toBe("CONFLICT");
    expect(zhError(late)).toContain("整改期限已过");
  });

  it("rectified within the deadline: RECTIFIED, the sweep leaves the permit VALID and records nothing; a SCHEDULED one cannot be confirmed", async () => {
    const { verification, actor, enterprise, licence } = await rectifying("按期整改");
    const recheck = new Date("2026-11-28T02:00:00Z");
    await confirmRectification({ actor: scjg, now: recheck, input: { verificationId: verification.id, note: "复查：已设置酒类专柜，符合承诺。" } });
    const row = await db().commitmentVerification.findUniqueOrThrow({ where: { id: verification.id } });
    expect(row).toMatchObject({ status: "RECTIFIED", rectificationNote: "复查：已设置酒类专柜，符合承诺。" });
    expect(row.rectifiedAt?.getTime()).toBe(recheck.getTime());
    expect(row.closedAt?.getTime()).toBe(recheck.getTime());
    expect((await noticesTitled(actor.id, "告知承诺核查：整改已通过复查")).length).toBe(1);

    await sweepRectifications({ now: DAY_AFTER });
    expect((await db().commitmentVerification.findUniqueOrThrow({ where: { id: verification.id } })).status).toBe("RECTIFIED");
    expect((await db().licence.findUniqueOrThrow({ where: { id: licence.id } })).status).toBe("VALID");
    expect(await creditRecordsOf(enterprise.id)).toEqual([]);
    expect((await creditRestriction({ db: db(), enterpriseId: enterprise.id, now: DAY_AFTER })).restricted).toBe(false);

    // Confirming twice, or confirming what was never failed: CONFLICT.
    expect((await refusal(confirmRectification({ actor: scjg, now: recheck, input: { verificationId: verification.id, note: "再次复查" } }))).code).toBe(
      "CONFLICT",
    );
    const other = await scheduled("未核查");
    expect(
      (await refusal(confirmRectification({ actor: scjg, now: recheck, input: { verificationId: other.verification.id, note: "复查：已整改" } }))).code,
    ).toBe("CONFLICT");
    expect((await db().commitmentVerification.findUniqueOrThrow({ where: { id: other.verification.id } })).status).toBe("SCHEDULED");
    // Another department's officer: not found.
    expect((await refusal(confirmRectification({ actor: ycj, now: recheck, input: { verificationId: verification.id, note: "复查：已整改" } }))).code).toBe(
      "NOT_FOUND",
    );
    // Past the deadline, even before the sweep has run: too late to confirm.
    const overdue = await rectifying("逾期复查");
    const tooLate = await refusal(
      confirmRectification({ actor: scjg, now: DAY_AFTER, input: { verificationId: overdue.verification.id, note: "复查：已整改" } }),
    );
    expect(zhError(tooLate)).toContain("整改期限已过");
    expect((await db().commitmentVerification.findUniqueOrThrow({ where: { id: overdue.verification.id } })).status).toBe("RECTIFYING");
  });

  it("two sweeps at once on one overdue verification: revoked once, one credit record", async () => {
    // Failed on 11-02 with 1 day (deadline 11-03); swept on 11-05, before any other deadline of this file.
    const { verification, enterprise, licence, rectifyBy } = await rectifying("并发撤销", new Date("2026-11-02T02:00:00Z"), 1);
    expect(rectifyBy).toBe("2026-11-03");
    const at = new Date("2026-11-05T02:00:00Z");
    expect(await db().commitmentVerification.count({ where: { status: "RECTIFYING", rectifyBy: { lt: new Date("2026-11-05T00:00:00Z") } } })).toBe(1);
    const results = await Promise.all([sweepRectifications({ now: at }), sweepRectifications({ now: at })]);
    expect(results[0]!.revoked + results[1]!.revoked).toBe(1);
    expect((await db().commitmentVerification.findUniqueOrThrow({ where: { id: verification.id } })).status).toBe("REVOKED");
    expect((await db().licence.findUniqueOrThrow({ where: { id: licence.id } })).status).toBe("REVOKED");
    expect(await creditRecordsOf(enterprise.id)).toHaveLength(1);
    expect(await db().auditLog.count({ where: { entityId: verification.id, action: "verification.revoke" } })).toBe(1);
    expect(await db().auditLog.count({ where: { entityType: "Licence", entityId: licence.id } })).toBe(1);
  });
});

describe("re-issue", () => {
  // A name change re-issues every licence; an address change would not re-issue this premises-bound liquor
  // permit at all (issue 15 part 3, tests/integration/registration-change.test.ts).
  it("a verification follows its licence to the re-issued version after a name change", async () => {
    const { verification, actor, licence, enterprise } = await scheduled("核查换证");
    const newName = `${enterprise.name.replace("有限公司", "")}换证有限公司`;
    const { id } = await requestChange({
      actor,
      now: NOW,
      input: parseInput(ZRequestChange, { requestKey: `key-${randomBytes(6).toString("hex")}`, newName, reason: "企业更名" }),
    });
    const r = await decideRegistrationChange({
      actor: scjg,
      now: new Date("2026-11-25T02:00:00Z"),
      input: parseInput(ZDecideRegistrationChange, { changeId: id, action: "approve" }),
    });
    expect(r.reissued).toContainEqual({ from: licence.number, to: `${licence.number}-V2` });
    const v2 = await db().licence.findUniqueOrThrow({ where: { supersedesId: licence.id } });
    expect(v2).toMatchObject({ number: `${licence.number}-V2`, status: "VALID", enterpriseId: enterprise.id });
    const row = await db().commitmentVerification.findUniqueOrThrow({ where: { id: verification.id } });
    expect(row.licenceId).toBe(v2.id);
    expect(row.status).toBe("SCHEDULED");
    const detail = await getVerification({ actor: scjg, id: verification.id });
    expect(detail.licenceNumber).toBe(`${licence.number}-V2`);
    expect(detail.address).toBe(licence.address);
    // And it still works on the new version: passing it closes it.
    await recordVerification({
      actor: scjg,
      now: new Date("2026-11-26T02:00:00Z"),
      input: { verificationId: verification.id, outcome: "pass", findings: "现场检查与承诺一致。" },
    });
    expect((await db().commitmentVerification.findUniqueOrThrow({ where: { id: verification.id } })).status).toBe("PASSED");
  });
});
