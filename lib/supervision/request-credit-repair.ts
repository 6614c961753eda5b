import "server-only";
// The enterprise applies for 信用修复 of one of its own records, stating what it corrected. One open
// application per record (the conditional update on the repair status); the regulators are told.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError, parseInput } from "@/lib/errors";
import { ZRequestRepair, canRequestRepair } from "./repair-rules";
import { isInForce } from "./credit-grade";

export async function requestCreditRepair(opts: { actor: SessionUser; now: Date; input: unknown }): Promise<void> {
  const { actor, now } = opts;
  assertCan(actor.role, "credit.viewOwn");
  const input = parseInput(ZRequestRepair, opts.input);
  if (!actor.enterpriseId) throw new AppError("NOT_FOUND", "信用记录不存在");
  const enterpriseId = actor.enterpriseId;

  await getDb().$transaction(async (tx) => {
    const record = await tx.creditRecord.findFirst({
      where: { id: input.recordId, enterpriseId },
      select: { id: true, repairStatus: true, occurredAt: true, expiresAt: true, description: true },
    });
    if (!record) throw new AppError("NOT_FOUND", "信用记录不存在");
    if (record.repairStatus === "REQUESTED") throw new AppError("CONFLICT", "该记录的修复申请正在审核，请等待结果");
    if (!isInForce(record, now)) throw new AppError("CONFLICT", "该记录已不再计入信用等级，无需修复");
    if (!canRequestRepair(record.repairStatus)) throw new AppError("CONFLICT", "该记录不能申请修复");
    const updated = await tx.creditRecord.updateMany({
      where: { id: record.id, repairStatus: record.repairStatus },
      data: { repairStatus: "REQUESTED", repairStatement: input.statement, repairRequestedAt: now, repairReviewNote: null, repairReviewedById: null },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "该记录的修复状态刚刚发生变化，请刷新页面");
    const regulators = await tx.user.findMany({ where: { role: "REGULATOR" }, select: { id: true } });
    if (regulators.length) {
      await tx.notification.createMany({
        data: regulators.map((u) => ({
          userId: u.id,
          title: "新的信用修复申请",
          body: `${record.description}\n整改说明：${input.statement}`,
          link: "/regulator/credit",
          createdAt: now,
        })),
      });
    }
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
