import { describe, expect, it } from "vitest";
import { assessCredit, isInForce, type GradedRecord } from "./credit-grade";

const NOW = new Date("2026-11-22T02:00:00Z");
let n = 0;
const rec = (severity: GradedRecord["severity"], over: Partial<GradedRecord> = {}): GradedRecord => ({
  id: `r${++n}`,
  severity,
  source: "区市场监督管理局",
  description: "测试记录",
  occurredAt: new Date("2026-10-01T00:00:00Z"),
  expiresAt: null,
  repairStatus: "NONE",
  ...over,
});

describe("assessCredit", () => {
  it("no record: A, 100, not restricted", () => {
    expect(assessCredit([], NOW)).toEqual({ grade: "A", score: 100, factors: [], restricted: false });
  });
  it.each([
    [["MINOR"], "A", 95],
    [["MINOR", "MINOR", "MINOR"], "B", 85],
    [["GENERAL", "MINOR", "MINOR"], "B", 75],
    [["GENERAL", "GENERAL"], "C", 70],
    [["GENERAL", "GENERAL", "MINOR", "MINOR"], "C", 60],
    [["GENERAL", "GENERAL", "GENERAL"], "D", 55],
    [["SERIOUS"], "D", 60],
  ] as const)("%j → %s (%i)", (severities, grade, score) => {
    const a = assessCredit(
      severities.map((s) => rec(s)),
      NOW,
    );
    expect(a.grade).toBe(grade);
    expect(a.score).toBe(score);
    expect(a.restricted).toBe(grade === "D");
    expect(a.factors.map((f) => f.deduction).reduce((x, y) => x + y, 0)).toBe(100 - score);
  });
  it("a repaired, expired or older-than-3-years record no longer counts", () => {
    const a = assessCredit(
      [
        rec("SERIOUS", { repairStatus: "APPROVED" }),
        rec("SERIOUS", { expiresAt: new Date("2026-11-22T01:59:59Z") }),
        rec("SERIOUS", { occurredAt: new Date("2023-11-21T00:00:00Z") }),
        rec("MINOR", { repairStatus: "REQUESTED" }),
      ],
      NOW,
    );
    expect(a.grade).toBe("A");
    expect(a.factors).toHaveLength(1); // a repair only requested still counts
  });
  it("the score never goes below 0", () => {
    expect(assessCredit([rec("SERIOUS"), rec("SERIOUS"), rec("SERIOUS")], NOW).score).toBe(0);
  });
});

describe("isInForce", () => {
  it("counts a record occurred exactly 3 years ago, not a moment earlier", () => {
    expect(isInForce({ occurredAt: new Date("2023-11-22T02:00:00Z"), expiresAt: null, repairStatus: "NONE" }, NOW)).toBe(true);
    expect(isInForce({ occurredAt: new Date("2023-11-22T01:59:59Z"), expiresAt: null, repairStatus: "NONE" }, NOW)).toBe(false);
  });
});
