// 双随机、一公开 on the real database: a regulator's plan is drawn once, from active holders of a valid
// licence of its matters, graded by credit; the published draw file recomputes to exactly the same
// enterprises and inspectors; a declared conflict is never drawn; results are recorded by a drawn
// inspector only, published, and a failure enters the credit record.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { AppError, parseInput } from "@/lib/errors";
import { ZCreatePlan } from "@/lib/supervision/inspection-schemas";
import { zhError } from "../support/messages";
import { createInspectionPlan } from "@/lib/supervision/create-inspection-plan";
import { drawInspectionPlan } from "@/lib/supervision/draw-inspection-plan";
import { getDrawFile, getPublicInspectionPlan, listMyInspections, listPublicInspectionPlans } from "@/lib/supervision/list-inspections";
import { declareConflict, recordInspection } from "@/lib/supervision/record-inspection";
import { checkDrawFile, conflictMap } from "@/lib/supervision/draw-file";
import { draw, parseSnapshot } from "@/lib/supervision/draw";
import { makeEnterpriseWithApplicant, sessionUserOf } from "../factories";
import { makeSignedLicence } from "../factories/licences";

const NOW = new Date("2026-11-24T02:00:00Z");
let regulator: SessionUser;
let inspectors: SessionUser[];
const usccs: Record<string, string> = {};

/** As the action does it: the schema parses the form's input, then the domain acts on the typed input. */
const createVia = (actor: SessionUser, input: unknown) =>
  Promise.resolve().then(() => createInspectionPlan({ actor, now: NOW, input: parseInput(ZCreatePlan, input) }));

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

async function holder(label: string, opts: { serious?: boolean; general?: number; licenceStatus?: "VALID" | "REVOKED"; cancelled?: boolean } = {}) {
  const { enterprise } = await makeEnterpriseWithApplicant(label);
  await makeSignedLicence(getDb(), { enterpriseId: enterprise.id, kind: "PERMIT", matterCode: "LIQUOR_RETAIL", status: opts.licenceStatus ?? "VALID" });
  const record = (severity: "SERIOUS" | "GENERAL") =>
    getDb().creditRecord.create({
      data: { enterpriseId: enterprise.id, type: "PENALTY", severity, source: "测试", description: "测试", occurredAt: new Date("2026-10-01T00:00:00Z") },
    });
  if (opts.serious) await record("SERIOUS");
  for (let i = 0; i < (opts.general ?? 0); i++) await record("GENERAL");
  if (opts.cancelled) await getDb().enterprise.update({ where: { id: enterprise.id }, data: { status: "CANCELLED" } });
  usccs[label] = enterprise.uscc;
  return enterprise;
}

beforeAll(async () => {
  regulator = await sessionUserOf("regulator");
  inspectors = await Promise.all(["dept-scjg", "head-scjg", "inspector-scjg-1", "inspector-scjg-2"].map(sessionUserOf));
  for (let i = 0; i < 6; i++) await holder(`甲${i}`); // A
  await holder("乙", { general: 1 }); // B (85)
  await holder("丙", { general: 2 }); // C (70)
  await holder("丁", { serious: true }); // D
  await holder("撤销", { licenceStatus: "REVOKED" }); // no valid licence: not a target
  await holder("注销", { cancelled: true }); // cancelled: not a target
  // inspector-scjg-1 declares a conflict with 丁 (D: drawn for certain).
  await declareConflict({ actor: inspectors[2]!, now: NOW, input: { uscc: usccs["丁"]!, reason: "其配偶为该企业股东" } });
});

const PLAN = {
  name: "2026 年酒类零售双随机抽查",
  departmentCode: "SCJG",
  matterCodes: ["LIQUOR_RETAIL"],
  periodStart: "2026-12-01",
  periodEnd: "2026-12-31",
  publishBy: "2027-01-20",
  ratioA: 50,
  ratioB: 100,
  ratioC: 100,
  ratioD: 100,
};

describe("双随机 draw", () => {
  it("draws once, reproducibly, by grade, from active valid holders only, never a declared conflict", async () => {
    expect((await refusal(createInspectionPlan({ actor: inspectors[0]!, now: NOW, input: PLAN }))).code).toBe("FORBIDDEN");
    expect(zhError(await refusal(createVia(regulator, { ...PLAN, publishBy: "2026-12-30" })))).toContain("结果公示期限不能早于检查结束日期");
    const { id: planId } = await createInspectionPlan({ actor: regulator, now: NOW, input: PLAN });

    const [a, b] = await Promise.allSettled([
      drawInspectionPlan({ actor: regulator, now: NOW, input: { planId } }),
      drawInspectionPlan({ actor: regulator, now: NOW, input: { planId } }),
    ]);
    expect([a, b].filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const summary = ([a, b].find((r) => r.status === "fulfilled") as PromiseFulfilledResult<Awaited<ReturnType<typeof drawInspectionPlan>>>).value;
    expect((([a, b].find((r) => r.status === "rejected") as PromiseRejectedResult).reason as AppError).code).toBe("CONFLICT");
    expect(summary.targets).toBe(9); // 6 A + B + C + D; the revoked holder and the cancelled enterprise are not targets
    expect(summary.drawn).toBe(3 + 1 + 1 + 1); // ceil(6 × 50%) + 100% of B, C, D
    expect(summary.unstaffed).toEqual([]);

    // Anyone recomputes the published draw from the seed and the snapshot: exactly the same.
    const file = await getDrawFile({ actor: null, planId });
    expect(checkDrawFile(file)).toEqual({ ok: true, problems: [] });
    const again = draw({
      seed: file.seed,
      targets: parseSnapshot(file.snapshot),
      ratios: file.ratios,
      inspectors: file.pool,
      conflicts: conflictMap(file.conflicts),
      perInspection: 2,
    });
    expect(again.snapshotHash).toBe(file.snapshotHash);
    expect(again.drawn).toEqual(file.drawn.map((d) => ({ ...d })));
    expect(file.snapshot).not.toContain(usccs["撤销"]);
    expect(file.snapshot).not.toContain(usccs["注销"]);
    expect(file.snapshot).toContain(`${usccs["丁"]}\tD`);
    expect(file.snapshot).toContain(`${usccs["丙"]}\tC`);

    // Two distinct qualified inspectors each; the conflicted one never sent to 丁.
    for (const d of file.drawn) {
      expect(new Set(d.inspectors).size).toBe(2);
      for (const id of d.inspectors) expect(inspectors.map((i) => i.id)).toContain(id);
    }
    const ding = file.drawn.find((d) => d.uscc === usccs["丁"])!;
    expect(ding.inspectors).not.toContain(inspectors[2]!.id);
    expect(file.conflicts).toContainEqual([usccs["丁"], inspectors[2]!.id]);

    // The public page masks the inspectors' names.
    const pub = await getPublicInspectionPlan({ actor: null, now: NOW, planId });
    expect(pub.inspectionsList).toHaveLength(6);
    for (const i of pub.inspectionsList) for (const n of i.inspectors) expect(n).toMatch(/\*/);
  });

  it("only a drawn inspector records the result, once; a failure enters the credit record and is public", async () => {
    const { id: planId } = await createInspectionPlan({ actor: regulator, now: NOW, input: { ...PLAN, name: "复查计划", ratioA: 0, ratioB: 0, ratioC: 0 } });
    await drawInspectionPlan({ actor: regulator, now: NOW, input: { planId } });
    const file = await getDrawFile({ actor: null, planId });
    expect(file.drawn.map((d) => d.uscc)).toEqual([usccs["丁"]]);
    const drawnIds = file.drawn[0]!.inspectors;
    const drawnInspector = inspectors.find((i) => i.id === drawnIds[0])!;
    const other = inspectors.find((i) => !drawnIds.includes(i.id))!;
    const mine = (await listMyInspections({ actor: drawnInspector })).find((i) => i.uscc === usccs["丁"] && i.plan === "复查计划")!;
    expect(mine.partners).toHaveLength(1);

    expect((await refusal(recordInspection({ actor: other, now: NOW, input: { inspectionId: mine.id, result: "FAILED", findings: "无关人员" } }))).code).toBe(
      "NOT_FOUND",
    );
    // Past the publication day with the result still missing: flagged publicly as overdue (一公开).
    const afterPublishBy = new Date("2027-01-21T02:00:00Z");
    const overdue = async () => (await listPublicInspectionPlans({ actor: null, now: afterPublishBy })).find((p) => p.id === planId)!.overdue;
    expect(await overdue()).toBe(true);
    expect((await listPublicInspectionPlans({ actor: null, now: NOW })).find((p) => p.id === planId)!.overdue).toBe(false);
    const enterprise = await getDb().enterprise.findUniqueOrThrow({ where: { uscc: usccs["丁"]! } });
    const before = await getDb().creditRecord.count({ where: { enterpriseId: enterprise.id } });
    await recordInspection({ actor: drawnInspector, now: NOW, input: { inspectionId: mine.id, result: "FAILED", findings: "进货查验记录缺失" } });
    expect(await getDb().creditRecord.count({ where: { enterpriseId: enterprise.id, type: "FAILED_INSPECTION" } })).toBe(1);
    expect(await getDb().creditRecord.count({ where: { enterpriseId: enterprise.id } })).toBe(before + 1);
    const partner = inspectors.find((i) => i.id === drawnIds[1])!;
    expect((await refusal(recordInspection({ actor: partner, now: NOW, input: { inspectionId: mine.id, result: "PASSED", findings: "再次记录" } }))).code).toBe(
      "CONFLICT",
    );
    const pub = await getPublicInspectionPlan({ actor: null, now: NOW, planId });
    expect(pub.inspectionsList[0]).toMatchObject({ result: "FAILED", findings: "进货查验记录缺失" });
    expect(pub.recorded).toBe(1);
    expect(await overdue()).toBe(false);
  });
});
