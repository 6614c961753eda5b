// 变更登记 / 注销登记 and what they do to the enterprise's licences. Pure — the request schemas, which
// licences a change re-issues (联动变更) and which a cancellation ends (联动注销), and the number a new
// version gets — shared by the domain, the forms and the unit test.
// 珠海方案 (001) 二(一)1: 逐步推动证照变更、注销联动办理. 上海应急局方案 (002) (3): 非关键信息变更、注销
// 通过电子证照与数据共享实现"零材料" — so a request carries no materials, only the new facts and a reason.
import { z } from "zod";
import { msg } from "@/lib/i18n/core";
import { addressIssue, ADDRESS_MAX, ADDRESS_MIN } from "@/lib/forms/field-values";
import { NAME_MAX, NAME_MIN, nameIssue } from "@/lib/forms/name-check";
import { addProblemIssue } from "@/lib/forms/problem";
import { makeT } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";

const zhLabel = makeT(zhCN);
import { HELD_STATUSES } from "@/lib/base/registration-outcome";
import type { LicenceBinding, LicenceStatus, PremisesReview } from "@/lib/generated/prisma/enums";

// The name and address rules are the one form's (name-check.ts, field-values.ts addressProblem): a request
// is validated exactly like the form validates the same facts (issue 15 §2).
export { ADDRESS_MAX, ADDRESS_MIN, NAME_MAX, NAME_MIN };
export const REASON_MIN = 2;
export const REASON_MAX = 500;

const E = "domain.registration.errors";
const requestKey = z
  .string({ error: msg(`${E}.requestKeyInvalid`) })
  .trim()
  .min(8, msg(`${E}.requestKeyInvalid`))
  .max(64, msg(`${E}.requestKeyInvalid`));
/** The reason of a change (变更原因) or of a cancellation (注销原因). */
const reason = (kind: "change" | "cancel") =>
  z
    .string({ error: msg(`${E}.${kind}.reasonRequired`) })
    .trim()
    .min(REASON_MIN, msg(`${E}.${kind}.reasonTooShort`))
    .max(REASON_MAX, msg(`${E}.${kind}.reasonTooLong`));

/**
 * 变更登记: a new name, a new address (住所), or both; an empty box keeps what is registered. An over-long
 * value is an error that says how long it is, never cut to fit (issue 15 §2); whether the new name is free
 * is asked of the database at submission (request-registration-change.ts).
 */
export const ZRequestChange = z
  .object({
    requestKey,
    newName: z.string().trim().optional().default(""),
    newAddress: z.string().trim().optional().default(""),
    reason: reason("change"),
  })
  .superRefine((v, ctx) => {
    if (!v.newName && !v.newAddress) ctx.addIssue({ code: "custom", path: ["newName"], message: msg(`${E}.change.nameOrAddressRequired`) });
    // The problems as keys (lib/forms). Their {label} is filled here, in Chinese as the request form labels the
    // field (a parameter, not a key: an English reader sees the label in Chinese inside an English sentence).
    const name = v.newName ? nameIssue(v.newName, zhLabel("domain.forms.labels.companyName")) : null;
    if (name) addProblemIssue(ctx, ["newName"], name);
    const address = v.newAddress ? addressIssue(zhLabel("domain.forms.labels.address"), v.newAddress) : null;
    if (address) addProblemIssue(ctx, ["newAddress"], address);
  });
export type TRequestChange = z.infer<typeof ZRequestChange>;

/** 注销登记: a reason, and the applicant's explicit confirmation that every licence ends with it. */
export const ZRequestCancel = z.object({
  requestKey,
  reason: reason("cancel"),
  confirm: z.literal("yes", { error: msg(`${E}.cancel.confirmRequired`) }),
});
export type TRequestCancel = z.infer<typeof ZRequestCancel>;

export const ZRegistrationChangeId = z.object({
  changeId: z
    .string({ error: msg(`${E}.changeIdMissing`) })
    .trim()
    .min(1, msg(`${E}.changeIdMissing`))
    .max(64, msg(`${E}.changeIdInvalid`)),
});
export type TRegistrationChangeId = z.infer<typeof ZRegistrationChangeId>;

export const DECISIONS = ["approve", "reject"] as const;
export type RegistrationDecision = (typeof DECISIONS)[number];

/** The registration authority's decision: approval, or refusal with the reason the applicant reads. */
export const ZDecideRegistrationChange = ZRegistrationChangeId.extend({
  action: z.enum(DECISIONS, { error: msg(`${E}.decide.chooseAction`) }),
  reason: z
    .string()
    .trim()
    .max(REASON_MAX, msg(`${E}.decide.reasonTooLong`))
    .optional()
    .default(""),
}).superRefine((v, ctx) => {
  if (v.action === "reject" && v.reason.length < REASON_MIN)
    ctx.addIssue({ code: "custom", path: ["reason"], message: msg(`${E}.decide.rejectReasonRequired`), minimum: REASON_MIN });
});
export type TDecideRegistrationChange = z.infer<typeof ZDecideRegistrationChange>;

export interface HeldLicence {
  status: LicenceStatus;
  address: string;
  /** "YYYY-MM-DD" or null (no end). */
  validUntil: string | null;
}

/**
 * What a licence is bound to (the catalog's Matter.binding, premisesReview, suspendOnAddressMove — seeded in
 * prisma/seed/data/premises-binding.ts with the reason): the subject (营业执照 and permits of the company as
 * such) or the premises it was granted for (消防, 特种行业, 公共场所卫生, 食品经营 …).
 */
export interface PremisesRule {
  binding: LicenceBinding;
  /** PREMISES: what the holder needs for the new address. */
  review: PremisesReview | null;
  /** PREMISES: suspended (instead of staying valid for its old premises) when its premises were the old registered address. */
  suspend: boolean;
}

/** A licence without a matter (or of a matter not yet classified) follows the subject. */
export const SUBJECT_RULE: PremisesRule = { binding: "SUBJECT", review: null, suspend: false };

/** The rule of a matter row as the catalog stores it. */
export function premisesRuleOf(
  matter: { binding: LicenceBinding; premisesReview: PremisesReview | null; suspendOnAddressMove: boolean } | null | undefined,
): PremisesRule {
  if (!matter || matter.binding === "SUBJECT") return SUBJECT_RULE;
  // A premises-bound matter without a stated review still needs one: a new application is the safe default.
  return { binding: "PREMISES", review: matter.premisesReview ?? "NEW_APPLICATION", suspend: matter.suspendOnAddressMove };
}

/**
 * What approving a 变更登记 does to one licence:
 * - none: not held (revoked, cancelled, replaced, past its last valid day) — re-issuing it would bring it back;
 * - reissue: a new signed version with the new name and `address` (keptPremises: the licence's own premises
 *   are printed again, not the new registered address);
 * - keep: nothing printed on it changes — it is on premises of its own, not at the registered address;
 * - review: a premises-bound licence whose premises WERE the registered address. It is never moved to the new
 *   address: it stays valid for its old premises (or is suspended, per the matter's rule) and the holder and
 *   the issuing department are told that a new application or an on-site check is needed. With a new name
 *   at the same time it is still re-issued with the new name, at its old premises (renamed).
 * A new name is printed on every licence (珠海方案 (001) 二(一)1 证照变更联动); a new address only on the
 * business licence and subject-bound permits that carried the registered address. Why premises are not
 * moved: 珠海方案 (001) 二(二)9 (许可条件 "以场所…为维度") and 上海应急局方案 (002) 二1(3) (only 非关键信息变更
 * are "零材料") — see prisma/seed/data/premises-binding.ts.
 */
export type ChangeEffect =
  | { kind: "none" }
  | { kind: "reissue"; address: string; moved: boolean; keptPremises: boolean }
  | { kind: "keep" }
  | { kind: "review"; review: PremisesReview; suspend: boolean; renamed: boolean; address: string };

export interface RegistrationChangeFacts {
  oldAddress: string;
  newName: string | null;
  newAddress: string | null;
}

export function changeEffect(licence: HeldLicence, rule: PremisesRule, change: RegistrationChangeFacts, today: string): ChangeEffect {
  if (!HELD_STATUSES.includes(licence.status)) return { kind: "none" };
  if (licence.validUntil !== null && licence.validUntil < today) return { kind: "none" };
  const atRegisteredAddress = licence.address === change.oldAddress;
  const renamed = change.newName !== null;
  if (change.newAddress !== null && atRegisteredAddress) {
    if (rule.binding === "PREMISES") {
      // A suspension by the department is not a suspension for the move: only a valid licence is suspended.
      return {
        kind: "review",
        review: rule.review ?? "NEW_APPLICATION",
        suspend: rule.suspend && licence.status === "VALID",
        renamed,
        address: licence.address,
      };
    }
    return { kind: "reissue", address: change.newAddress, moved: true, keptPremises: false };
  }
  if (renamed) return { kind: "reissue", address: licence.address, moved: false, keptPremises: !atRegisteredAddress && change.newAddress !== null };
  return change.newAddress !== null ? { kind: "keep" } : { kind: "none" };
}

/** Whether approving the change issues a new version of this licence. */
export function isReissued(effect: ChangeEffect): boolean {
  return effect.kind === "reissue" || (effect.kind === "review" && effect.renamed);
}

/** How the pages word an effect: the key under registration.effect, and for a review what is needed. */
export interface EffectView {
  key: "reissueNewAddress" | "reissue" | "reissueOwnPremises" | "keep" | "none" | "cancel" | "reviewValid" | "reviewSuspend";
  /** A review: registration.review.need.<review>. */
  review: PremisesReview | null;
  /** A review with a new name: a new version is issued too, at the old premises. */
  renamed: boolean;
}

export function effectView(effect: ChangeEffect | { kind: "cancel" }): EffectView {
  const plain = (key: EffectView["key"]): EffectView => ({ key, review: null, renamed: false });
  switch (effect.kind) {
    case "none":
    case "keep":
    case "cancel":
      return plain(effect.kind);
    case "reissue":
      return plain(effect.moved ? "reissueNewAddress" : effect.keptPremises ? "reissueOwnPremises" : "reissue");
    case "review":
      return { key: effect.suspend ? "reviewSuspend" : "reviewValid", review: effect.review, renamed: effect.renamed };
  }
}

/**
 * Whether a change re-issues this licence, for a licence bound to the subject (the rule above with
 * SUBJECT_RULE unless a rule is given).
 */
export function isAffectedByChange(licence: HeldLicence, change: RegistrationChangeFacts, today: string, rule: PremisesRule = SUBJECT_RULE): boolean {
  return isReissued(changeEffect(licence, rule, change, today));
}

/** Whether a cancellation (注销) ends this licence: everything still held. */
export function isEndedByCancellation(licence: Pick<HeldLicence, "status">): boolean {
  return HELD_STATUSES.includes(licence.status);
}

/**
 * The number of the next version: the first version's number with "-V<n>" (XK20261122-AB12 → …-V2 → …-V3),
 * so every version is found by its own number and the family shares one stem.
 */
export function nextVersionNumber(number: string, version: number): string {
  const stem = version > 1 ? number.replace(new RegExp(`-V${version}$`), "") : number;
  return `${stem}-V${version + 1}`;
}

/** What a request actually changes: a value equal to the registered one is no change (null). */
export function effectiveChange(
  registered: { name: string; address: string },
  input: { newName: string; newAddress: string },
): { newName: string | null; newAddress: string | null } {
  const squash = (s: string) => s.replace(/\s+/g, "");
  return {
    newName: input.newName && squash(input.newName) !== squash(registered.name) ? input.newName : null,
    newAddress: input.newAddress && squash(input.newAddress) !== squash(registered.address) ? input.newAddress : null,
  };
}
