import "server-only";
// The enterprise applies for 信用修复 of one of its own records, stating what it corrected. One open
// application per record (the conditional update on the repair status); the regulators are told.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { canRequestRepair, type TRequestRepair } from "./repair-rules";
import { isInForce } from "./credit-grade";

export async function requestCreditRepair(opts: { actor: SessionUser; now: Date; input: TRequestRepair }): Promise<void> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "credit.viewOwn");
  if (!actor.enterpriseId) throw new AppError("NOT_FOUND", "domain.supervision.errors.repair.recordNotFound");
  const enterpriseId = actor.enterpriseId;

  await getDb().$transaction(async (tx) => {
    const record = await tx.creditRecord.findFirst({
      where: { id: input.recordId, enterpriseId },
      select: { id: true, repairStatus: true, occurredAt: true, expiresAt: true, description: true },
    });
    if (!record) throw new AppError("NOT_FOUND", "domain.supervision.errors.repair.recordNotFound");
    if (record.repairStatus === "REQUESTED") throw new AppError("CONFLICT", "domain.supervision.errors.repair.underReview");
    if (!isInForce(record, now)) throw new AppError("CONFLICT", "domain.supervision.errors.repair.notInForce");
    if (!canRequestRepair(record.repairStatus)) throw new AppError("CONFLICT", "domain.supervision.errors.repair.notRepairable");
    const updated = await tx.creditRecord.updateMany({
      where: { id: record.id, repairStatus: record.repairStatus },
      data: { repairStatus: "REQUESTED", repairStatement: input.statement, repairRequestedAt: now, repairReviewNote: null, repairReviewedById: null },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "domain.supervision.errors.repair.changed");
    await notify(tx, {
      to: { role: "REGULATOR" },
      key: "domain.supervision.notices.repairRequested",
      params: { description: record.description, statement: input.statement },
      link: "/regulator/credit",
      now,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "credit.repairRequest",
      entityType: "CreditRecord",
      entityId: record.id,
      before: { repairStatus: record.repairStatus },
      after: { repairStatus: "REQUESTED", statement: input.statement },
      at: now,
    });
  });
}
