// 风险名单: an explainable risk score that ranks enterprises for targeted inspection (金山方案 (000) 三(二)2:
// 重点加强对监管风险较高对象…的监管). Pure — every factor is shown with its weight, so anyone can see why an
// enterprise ranks where it does. Being licensed on commitment is deliberately NOT a factor: 晋中方案 (004)
// 三(一) — commitment licensees are treated equally and not inspected more often.
import type { CreditGrade } from "./credit-grade";

export const RISK_WEIGHTS = {
  /** Points for the credit grade (credit-grade.ts). */
  grade: { A: 0, B: 10, C: 25, D: 50 } as Readonly<Record<CreditGrade, number>>,
  /** Per commitment verification now in rectification. */
  rectifying: 15,
  /** Per permit revoked after an unrectified false commitment. */
  falseCommitment: 20,
  /** Per failed random inspection in the last 3 years. */
  failedInspection: 15,
  /** Per licence now suspended or revoked. */
  licenceSanctioned: 10,
  /** Per licence held for a high-risk matter. */
  highRiskLicence: 5,
} as const;

export interface RiskFacts {
  grade: CreditGrade;
  rectifying: number;
  falseCommitment: number;
  failedInspection: number;
  licenceSanctioned: number;
  highRiskLicence: number;
}

export type RiskFactorKey = "grade" | Exclude<keyof RiskFacts, "grade">;

export interface RiskFactor {
  key: RiskFactorKey;
  /** The grade letter for "grade", else the count. */
  value: string | number;
  /** Points per unit (for "grade", the points of that grade). */
  weight: number;
  points: number;
}

export function riskScore(facts: RiskFacts): { score: number; factors: RiskFactor[] } {
  const counted = (["rectifying", "falseCommitment", "failedInspection", "licenceSanctioned", "highRiskLicence"] as const).map((key) => ({
    key,
    value: facts[key],
    weight: RISK_WEIGHTS[key],
    points: facts[key] * RISK_WEIGHTS[key],
  }));
  const grade: RiskFactor = { key: "grade", value: facts.grade, weight: RISK_WEIGHTS.grade[facts.grade], points: RISK_WEIGHTS.grade[facts.grade] };
  const factors = [grade, ...counted].filter((f) => f.points > 0);
  return { score: factors.reduce((s, f) => s + f.points, 0), factors };
}
