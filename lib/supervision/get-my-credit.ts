import "server-only";
// The enterprise's own credit (/my/credit): its grade with each factor and its weight, every record (in
// force or not, and why not), and where a repair can be applied for. Scoped to the actor's enterprise.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { CreditRecordType, CreditSeverity, RepairStatus } from "@/lib/generated/prisma/enums";
import { DEDUCTION, assessCredit, isInForce, type CreditAssessment } from "./credit-grade";
import { canRequestRepair } from "./repair-rules";

export interface CreditRecordRow {
  id: string;
  type: CreditRecordType;
  severity: CreditSeverity;
  source: string;
  description: string;
  occurredAt: Date;
  expiresAt: Date | null;
  inForce: boolean;
  deduction: number;
  repairStatus: RepairStatus;
  repairStatement: string | null;
  repairReviewNote: string | null;
  canRepair: boolean;
}

export async function getMyCredit(opts: { actor: SessionUser; now: Date }): Promise<{ assessment: CreditAssessment; records: CreditRecordRow[] } | null> {
  assertCan(opts.actor.role, "credit.viewOwn");
  if (!opts.actor.enterpriseId) return null;
  const rows = await getDb().creditRecord.findMany({ where: { enterpriseId: opts.actor.enterpriseId }, orderBy: { occurredAt: "desc" }, take: 200 });
  const records = rows.map((r) => {
    const inForce = isInForce(r, opts.now);
    return {
      id: r.id,
      type: r.type,
      severity: r.severity,
      source: r.source,
      description: r.description,
      occurredAt: r.occurredAt,
      expiresAt: r.expiresAt,
      inForce,
      deduction: inForce ? DEDUCTION[r.severity] : 0,
      repairStatus: r.repairStatus,
      repairStatement: r.repairStatement,
      repairReviewNote: r.repairReviewNote,
      canRepair: inForce && canRequestRepair(r.repairStatus),
    };
  });
  return { assessment: assessCredit(rows, opts.now), records };
}
