import { describe, expect, it } from "vitest";
import type { LicenceStatus } from "@/lib/generated/prisma/enums";
import { issueOf } from "@/lib/errors";
import { translate } from "@/lib/i18n/core";
import { english, zhIssue } from "@/tests/support/messages";
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

describe("the status schema's messages (catalog keys, both locales)", () => {
  const first = (input: Record<string, unknown>) => ZChangeLicenceStatus.safeParse(input).error?.issues[0];
  const inEnglish = (issue: Parameters<typeof zhIssue>[0]) => {
    const i = issueOf(issue!);
    return translate(english, i.key, i.params);
  };
  it("a revocation or suspension needs its reason, with the minimum length", () => {
    const revoke = first({ licenceId: "l1", action: "revoke", reason: "" });
    expect(zhIssue(revoke)).toBe("请填写撤销理由（至少 2 个字）");
    expect(inEnglish(revoke)).toBe("Please give the reason for revoking (at least 2 characters)");
    expect(zhIssue(first({ licenceId: "l1", action: "suspend", reason: "x" }))).toBe("请填写暂停理由（至少 2 个字）");
  });
  it("a missing licence, an unknown action and an over-long reason say so", () => {
    expect(zhIssue(first({ action: "revoke", reason: "承诺不实" }))).toBe("缺少证照编号");
    const action = first({ licenceId: "l1", action: "burn" });
    expect(zhIssue(action)).toBe("请选择要进行的操作");
    expect(inEnglish(action)).toBe("Please choose what to do");
    expect(zhIssue(first({ licenceId: "l1", action: "revoke", reason: "理".repeat(501) }))).toBe("理由不能超过 500 个字");
  });
});
