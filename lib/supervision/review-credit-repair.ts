import "server-only";
// A regulator reviews a 信用修复 application: approval stops the record counting (credit-grade.ts rule 1),
// so a restricted enterprise regains the commitment and pending-material routes at once; refusal carries
// the reason the enterprise reads. Of two reviewers exactly one acts (conditional on REQUESTED).
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError, parseInput } from "@/lib/errors";
import { ZReviewRepair } from "./repair-rules";

export async function reviewCreditRepair(opts: { actor: SessionUser; now: Date; input: unknown }): Promise<{ repairStatus: "APPROVED" | "REJECTED" }> {
  const { actor, now } = opts;
  assertCan(actor.role, "supervision.manage");
  const input = parseInput(ZReviewRepair, opts.input);
  const repairStatus = input.action === "approve" ? "APPROVED" : "REJECTED";

  return getDb().$transaction(async (tx) => {
    const record = await tx.creditRecord.findUnique({
      where: { id: input.recordId },
      select: { id: true, enterpriseId: true, description: true, repairStatus: true },
    });
    if (!record) throw new AppError("NOT_FOUND", "信用记录不存在");
    const updated = await tx.creditRecord.updateMany({
      where: { id: record.id, repairStatus: "REQUESTED" },
      data: { repairStatus, repairedAt: repairStatus === "APPROVED" ? now : null, repairReviewedById: actor.id, repairReviewNote: input.reason || null },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "该修复申请已由其他人员审核或已撤回，请刷新页面");
    const holders = await tx.user.findMany({ where: { enterpriseId: record.enterpriseId }, select: { id: true } });
    const message =
      repairStatus === "APPROVED"
        ? { title: "信用修复已准予", body: `“${record.description}”已修复，不再计入信用等级。` }
        : { title: "信用修复未获准予", body: `“${record.description}”的修复申请未获准予。理由：${input.reason}。整改后可再次申请。` };
    if (holders.length) await tx.notification.createMany({ data: holders.map((u) => ({ userId: u.id, ...message, link: "/my/credit", createdAt: now })) });
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
