import { describe, expect, it } from "vitest";
import { riskScore } from "./risk-score";

const none = { grade: "A" as const, rectifying: 0, falseCommitment: 0, failedInspection: 0, licenceSanctioned: 0, highRiskLicence: 0 };

describe("riskScore", () => {
  it("an A enterprise with nothing against it scores 0 with no factors", () => {
    expect(riskScore(none)).toEqual({ score: 0, factors: [] });
  });
  it("is the sum of each factor's count × weight, every factor shown", () => {
    const r = riskScore({ grade: "D", rectifying: 1, falseCommitment: 1, failedInspection: 2, licenceSanctioned: 1, highRiskLicence: 3 });
    expect(r.score).toBe(50 + 15 + 20 + 30 + 10 + 15);
    expect(r.factors.map((f) => [f.key, f.value, f.weight, f.points])).toEqual([
      ["grade", "D", 50, 50],
      ["rectifying", 1, 15, 15],
      ["falseCommitment", 1, 20, 20],
      ["failedInspection", 2, 15, 30],
      ["licenceSanctioned", 1, 10, 10],
      ["highRiskLicence", 3, 5, 15],
    ]);
  });
  it("ranks worse credit higher, all else equal", () => {
    expect(riskScore({ ...none, grade: "C" }).score).toBeGreaterThan(riskScore({ ...none, grade: "B" }).score);
  });
});
