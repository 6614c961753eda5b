// 信用等级 and 信用修复 on the real database: the grade follows the documented rules (credit-grade.ts), a grade-D
// enterprise loses the commitment route, a repair application goes to the regulators, approval restores
// the grade at once, refusal carries its reason and lets the enterprise apply again; scoped and raced.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { CreditSeverity } from "@/lib/generated/prisma/enums";
import { AppError, parseInput } from "@/lib/errors";
import { ZAddCreditRecord, ZRequestRepair, ZReviewRepair } from "@/lib/supervision/repair-rules";
import { getMyCredit } from "@/lib/supervision/get-my-credit";
import { CREDIT_RESTRICTED, creditRestriction } from "@/lib/supervision/credit-restriction";
import { translate } from "@/lib/i18n/core";
import { requestCreditRepair as requestDomain } from "@/lib/supervision/request-credit-repair";
import { reviewCreditRepair as reviewDomain } from "@/lib/supervision/review-credit-repair";
import { listRepairRequests } from "@/lib/supervision/list-repair-requests";
import { addCreditRecord as addDomain } from "@/lib/supervision/add-credit-record";
import { makeEnterpriseWithApplicant, sessionUserOf } from "../factories";
import { english, zh, zhError, zhNotice } from "../support/messages";

const NOW = new Date("2026-11-24T02:00:00Z");
const STATEMENT = "已按要求完成整改，补交了全部材料并通过现场复查。";
let regulator: SessionUser;
let regulator2: SessionUser;
beforeAll(async () => {
  regulator = await sessionUserOf("regulator");
  const u = await getDb().user.create({ data: { username: "regulator-second", passwordHash: "x", displayName: "第二监管员", role: "REGULATOR" } });
  regulator2 = { ...regulator, id: u.id, username: u.username, name: u.displayName };
});

// As the actions do it: the schema parses the form's input, then the domain acts on the typed input.
type Call = { actor: SessionUser; now: Date; input: unknown };
const requestCreditRepair = (c: Call) => Promise.resolve().then(() => requestDomain({ ...c, input: parseInput(ZRequestRepair, c.input) }));
const reviewCreditRepair = (c: Call) => Promise.resolve().then(() => reviewDomain({ ...c, input: parseInput(ZReviewRepair, c.input) }));
const addCreditRecord = (c: Call) => Promise.resolve().then(() => addDomain({ ...c, input: parseInput(ZAddCreditRecord, c.input) }));

/** How many inbox messages the user has whose title reads (in Chinese) exactly `title`. */
async function noticesTitled(userId: string, title: string) {
  return (await getDb().notification.findMany({ where: { userId } })).filter((n) => zhNotice(n).title === title);
}

async function record(enterpriseId: string, severity: CreditSeverity, description = "测试记录") {
  return getDb().creditRecord.create({
    data: { enterpriseId, type: "PENALTY", severity, source: "区市场监督管理局", description, occurredAt: new Date("2026-10-01T00:00:00Z") },
  });
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("credit grade", () => {
  it("three GENERAL records make grade D (score 55) and restrict the enterprise, each factor explained", async () => {
    const { enterprise, actor } = await makeEnterpriseWithApplicant("信用测试");
    await record(enterprise.id, "GENERAL", "一");
    expect((await getMyCredit({ actor, now: NOW }))!.assessment).toMatchObject({ grade: "B", score: 85, restricted: false });
    await record(enterprise.id, "GENERAL", "二");
    await record(enterprise.id, "GENERAL", "三");
    const credit = (await getMyCredit({ actor, now: NOW }))!;
    expect(credit.assessment).toMatchObject({ grade: "D", score: 55, restricted: true });
    expect(credit.assessment.factors.map((f) => f.deduction)).toEqual([15, 15, 15]);
    const r = await creditRestriction({ db: getDb(), enterpriseId: enterprise.id, now: NOW });
    expect(r.restricted).toBe(true);
    const words = translate(zh, CREDIT_RESTRICTED, r.reason ?? {});
    expect(words).toContain("信用等级为 D（失信，信用分 55）");
    expect(words).toContain("不能适用告知承诺和容缺受理");
    expect(translate(english, CREDIT_RESTRICTED, r.reason ?? {})).toContain("credit score 55");
  });

  it("another enterprise's records are not shown", async () => {
    const a = await makeEnterpriseWithApplicant("信用甲");
    const b = await makeEnterpriseWithApplicant("信用乙");
    await record(a.enterprise.id, "SERIOUS");
    expect((await getMyCredit({ actor: b.actor, now: NOW }))!.records).toEqual([]);
  });
});

describe("信用修复", () => {
  it("approval stops a SERIOUS record counting: grade D → A, commitment available again; notified and audited", async () => {
    const { enterprise, actor } = await makeEnterpriseWithApplicant("修复测试");
    const rec = await record(enterprise.id, "SERIOUS", "虚假承诺被撤销许可");
    expect((await creditRestriction({ db: getDb(), enterpriseId: enterprise.id, now: NOW })).restricted).toBe(true);

    expect((await refusal(requestCreditRepair({ actor, now: NOW, input: { recordId: rec.id, statement: "太短" } }))).code).toBe("BAD_INPUT");
    await requestCreditRepair({ actor, now: NOW, input: { recordId: rec.id, statement: STATEMENT } });
    expect((await refusal(requestCreditRepair({ actor, now: NOW, input: { recordId: rec.id, statement: STATEMENT } }))).code).toBe("CONFLICT");
    // Requested is not repaired: still restricted.
    expect((await creditRestriction({ db: getDb(), enterpriseId: enterprise.id, now: NOW })).restricted).toBe(true);
    const queue = await listRepairRequests({ actor: regulator, now: NOW });
    expect(queue.find((q) => q.recordId === rec.id)).toMatchObject({ grade: "D", statement: STATEMENT, uscc: enterprise.uscc });
    expect((await noticesTitled(regulator.id, "新的信用修复申请")).length).toBeGreaterThan(0);

    expect(await reviewCreditRepair({ actor: regulator, now: NOW, input: { recordId: rec.id, action: "approve" } })).toEqual({ repairStatus: "APPROVED" });
    const credit = (await getMyCredit({ actor, now: NOW }))!;
    expect(credit.assessment).toMatchObject({ grade: "A", score: 100, restricted: false });
    expect(credit.records[0]).toMatchObject({ repairStatus: "APPROVED", inForce: false, canRepair: false });
    expect((await creditRestriction({ db: getDb(), enterpriseId: enterprise.id, now: NOW })).restricted).toBe(false);
    expect((await noticesTitled(actor.id, "信用修复已准予")).length).toBe(1);
    const audit = await getDb().auditLog.findMany({ where: { entityType: "CreditRecord", entityId: rec.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["credit.repairRequest", "credit.repair.approve"]);
  });

  it("refusal needs a reason, tells it, and the enterprise may apply again", async () => {
    const { enterprise, actor } = await makeEnterpriseWithApplicant("修复拒绝");
    const rec = await record(enterprise.id, "GENERAL");
    await requestCreditRepair({ actor, now: NOW, input: { recordId: rec.id, statement: STATEMENT } });
    expect((await refusal(reviewCreditRepair({ actor: regulator, now: NOW, input: { recordId: rec.id, action: "reject" } }))).code).toBe("BAD_INPUT");
    await reviewCreditRepair({ actor: regulator, now: NOW, input: { recordId: rec.id, action: "reject", reason: "整改材料不足以证明已纠正" } });
    const row = (await getMyCredit({ actor, now: NOW }))!.records[0]!;
    expect(row).toMatchObject({ repairStatus: "REJECTED", repairReviewNote: "整改材料不足以证明已纠正", canRepair: true, inForce: true });
    const [note] = await noticesTitled(actor.id, "信用修复未获准予");
    expect(zhNotice(note!).body).toContain("整改材料不足以证明已纠正");
    await requestCreditRepair({ actor, now: NOW, input: { recordId: rec.id, statement: `${STATEMENT}（补充）` } });
    expect((await getDb().creditRecord.findUniqueOrThrow({ where: { id: rec.id } })).repairStatus).toBe("REQUESTED");
  });

  it("scoped: another enterprise cannot apply for the record; an applicant cannot review; of two reviewers one acts", async () => {
    const a = await makeEnterpriseWithApplicant("修复甲");
    const b = await makeEnterpriseWithApplicant("修复乙");
    const rec = await record(a.enterprise.id, "MINOR");
    expect((await refusal(requestCreditRepair({ actor: b.actor, now: NOW, input: { recordId: rec.id, statement: STATEMENT } }))).code).toBe("NOT_FOUND");
    await requestCreditRepair({ actor: a.actor, now: NOW, input: { recordId: rec.id, statement: STATEMENT } });
    expect((await refusal(reviewCreditRepair({ actor: a.actor, now: NOW, input: { recordId: rec.id, action: "approve" } }))).code).toBe("FORBIDDEN");
    const results = await Promise.allSettled([
      reviewCreditRepair({ actor: regulator, now: NOW, input: { recordId: rec.id, action: "approve" } }),
      reviewCreditRepair({ actor: regulator2, now: NOW, input: { recordId: rec.id, action: "reject", reason: "不同意修复" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((failed.reason as AppError).code).toBe("CONFLICT");
    expect(await getDb().auditLog.count({ where: { entityId: rec.id, action: { startsWith: "credit.repair." } } })).toBe(1);
  });

  it("a record no longer in force cannot be applied for", async () => {
    const { enterprise, actor } = await makeEnterpriseWithApplicant("修复过期");
    const old = await getDb().creditRecord.create({
      data: {
        enterpriseId: enterprise.id,
        type: "OTHER",
        severity: "MINOR",
        source: "测试",
        description: "已过期",
        occurredAt: new Date("2026-01-01T00:00:00Z"),
        expiresAt: new Date("2026-06-01T00:00:00Z"),
      },
    });
    expect(zhError(await refusal(requestCreditRepair({ actor, now: NOW, input: { recordId: old.id, statement: STATEMENT } })))).toContain("不再计入");
  });
});

describe("a regulator enters a credit record", () => {
  it("counts at once, from the regulator's department, with the enterprise told; refused for others and bad input", async () => {
    const { enterprise, actor } = await makeEnterpriseWithApplicant("录入测试");
    const input = {
      uscc: enterprise.uscc.toLowerCase(),
      type: "PENALTY",
      severity: "SERIOUS",
      description: "金市监罚〔2026〕1号：无证经营",
      occurredOn: "2026-11-20",
    };
    expect((await refusal(addCreditRecord({ actor, now: NOW, input }))).code).toBe("FORBIDDEN");
    expect(zhError(await refusal(addCreditRecord({ actor: regulator, now: NOW, input: { ...input, occurredOn: "2026-11-30" } })))).toContain("不能晚于今天");
    expect((await refusal(addCreditRecord({ actor: regulator, now: NOW, input: { ...input, uscc: "91310116MA00000000" } }))).code).toBe("NOT_FOUND");
    expect((await refusal(addCreditRecord({ actor: regulator, now: NOW, input: { ...input, expiresOn: "2026-11-01" } }))).code).toBe("BAD_INPUT");
    await addCreditRecord({ actor: regulator, now: NOW, input });
    const credit = (await getMyCredit({ actor, now: NOW }))!;
    expect(credit.assessment).toMatchObject({ grade: "D", restricted: true });
    expect(credit.records[0]).toMatchObject({ source: "上海市金山区市场监督管理局", severity: "SERIOUS", canRepair: true });
    expect((await noticesTitled(actor.id, "新增信用记录")).length).toBe(1);
    expect(await getDb().outboxMessage.count({ where: { topic: "credit.record", payload: { path: ["uscc"], equals: enterprise.uscc } } })).toBe(1);
  });
});
