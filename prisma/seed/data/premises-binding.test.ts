// The premises-binding table covers the whole catalog and says why for each matter (issue 15 part 3).
import { describe, expect, it } from "vitest";
import { matters } from "./matters";
import { PREMISES_BINDING, premisesBindingColumns } from "./premises-binding";

describe("premises binding of the seeded matters", () => {
  it("classifies every seeded matter, and only seeded ones, each with a reason", () => {
    const codes = matters.map((m) => m.code).sort();
    expect(Object.keys(PREMISES_BINDING).sort()).toEqual(codes);
    for (const [code, b] of Object.entries(PREMISES_BINDING)) expect(b.reason.length, code).toBeGreaterThanOrEqual(10);
  });

  it("binds the business licence to the subject and the premises permits the issue names to their premises", () => {
    expect(premisesBindingColumns("BUSINESS_REGISTRATION")).toMatchObject({ binding: "SUBJECT", premisesReview: null, suspendOnAddressMove: false });
    for (const code of ["FIRE_SAFETY_CHECK", "HOTEL_SPECIAL_TRADE", "PUBLIC_PLACE_HYGIENE", "FOOD_OPERATION"]) {
      expect(premisesBindingColumns(code).binding, code).toBe("PREMISES");
      expect(premisesBindingColumns(code).premisesReview, code).not.toBeNull();
    }
  });

  it("gives a review only to premises-bound matters and suspends only premises-bound ones", () => {
    for (const code of Object.keys(PREMISES_BINDING)) {
      const c = premisesBindingColumns(code);
      if (c.binding === "SUBJECT") expect({ code, review: c.premisesReview, suspend: c.suspendOnAddressMove }).toEqual({ code, review: null, suspend: false });
      else expect(["NEW_APPLICATION", "ONSITE_CHECK"], code).toContain(c.premisesReview);
    }
  });

  it("never asks a filing (备案) for an on-site check: 晋中方案 (004) 二(二) 不得将实地勘查作为备案前提", () => {
    for (const m of matters.filter((x) => x.reformMode === "FILING")) {
      const c = premisesBindingColumns(m.code);
      if (c.binding === "PREMISES") expect(c.premisesReview, m.code).toBe("NEW_APPLICATION");
    }
  });

  it("follows the subject for an unknown code", () => {
    expect(premisesBindingColumns("NOT_A_MATTER")).toEqual({ binding: "SUBJECT", premisesReview: null, suspendOnAddressMove: false, bindingReason: "" });
  });
});
