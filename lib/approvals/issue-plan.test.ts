import { describe, expect, it } from "vitest";
import { issuePlan } from "./issue-plan";

const reg = (status: string) => ({ status, matter: { kind: "REGISTRATION" } });
const permit = (status: string) => ({ status, matter: { kind: "PERMIT" } });

describe("统一出件 plan", () => {
  it("a new company: licence, permits and receipts; refused matters explained; undecided ones skipped", () => {
    const plan = issuePlan({ hasEnterprise: false, items: [reg("APPROVED"), permit("APPROVED"), permit("FILED"), permit("REJECTED"), permit("NOT_REQUIRED")] });
    expect(plan).toMatchObject({ hasHolder: true, newCompany: true });
    expect(plan.entries.map((e) => (e.outcome === "issue" ? e.kind : e.outcome))).toEqual(["BUSINESS", "PERMIT", "FILING_RECEIPT", "rejected"]);
  });

  it("a new company whose registration was refused: nothing else can be issued (no holder)", () => {
    const plan = issuePlan({ hasEnterprise: false, items: [reg("REJECTED"), permit("APPROVED"), permit("FILED")] });
    expect(plan).toMatchObject({ hasHolder: false, newCompany: false });
    expect(plan.entries.map((e) => e.outcome)).toEqual(["rejected", "noHolder", "noHolder"]);
  });

  it("an existing enterprise holds every permit without a registration", () => {
    const plan = issuePlan({ hasEnterprise: true, items: [permit("APPROVED")] });
    expect(plan).toMatchObject({ hasHolder: true, newCompany: false });
    expect(plan.entries).toEqual([{ item: permit("APPROVED"), outcome: "issue", kind: "PERMIT" }]);
  });
});
