// What approving a 变更登记 does to one licence (rules.ts changeEffect), and how approved outcomes are read back
// for /verify and the dossier (lib/base/registration-outcome.ts parseOutcome, premisesNoteOf). Issue 15 part 3.
import { describe, expect, it } from "vitest";
import { SUBJECT_RULE, changeEffect, effectView, isAffectedByChange, isReissued, premisesRuleOf, type PremisesRule } from "./rules";
import { parseOutcome, premisesNoteOf, versionStem } from "@/lib/base/registration-outcome";

const TODAY = "2026-11-24";
const OLD = "上海市金山区卫零路100号1层";
const NEW = "上海市金山区龙胜路1号2层";
const ELSEWHERE = "上海市金山区朱泾镇别处路1号";
const atOld = { status: "VALID" as const, address: OLD, validUntil: null };
const stays: PremisesRule = { binding: "PREMISES", review: "NEW_APPLICATION", suspend: false };
const suspends: PremisesRule = { binding: "PREMISES", review: "ONSITE_CHECK", suspend: true };
const move = { oldAddress: OLD, newName: null, newAddress: NEW };
const rename = { oldAddress: OLD, newName: "新名称有限公司", newAddress: null };
const both = { oldAddress: OLD, newName: "新名称有限公司", newAddress: NEW };

describe("changeEffect: an address change", () => {
  it("re-issues a subject-bound licence at the registered address with the new address", () => {
    expect(changeEffect(atOld, SUBJECT_RULE, move, TODAY)).toEqual({ kind: "reissue", address: NEW, moved: true, keptPremises: false });
  });

  it("never moves a premises-bound licence at the registered address: it stays valid for its premises, with a review", () => {
    expect(changeEffect(atOld, stays, move, TODAY)).toEqual({ kind: "review", review: "NEW_APPLICATION", suspend: false, renamed: false, address: OLD });
  });

  it("suspends a premises-bound licence whose matter says so, but not one already suspended by its department", () => {
    expect(changeEffect(atOld, suspends, move, TODAY)).toMatchObject({ kind: "review", review: "ONSITE_CHECK", suspend: true });
    expect(changeEffect({ ...atOld, status: "SUSPENDED" }, suspends, move, TODAY)).toMatchObject({ kind: "review", suspend: false });
  });

  it("keeps a licence on premises of its own, premises-bound or not", () => {
    expect(changeEffect({ ...atOld, address: ELSEWHERE }, stays, move, TODAY)).toEqual({ kind: "keep" });
    expect(changeEffect({ ...atOld, address: ELSEWHERE }, SUBJECT_RULE, move, TODAY)).toEqual({ kind: "keep" });
  });

  it("leaves a licence no longer held, or past its last valid day, alone", () => {
    for (const status of ["REVOKED", "CANCELLED", "SUPERSEDED", "EXPIRED"] as const)
      expect(changeEffect({ ...atOld, status }, stays, move, TODAY)).toEqual({ kind: "none" });
    expect(changeEffect({ ...atOld, validUntil: "2026-11-23" }, SUBJECT_RULE, move, TODAY)).toEqual({ kind: "none" });
    expect(changeEffect({ ...atOld, validUntil: TODAY }, SUBJECT_RULE, move, TODAY).kind).toBe("reissue");
  });
});

describe("changeEffect: a name change", () => {
  it("re-issues every held licence at its own address, premises-bound ones included", () => {
    expect(changeEffect(atOld, stays, rename, TODAY)).toEqual({ kind: "reissue", address: OLD, moved: false, keptPremises: false });
    expect(changeEffect({ ...atOld, address: ELSEWHERE }, suspends, rename, TODAY)).toEqual({
      kind: "reissue",
      address: ELSEWHERE,
      moved: false,
      keptPremises: false,
    });
  });

  it("with a new address too: a premises-bound licence at the old address is renamed at its premises and still reviewed", () => {
    expect(changeEffect(atOld, stays, both, TODAY)).toEqual({ kind: "review", review: "NEW_APPLICATION", suspend: false, renamed: true, address: OLD });
    expect(isReissued(changeEffect(atOld, stays, both, TODAY))).toBe(true);
    expect(changeEffect(atOld, SUBJECT_RULE, both, TODAY)).toEqual({ kind: "reissue", address: NEW, moved: true, keptPremises: false });
    expect(changeEffect({ ...atOld, address: ELSEWHERE }, stays, both, TODAY)).toEqual({
      kind: "reissue",
      address: ELSEWHERE,
      moved: false,
      keptPremises: true,
    });
  });
});

describe("premisesRuleOf and effectView", () => {
  it("reads the catalog row; no matter (or SUBJECT) follows the subject; a PREMISES row without a review needs a new application", () => {
    expect(premisesRuleOf(null)).toEqual(SUBJECT_RULE);
    expect(premisesRuleOf({ binding: "SUBJECT", premisesReview: "ONSITE_CHECK", suspendOnAddressMove: true })).toEqual(SUBJECT_RULE);
    expect(premisesRuleOf({ binding: "PREMISES", premisesReview: null, suspendOnAddressMove: false })).toEqual({
      binding: "PREMISES",
      review: "NEW_APPLICATION",
      suspend: false,
    });
  });

  it("words each effect by one key", () => {
    expect(effectView(changeEffect(atOld, SUBJECT_RULE, move, TODAY)).key).toBe("reissueNewAddress");
    expect(effectView(changeEffect(atOld, SUBJECT_RULE, rename, TODAY)).key).toBe("reissue");
    expect(effectView(changeEffect({ ...atOld, address: ELSEWHERE }, stays, both, TODAY)).key).toBe("reissueOwnPremises");
    expect(effectView(changeEffect(atOld, stays, move, TODAY))).toEqual({ key: "reviewValid", review: "NEW_APPLICATION", renamed: false });
    expect(effectView(changeEffect(atOld, suspends, both, TODAY))).toEqual({ key: "reviewSuspend", review: "ONSITE_CHECK", renamed: true });
    expect(effectView({ kind: "cancel" }).key).toBe("cancel");
  });

  it("isAffectedByChange keeps its meaning for subject-bound licences and is false for a premises-bound one moved", () => {
    expect(isAffectedByChange(atOld, move, TODAY)).toBe(true);
    expect(isAffectedByChange(atOld, move, TODAY, stays)).toBe(false);
    expect(isAffectedByChange(atOld, rename, TODAY, stays)).toBe(true);
  });
});

describe("parseOutcome and premisesNoteOf", () => {
  const review = { number: "XK1", matter: "食品经营许可", address: OLD, review: "NEW_APPLICATION", suspended: false, department: "区市场监管局" };

  it("reads an outcome defensively: an old one without kept/review, junk entries dropped", () => {
    expect(parseOutcome({ reissued: [{ from: "A", to: "A-V2" }], cancelled: [] })).toEqual({
      reissued: [{ from: "A", to: "A-V2" }],
      cancelled: [],
      kept: [],
      review: [],
    });
    expect(parseOutcome(null)).toEqual({ reissued: [], cancelled: [], kept: [], review: [] });
    expect(parseOutcome({ kept: ["B", 3], review: [review, { number: "X", review: "MOVE" }, null] })).toMatchObject({ kept: ["B"], review: [review] });
  });

  it("finds the newest note of a licence or an earlier version of it", () => {
    const earlier = new Date("2026-11-24T02:00:00Z");
    const later = new Date("2026-11-26T02:00:00Z");
    const changes = [
      { decidedAt: earlier, newAddress: NEW, outcome: parseOutcome({ review: [review], kept: ["BA2"] }) },
      { decidedAt: later, newAddress: "上海市金山区第三处路3号", outcome: parseOutcome({ kept: ["BA2-V2"] }) },
    ];
    expect(premisesNoteOf("XK1", changes)).toEqual({
      kind: "review",
      at: earlier,
      review: "NEW_APPLICATION",
      suspended: false,
      address: OLD,
      registeredAddress: NEW,
    });
    // Re-issued later by a name change: the note follows the family.
    expect(premisesNoteOf("XK1-V2", changes)).toMatchObject({ kind: "review", at: earlier });
    expect(premisesNoteOf("BA2-V2", changes)).toEqual({ kind: "kept", at: later, registeredAddress: "上海市金山区第三处路3号" });
    expect(premisesNoteOf("YZ9", changes)).toBeNull();
    expect(versionStem("XK1-V12")).toBe("XK1");
  });
});
