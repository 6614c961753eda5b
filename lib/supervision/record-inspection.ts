import "server-only";
// One of the drawn inspectors records the result of a 双随机 inspection; it is public at once on
// /public/inspections (一公开). An inspector also declares a conflict of interest with an enterprise, so a
// later draw never sends them there. Both scoped to the actor.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import type { TDeclareConflict, TRecordInspection } from "./inspection-schemas";

export async function recordInspection(opts: { actor: SessionUser; now: Date; input: TRecordInspection }): Promise<void> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "verification.record");
  await getDb().$transaction(async (tx) => {
    const inspection = await tx.inspection.findFirst({
      where: { id: input.inspectionId, inspectors: { some: { userId: actor.id } } },
      select: { id: true, result: true, enterpriseId: true, plan: { select: { name: true } } },
    });
    if (!inspection) throw new AppError("NOT_FOUND", "domain.supervision.errors.inspection.notFound");
    const updated = await tx.inspection.updateMany({
      where: { id: inspection.id, result: "PENDING" },
      data: { result: input.result, findings: input.findings, inspectedAt: now },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "domain.supervision.errors.inspection.alreadyRecorded");
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
    await notify(tx, {
      to: { enterprises: [inspection.enterpriseId] },
      key: input.result === "PASSED" ? "domain.supervision.notices.inspectionPassed" : "domain.supervision.notices.inspectionFailed",
      params: { plan: inspection.plan.name, findings: input.findings },
      link: "/public/inspections",
      now,
    });
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

export async function declareConflict(opts: { actor: SessionUser; now: Date; input: TDeclareConflict }): Promise<void> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "verification.record");
  const db = getDb();
  const enterprise = await db.enterprise.findUnique({ where: { uscc: input.uscc }, select: { id: true } });
  if (!enterprise) throw new AppError("NOT_FOUND", "domain.supervision.errors.enterpriseNotFound");
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
