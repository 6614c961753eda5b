import "server-only";
// A regulator creates a 双随机 plan: the implementing department, the matters whose licence holders are the
// targets, the period, the sample ratio per credit grade (差异化: 金山方案 (000) 三(二)2 根据企业信用风险分类结果…
// 实施差异化监督), and the day results must be public. Nothing is drawn yet.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { TCreatePlan } from "./inspection-schemas";

const date = (d: string) => new Date(`${d}T00:00:00Z`);

export async function createInspectionPlan(opts: { actor: SessionUser; now: Date; input: TCreatePlan }): Promise<{ id: string }> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "supervision.manage");
  return getDb().$transaction(async (tx) => {
    const department = await tx.department.findUnique({ where: { code: input.departmentCode }, select: { id: true } });
    if (!department) throw new AppError("BAD_INPUT", "domain.supervision.errors.plan.departmentNotFound");
    const matters = await tx.matter.findMany({ where: { code: { in: input.matterCodes }, departmentId: department.id }, select: { code: true } });
    const unknown = input.matterCodes.filter((c) => !matters.some((m) => m.code === c));
    if (unknown.length) throw new AppError("BAD_INPUT", "domain.supervision.errors.plan.mattersNotInDepartment", { codes: unknown.join(", ") });
    const plan = await tx.inspectionPlan.create({
      data: {
        name: input.name,
        departmentId: department.id,
        matterCodes: [...new Set(input.matterCodes)],
        periodStart: date(input.periodStart),
        periodEnd: date(input.periodEnd),
        publishBy: date(input.publishBy),
        ratioA: input.ratioA,
        ratioB: input.ratioB,
        ratioC: input.ratioC,
        ratioD: input.ratioD,
        createdById: actor.id,
        createdAt: now,
      },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.id, action: "inspectionPlan.create", entityType: "InspectionPlan", entityId: plan.id, after: input, at: now });
    return plan;
  });
}
