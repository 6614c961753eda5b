import "server-only";
// Whether an enterprise's credit is restricted (失信): then it may not replace proof by a commitment
// (告知承诺) nor submit with materials pending (容缺). Until the credit grades of the supervision issue
// exist, the rule is: an unrepaired SERIOUS credit record that occurred within the last 3 years and has
// not expired. 金山方案 二(一)3: 将失信违法行为记入企业信用记录; 晋中方案 四: 失信联合惩戒.
import type { Prisma } from "@/lib/generated/prisma/client";

const WINDOW_YEARS = 3;

export interface CreditRestriction {
  restricted: boolean;
  /** Plain-Chinese reason shown to the applicant when restricted. */
  reason: string | null;
}

export async function creditRestriction(opts: {
  db: Pick<Prisma.TransactionClient, "creditRecord">;
  enterpriseId: string | null;
  now: Date;
}): Promise<CreditRestriction> {
  if (!opts.enterpriseId) return { restricted: false, reason: null };
  const since = new Date(opts.now);
  since.setUTCFullYear(since.getUTCFullYear() - WINDOW_YEARS);
  const record = await opts.db.creditRecord.findFirst({
    where: {
      enterpriseId: opts.enterpriseId,
      severity: "SERIOUS",
      repairStatus: { not: "APPROVED" },
      occurredAt: { gte: since },
      OR: [{ expiresAt: null }, { expiresAt: { gt: opts.now } }],
    },
    orderBy: { occurredAt: "desc" },
  });
  if (!record) return { restricted: false, reason: null };
  return {
    restricted: true,
    reason: `贵企业存在尚未修复的严重失信记录（${record.source}：${record.description}），按规定不能适用告知承诺和容缺受理，需按一般程序提交全部材料。完成信用修复后即可恢复。`,
  };
}
