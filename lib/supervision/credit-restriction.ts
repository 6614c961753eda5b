import "server-only";
// Whether an enterprise's credit is restricted (失信, grade D by credit-grade.ts): then it may not replace
// proof by a commitment (告知承诺) nor submit with materials pending (容缺). Every route of the application
// asks here. 金山方案 (000) 二(一)3: 将失信违法行为记入企业信用记录; 晋中方案 (004) 四: 失信联合惩戒.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MessageKey } from "@/lib/i18n/core";
import { assessCredit, windowStart, type CreditAssessment, type GradedRecord } from "./credit-grade";

export interface CreditRestriction {
  restricted: boolean;
  /**
   * Why, when restricted: the parameters of CREDIT_RESTRICTED (the credit score, and the counting records as the
   * regulator wrote them — data, in Chinese, quoted as they are).
   */
  reason: { score: number; factors: string } | null;
}

/** The words of a restriction, for an applicant or an officer (with `reason` as its parameters). */
export const CREDIT_RESTRICTED = "domain.supervision.errors.creditRestricted" satisfies MessageKey;

type CreditDb = Pick<Prisma.TransactionClient, "creditRecord">;

/**
 * The grade now of every enterprise the filter selects that has a record which can still count, from one
 * query, by enterprise id; an enterprise not in the map has none (grade A). Used for one enterprise, for the
 * risk list and for a whole 双随机 target population alike.
 */
export async function loadCreditAssessments(opts: {
  db: CreditDb;
  enterprises: Prisma.CreditRecordWhereInput;
  now: Date;
}): Promise<Map<string, CreditAssessment>> {
  const records = await opts.db.creditRecord.findMany({
    where: { ...opts.enterprises, occurredAt: { gte: windowStart(opts.now) }, repairStatus: { not: "APPROVED" } },
    select: { id: true, enterpriseId: true, severity: true, source: true, description: true, occurredAt: true, expiresAt: true, repairStatus: true },
  });
  const byEnterprise = new Map<string, GradedRecord[]>();
  for (const r of records) byEnterprise.set(r.enterpriseId, [...(byEnterprise.get(r.enterpriseId) ?? []), r]);
  return new Map([...byEnterprise].map(([id, rs]) => [id, assessCredit(rs, opts.now)]));
}

/** One enterprise's grade now. */
export async function loadCreditAssessment(opts: { db: CreditDb; enterpriseId: string; now: Date }): Promise<CreditAssessment> {
  const graded = await loadCreditAssessments({ db: opts.db, enterprises: { enterpriseId: opts.enterpriseId }, now: opts.now });
  return graded.get(opts.enterpriseId) ?? assessCredit([], opts.now);
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
    .join("；"); // data: the records' own Chinese words
  return { restricted: true, reason: { score: credit.score, factors: why } };
}
