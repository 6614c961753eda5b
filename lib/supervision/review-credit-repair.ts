import "server-only";
// A regulator reviews a 信用修复 application: approval stops the record counting (credit-grade.ts rule 1),
// so a restricted enterprise regains the commitment and pending-material routes at once; refusal carries
// the reason the enterprise reads. Of two reviewers exactly one acts (conditional on REQUESTED).
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import type { TReviewRepair } from "./repair-rules";

export async function reviewCreditRepair(opts: { actor: SessionUser; now: Date; input: TReviewRepair }): Promise<{ repairStatus: "APPROVED" | "REJECTED" }> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "supervision.manage");
  const repairStatus = input.action === "approve" ? "APPROVED" : "REJECTED";

  return getDb().$transaction(async (tx) => {
    const record = await tx.creditRecord.findUnique({
      where: { id: input.recordId },
      select: { id: true, enterpriseId: true, description: true, repairStatus: true },
    });
    if (!record) throw new AppError("NOT_FOUND", "domain.supervision.errors.repair.recordNotFound");
    const updated = await tx.creditRecord.updateMany({
      where: { id: record.id, repairStatus: "REQUESTED" },
      data: { repairStatus, repairedAt: repairStatus === "APPROVED" ? now : null, repairReviewedById: actor.id, repairReviewNote: input.reason || null },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "domain.supervision.errors.repair.reviewTaken");
    await notify(tx, {
      to: { enterprises: [record.enterpriseId] },
      key: repairStatus === "APPROVED" ? "domain.supervision.notices.repairApproved" : "domain.supervision.notices.repairRejected",
      params: { description: record.description, reason: input.reason },
      link: "/my/credit",
      now,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: `credit.repair.${input.action}`,
      entityType: "CreditRecord",
      entityId: record.id,
      before: { repairStatus: "REQUESTED" },
      after: { repairStatus, reason: input.reason || null },
      at: now,
    });
    return { repairStatus };
  });
}
