import "server-only";
// Whether an enterprise's credit is restricted (失信, grade D by credit-grade.ts): then it may not replace
// proof by a commitment (告知承诺) nor submit with materials pending (容缺). Every route of the application
// asks here. 金山方案 (000) 二(一)3: 将失信违法行为记入企业信用记录; 晋中方案 (004) 四: 失信联合惩戒.
import type { Prisma } from "@/lib/generated/prisma/client";
import { WINDOW_YEARS, assessCredit, type CreditAssessment } from "./credit-grade";

export interface CreditRestriction {
  restricted: boolean;
  /** Plain-Chinese reason shown to the applicant when restricted. */
  reason: string | null;
}

/** The enterprise's grade now, from the records that can still count (one query). */
export async function loadCreditAssessment(opts: { db: Pick<Prisma.TransactionClient, "creditRecord">; enterpriseId: string; now: Date }): Promise<CreditAssessment> {
  const since = new Date(opts.now);
  since.setUTCFullYear(since.getUTCFullYear() - WINDOW_YEARS);
  const records = await opts.db.creditRecord.findMany({
    where: { enterpriseId: opts.enterpriseId, occurredAt: { gte: since }, repairStatus: { not: "APPROVED" } },
    select: { id: true, severity: true, source: true, description: true, occurredAt: true, expiresAt: true, repairStatus: true },
  });
  return assessCredit(records, opts.now);
}

export async function creditRestriction(opts: {
  db: Pick<Prisma.TransactionClient, "creditRecord">;
  enterpriseId: string | null;
  now: Date;
}): Promise<CreditRestriction> {
  if (!opts.enterpriseId) return { restricted: false, reason: null };
  const credit = await loadCreditAssessment({ db: opts.db, enterpriseId: opts.enterpriseId, now: opts.now });
  if (!credit.restricted) return { restricted: false, reason: null };
  const why = credit.factors
    .slice(0, 3)
    .map((f) => `${f.source}：${f.description}`)
    .join("；");
  return {
    restricted: true,
    reason: `贵企业信用等级为 D（失信，信用分 ${credit.score}），原因：${why}。按规定不能适用告知承诺和容缺受理，需按一般程序提交全部材料。相关记录完成信用修复后即可恢复。`,
  };
}
