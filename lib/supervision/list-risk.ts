import "server-only";
// The risk list (/regulator/enterprises): active enterprises ranked by the explainable risk score
// (risk-score.ts), from a handful of grouped queries — never one query per enterprise. Only enterprises
// with at least one factor are ranked; the rest score 0.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { windowStart, type CreditGrade } from "./credit-grade";
import { loadCreditAssessments } from "./credit-restriction";
import { riskScore, type RiskFacts, type RiskFactor } from "./risk-score";

export interface RiskRow {
  uscc: string;
  name: string;
  score: number;
  grade: CreditGrade;
  factors: RiskFactor[];
}

export async function listRiskEnterprises(opts: { actor: SessionUser; now: Date; limit?: number }): Promise<RiskRow[]> {
  assertCan(opts.actor.role, "supervision.manage");
  const db = getDb();
  const facts = await loadRiskFacts(db, opts.now);
  const limit = opts.limit ?? 50;
  // Scored in memory, then named page by page (a list of 100,000 ids would exceed a query's parameters);
  // cancelled enterprises are skipped.
  const ranked = [...facts]
    .map(([id, f]) => ({ id, f, ...riskScore(f) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const rows: RiskRow[] = [];
  for (let i = 0; i < ranked.length && rows.length < limit; i += 500) {
    const page = ranked.slice(i, i + 500);
    const named = new Map(
      (await db.enterprise.findMany({ where: { id: { in: page.map((r) => r.id) }, status: "ACTIVE" }, select: { id: true, uscc: true, name: true } })).map(
        (e) => [e.id, e],
      ),
    );
    for (const r of page) {
      const e = named.get(r.id);
      if (e && rows.length < limit) rows.push({ uscc: e.uscc, name: e.name, score: r.score, grade: r.f.grade, factors: r.factors });
    }
  }
  return rows;
}

export const NO_RISK: RiskFacts = { grade: "A", rectifying: 0, falseCommitment: 0, failedInspection: 0, licenceSanctioned: 0, highRiskLicence: 0 };

/** The risk facts of every enterprise with at least one (or of the given ones), by enterprise id. */
export async function loadRiskFacts(db: PrismaClient, now: Date, enterpriseIds?: string[]): Promise<Map<string, RiskFacts>> {
  const since = windowStart(now);
  const scope = enterpriseIds ? { enterpriseId: { in: enterpriseIds } } : {};
  const facts = new Map<string, RiskFacts>();
  const of = (id: string) => facts.get(id) ?? facts.set(id, { ...NO_RISK }).get(id)!;

  for (const [id, credit] of await loadCreditAssessments({ db, enterprises: scope, now })) of(id).grade = credit.grade;

  for (const g of await db.commitmentVerification.groupBy({
    by: ["enterpriseId", "status"],
    where: { ...scope, status: { in: ["RECTIFYING", "REVOKED"] } },
    _count: { _all: true },
  })) {
    if (g.status === "RECTIFYING") of(g.enterpriseId).rectifying += g._count._all;
    else of(g.enterpriseId).falseCommitment += g._count._all;
  }
  for (const g of await db.inspection.groupBy({
    by: ["enterpriseId"],
    where: { ...scope, result: "FAILED", inspectedAt: { gte: since } },
    _count: { _all: true },
  })) {
    of(g.enterpriseId).failedInspection += g._count._all;
  }
  // A permit revoked for a false commitment already counts as such, not twice.
  for (const g of await db.licence.groupBy({
    by: ["enterpriseId"],
    where: { ...scope, status: { in: ["SUSPENDED", "REVOKED"] }, OR: [{ verification: { is: null } }, { verification: { status: { not: "REVOKED" } } }] },
    _count: { _all: true },
  })) {
    of(g.enterpriseId).licenceSanctioned += g._count._all;
  }
  for (const g of await db.licence.groupBy({
    by: ["enterpriseId"],
    where: { ...scope, status: "VALID", matter: { riskLevel: "HIGH" } },
    _count: { _all: true },
  })) {
    of(g.enterpriseId).highRiskLicence += g._count._all;
  }
  return facts;
}
