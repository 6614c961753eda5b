import "server-only";
// The regulator's queue of 信用修复 applications, oldest first, each with the enterprise's grade now.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { CreditRecordType, CreditSeverity } from "@/lib/generated/prisma/enums";
import type { CreditGrade } from "./credit-grade";
import { loadRiskFacts } from "./list-risk";

export interface RepairRequestRow {
  recordId: string;
  enterpriseName: string;
  uscc: string;
  grade: CreditGrade;
  type: CreditRecordType;
  severity: CreditSeverity;
  source: string;
  description: string;
  occurredAt: Date;
  statement: string;
  requestedAt: Date;
}

export async function listRepairRequests(opts: { actor: SessionUser; now: Date }): Promise<RepairRequestRow[]> {
  assertCan(opts.actor.role, "supervision.manage");
  const db = getDb();
  const rows = await db.creditRecord.findMany({
    where: { repairStatus: "REQUESTED" },
    orderBy: { repairRequestedAt: "asc" },
    take: 100,
    include: { enterprise: { select: { id: true, name: true, uscc: true } } },
  });
  // Every listed enterprise's grade from one batch (not one query per row).
  const facts = await loadRiskFacts(db, opts.now, [...new Set(rows.map((r) => r.enterpriseId))]);
  return rows.map((r) => ({
    recordId: r.id,
    enterpriseName: r.enterprise.name,
    uscc: r.enterprise.uscc,
    grade: facts.get(r.enterpriseId)?.grade ?? "A",
    type: r.type,
    severity: r.severity,
    source: r.source,
    description: r.description,
    occurredAt: r.occurredAt,
    statement: r.repairStatement ?? "",
    requestedAt: r.repairRequestedAt ?? r.createdAt,
  }));
}
