// 信用等级: A/B/C/D from the enterprise's credit records, by rules anyone can follow. Pure — the domain,
// the dossier, the draw (sample ratio per grade) and the unit test share it.
//
// The rules (documented for the enterprise on /my/credit and for the regulator on the dossier):
// 1. A record counts while it is in force: not repaired (信用修复 approved), not past its expiry, and
//    occurred within the last 3 years.
// 2. The score starts at 100; each record in force deducts by severity — MINOR 5, GENERAL 15, SERIOUS 40.
// 3. Grade D (失信, restricted) if any SERIOUS record is in force or the score is below 60; C below 75;
//    B below 90; A otherwise.
// 4. A restricted (grade D) enterprise may not replace proof by a commitment (告知承诺) nor submit with
//    materials pending (容缺受理) — 金山方案 (000) 二(一)3 将失信违法行为记入企业信用记录;
//    晋中方案 (004) 三(四) 依法查处虚假承诺…记入信用记录，实行失信联合惩戒.
import type { CreditSeverity, RepairStatus } from "@/lib/generated/prisma/enums";

export const WINDOW_YEARS = 3;
export const DEDUCTION: Readonly<Record<CreditSeverity, number>> = { MINOR: 5, GENERAL: 15, SERIOUS: 40 };
export const GRADES = ["A", "B", "C", "D"] as const;
export type CreditGrade = (typeof GRADES)[number];

export interface GradedRecord {
  id: string;
  severity: CreditSeverity;
  source: string;
  description: string;
  occurredAt: Date;
  expiresAt: Date | null;
  repairStatus: RepairStatus;
}

export interface CreditFactor {
  recordId: string;
  severity: CreditSeverity;
  source: string;
  description: string;
  deduction: number;
}

export interface CreditAssessment {
  grade: CreditGrade;
  score: number;
  /** The records in force, each with what it deducts: the explanation of the grade. */
  factors: CreditFactor[];
  restricted: boolean;
}

/** The earliest moment a record may have occurred and still count (rule 1). */
export function windowStart(now: Date): Date {
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - WINDOW_YEARS);
  return since;
}

/** Whether a record still counts now (rule 1). */
export function isInForce(record: Pick<GradedRecord, "occurredAt" | "expiresAt" | "repairStatus">, now: Date): boolean {
  if (record.repairStatus === "APPROVED") return false;
  if (record.expiresAt && record.expiresAt.getTime() <= now.getTime()) return false;
  return record.occurredAt.getTime() >= windowStart(now).getTime();
}

export function assessCredit(records: readonly GradedRecord[], now: Date): CreditAssessment {
  const factors = records
    .filter((r) => isInForce(r, now))
    .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())
    .map((r) => ({ recordId: r.id, severity: r.severity, source: r.source, description: r.description, deduction: DEDUCTION[r.severity] }));
  const score = Math.max(0, 100 - factors.reduce((sum, f) => sum + f.deduction, 0));
  const serious = factors.some((f) => f.severity === "SERIOUS");
  const grade: CreditGrade = serious || score < 60 ? "D" : score < 75 ? "C" : score < 90 ? "B" : "A";
  return { grade, score, factors, restricted: grade === "D" };
}
