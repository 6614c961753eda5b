// 一企一档 and the risk list on the real database: every factor is counted from the records, each with its
// weight; a permit revoked for a false commitment is counted once; the list ranks by score; the dossier
// gathers every kind of fact into one timeline, newest first; regulators only.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { AppError } from "@/lib/errors";
import { listRiskEnterprises } from "@/lib/supervision/list-risk";
import { getEnterpriseDossier } from "@/lib/supervision/get-enterprise-dossier";
import { makeEnterpriseWithApplicant, sessionUserOf } from "../factories";
import { makeSignedLicence } from "../factories/licences";

const NOW = new Date("2026-11-24T02:00:00Z");
let regulator: SessionUser;
let risky: { id: string; uscc: string };
let mild: { id: string; uscc: string };
let applicant: SessionUser;

beforeAll(async () => {
  const db = getDb();
  regulator = await sessionUserOf("regulator");
  const a = await makeEnterpriseWithApplicant("风险甲");
  risky = a.enterprise;
  applicant = a.actor;
  mild = (await makeEnterpriseWithApplicant("风险乙")).enterprise;
  const scjg = await sessionUserOf("dept-scjg");
  // risky: a serious record (D), a permit revoked after a false commitment, a suspended permit, a valid
  // high-risk licence, a failed inspection.
  await db.creditRecord.create({
    data: {
      enterpriseId: risky.id,
      type: "FALSE_COMMITMENT",
      severity: "SERIOUS",
      source: "区市场监督管理局",
      description: "告知承诺不实",
      occurredAt: new Date("2026-11-10T00:00:00Z"),
    },
  });
  const revoked = await makeSignedLicence(db, { enterpriseId: risky.id, kind: "PERMIT", matterCode: "FOOD_OPERATION", status: "REVOKED" });
  const matter = await db.matter.findUniqueOrThrow({ where: { code: "FOOD_OPERATION" } });
  await db.commitmentVerification.create({
    data: {
      licenceId: revoked.id,
      enterpriseId: risky.id,
      departmentId: matter.departmentId,
      matterId: matter.id,
      riskLevel: "HIGH",
      selection: "高风险",
      dueOn: new Date("2027-01-10T00:00:00Z"),
      status: "REVOKED",
      findings: "与承诺不符",
    },
  });
  await makeSignedLicence(db, { enterpriseId: risky.id, kind: "PERMIT", matterCode: "TOBACCO_RETAIL", status: "SUSPENDED", statusReason: "暂扣" });
  await makeSignedLicence(db, { enterpriseId: risky.id, kind: "PERMIT", matterCode: "LIQUOR_RETAIL" });
  const plan = await db.inspectionPlan.create({
    data: {
      name: "测试计划",
      departmentId: scjg.departmentId!,
      matterCodes: ["LIQUOR_RETAIL"],
      periodStart: NOW,
      periodEnd: NOW,
      publishBy: NOW,
      ratioA: 3,
      ratioB: 5,
      ratioC: 10,
      ratioD: 100,
      createdById: regulator.id,
      drawnAt: NOW,
    },
  });
  await db.inspection.create({
    data: {
      planId: plan.id,
      enterpriseId: risky.id,
      grade: "D",
      result: "FAILED",
      findings: "进货查验记录缺失",
      inspectedAt: new Date("2026-11-20T02:00:00Z"),
    },
  });
  // mild: one GENERAL record (B) only.
  await db.creditRecord.create({
    data: {
      enterpriseId: mild.id,
      type: "PENALTY",
      severity: "GENERAL",
      source: "区市场监督管理局",
      description: "轻微违法",
      occurredAt: new Date("2026-11-01T00:00:00Z"),
    },
  });
});

describe("risk list", () => {
  it("counts each factor with its weight, the false-commitment revocation once, and ranks by score", async () => {
    const list = await listRiskEnterprises({ actor: regulator, now: NOW });
    const r = list.find((x) => x.uscc === risky.uscc)!;
    expect(r.factors.map((f) => [f.key, f.value, f.points])).toEqual([
      ["grade", "D", 50],
      ["falseCommitment", 1, 20],
      ["failedInspection", 1, 15],
      ["licenceSanctioned", 1, 10], // the suspended tobacco permit; the revoked food permit counts as false commitment only
      ["highRiskLicence", 1, 5],
    ]);
    expect(r.score).toBe(100);
    const m = list.find((x) => x.uscc === mild.uscc)!;
    expect(m).toMatchObject({ score: 10, grade: "B" });
    expect(list.findIndex((x) => x.uscc === risky.uscc)).toBeLessThan(list.findIndex((x) => x.uscc === mild.uscc));
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score);
  });

  it("is for regulators only", async () => {
    const e = await listRiskEnterprises({ actor: applicant, now: NOW }).then(
      () => null,
      (x: unknown) => x,
    );
    expect((e as AppError).code).toBe("FORBIDDEN");
  });
});

describe("一企一档", () => {
  it("gathers licences, commitments' verification, inspections, credit and the risk score into one timeline, newest first", async () => {
    const d = await getEnterpriseDossier({ actor: regulator, now: NOW, uscc: risky.uscc.toLowerCase() });
    expect(d.enterprise.uscc).toBe(risky.uscc);
    expect(d.credit).toMatchObject({ grade: "D", score: 60 });
    expect(d.risk.score).toBe(100);
    expect(d.licences.map((l) => l.status).sort()).toEqual(["REVOKED", "SUSPENDED", "VALID"]);
    expect(d.inspections).toEqual([expect.objectContaining({ plan: "测试计划", result: "FAILED", findings: "进货查验记录缺失" })]);
    expect(d.creditRecords).toEqual([expect.objectContaining({ inForce: true, deduction: 40 })]);
    const kinds = new Set(d.timeline.map((e) => e.kind));
    for (const k of ["registration", "licence", "inspection", "credit"] as const) expect(kinds.has(k)).toBe(true);
    for (let i = 1; i < d.timeline.length; i++) expect(d.timeline[i - 1]!.at.getTime()).toBeGreaterThanOrEqual(d.timeline[i]!.at.getTime());
    expect(d.timeline.find((e) => e.kind === "licence" && e.text.includes("已撤销"))).toBeTruthy();
  });

  it("an unknown code is NOT_FOUND; an applicant is FORBIDDEN", async () => {
    const missing = await getEnterpriseDossier({ actor: regulator, now: NOW, uscc: "91310116MA00000000" }).then(
      () => null,
      (x: unknown) => x,
    );
    expect((missing as AppError).code).toBe("NOT_FOUND");
    const forbidden = await getEnterpriseDossier({ actor: applicant, now: NOW, uscc: risky.uscc }).then(
      () => null,
      (x: unknown) => x,
    );
    expect((forbidden as AppError).code).toBe("FORBIDDEN");
  });
});
