import { describe, expect, it } from "vitest";
import type { LicenceStatus } from "@/lib/generated/prisma/enums";
import { LICENCE_ACTIONS, ZChangeLicenceStatus, allowedLicenceActions, nextLicenceStatus, type LicenceAction } from "./licence-status-rules";

const STATUSES: LicenceStatus[] = ["VALID", "SUSPENDED", "REVOKED", "EXPIRED", "CANCELLED", "SUPERSEDED"];

// Every (status, action) pair: the whole table, so a new transition is a deliberate change here.
const EXPECTED: Record<LicenceStatus, Record<LicenceAction, LicenceStatus | null>> = {
  VALID: { suspend: "SUSPENDED", revoke: "REVOKED", reinstate: null },
  SUSPENDED: { suspend: null, revoke: "REVOKED", reinstate: "VALID" },
  REVOKED: { suspend: null, revoke: null, reinstate: null },
  EXPIRED: { suspend: null, revoke: null, reinstate: null },
  CANCELLED: { suspend: null, revoke: null, reinstate: null },
  SUPERSEDED: { suspend: null, revoke: null, reinstate: null },
};

describe("licence status transitions", () => {
  for (const status of STATUSES) {
    for (const action of LICENCE_ACTIONS) {
      it(`${status} + ${action} → ${EXPECTED[status][action] ?? "refused"}`, () => {
        expect(nextLicenceStatus(status, action)).toBe(EXPECTED[status][action]);
      });
    }
  }

  it("offers only the allowed steps, and none on a business licence", () => {
    expect(allowedLicenceActions("PERMIT", "VALID")).toEqual(["suspend", "revoke"]);
    expect(allowedLicenceActions("FILING_RECEIPT", "SUSPENDED")).toEqual(["revoke", "reinstate"]);
    expect(allowedLicenceActions("PERMIT", "REVOKED")).toEqual([]);
    expect(allowedLicenceActions("BUSINESS", "VALID")).toEqual([]);
  });
});

describe("the input", () => {
  it("needs a reason of 2–500 characters to suspend or revoke, not to reinstate", () => {
    expect(ZChangeLicenceStatus.safeParse({ licenceId: "x", action: "revoke", reason: " " }).success).toBe(false);
    expect(ZChangeLicenceStatus.safeParse({ licenceId: "x", action: "suspend" }).success).toBe(false);
    expect(ZChangeLicenceStatus.safeParse({ licenceId: "x", action: "revoke", reason: "承诺不实" }).success).toBe(true);
    expect(ZChangeLicenceStatus.safeParse({ licenceId: "x", action: "revoke", reason: "长".repeat(501) }).success).toBe(false);
    expect(ZChangeLicenceStatus.safeParse({ licenceId: "x", action: "reinstate" }).success).toBe(true);
    expect(ZChangeLicenceStatus.safeParse({ licenceId: "x", action: "cancel", reason: "理由理由" }).success).toBe(false);
  });
});
