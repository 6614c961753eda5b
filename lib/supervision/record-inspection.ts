import "server-only";
// One of the drawn inspectors records the result of a 双随机 inspection; it is public at once on
// /public/inspections (一公开). An inspector also declares a conflict of interest with an enterprise, so a
// later draw never sends them there. Both scoped to the actor.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError, parseInput } from "@/lib/errors";
import { ZDeclareConflict, ZRecordInspection } from "./inspection-schemas";

export async function recordInspection(opts: { actor: SessionUser; now: Date; input: unknown }): Promise<void> {
  const { actor, now } = opts;
  assertCan(actor.role, "verification.record");
  const input = parseInput(ZRecordInspection, opts.input);
  await getDb().$transaction(async (tx) => {
    const inspection = await tx.inspection.findFirst({
      where: { id: input.inspectionId, inspectors: { some: { userId: actor.id } } },
      select: { id: true, result: true, enterpriseId: true, plan: { select: { name: true } } },
    });
    if (!inspection) throw new AppError("NOT_FOUND", "检查任务不存在");
    const updated = await tx.inspection.updateMany({
      where: { id: inspection.id, result: "PENDING" },
      data: { result: input.result, findings: input.findings, inspectedAt: now },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "该检查结果已由同组检查人员记录，请刷新页面查看");
    if (input.result === "FAILED") {
      await tx.creditRecord.create({
        data: {
          enterpriseId: inspection.enterpriseId,
          type: "FAILED_INSPECTION",
          severity: "GENERAL",
          source: `双随机抽查：${inspection.plan.name}`,
          description: input.findings,
          occurredAt: now,
        },
      });
    }
    const holders = await tx.user.findMany({ where: { enterpriseId: inspection.enterpriseId }, select: { id: true } });
    if (holders.length) {
      await tx.notification.createMany({
        data: holders.map((u) => ({
          userId: u.id,
          title: `双随机抽查结果：${input.result === "PASSED" ? "未发现问题" : "发现问题"}`,
          body: `${inspection.plan.name}：${input.findings}`,
          link: "/public/inspections",
          createdAt: now,
        })),
      });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "inspection.record",
      entityType: "Inspection",
      entityId: inspection.id,
      before: { result: "PENDING" },
      after: { result: input.result, findings: input.findings },
      at: now,
    });
  });
}

export async function declareConflict(opts: { actor: SessionUser; now: Date; input: unknown }): Promise<void> {
  const { actor, now } = opts;
  assertCan(actor.role, "verification.record");
  const input = parseInput(ZDeclareConflict, opts.input);
  const db = getDb();
  const enterprise = await db.enterprise.findUnique({ where: { uscc: input.uscc }, select: { id: true } });
  if (!enterprise) throw new AppError("NOT_FOUND", "未找到该统一社会信用代码对应的企业");
  await db.$transaction(async (tx) => {
    await tx.inspectorConflict.upsert({
      where: { userId_enterpriseId: { userId: actor.id, enterpriseId: enterprise.id } },
      create: { userId: actor.id, enterpriseId: enterprise.id, reason: input.reason, declaredAt: now },
      update: { reason: input.reason },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "inspector.conflict",
      entityType: "Enterprise",
      entityId: enterprise.id,
      after: { reason: input.reason },
      at: now,
    });
  });
}
