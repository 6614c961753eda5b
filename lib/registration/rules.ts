// 变更登记 / 注销登记 and what they do to the enterprise's licences. Pure — the request schemas, which
// licences a change re-issues (联动变更) and which a cancellation ends (联动注销), and the number a new
// version gets — shared by the domain, the forms and the unit test.
// 珠海方案 (001) 二(一)1: 逐步推动证照变更、注销联动办理. 上海应急局方案 (002) (3): 非关键信息变更、注销
// 通过电子证照与数据共享实现"零材料" — so a request carries no materials, only the new facts and a reason.
import { z } from "zod";
import { addressProblem, ADDRESS_MAX, ADDRESS_MIN } from "@/lib/forms/field-values";
import { NAME_MAX, NAME_MIN, nameProblem } from "./name-check";
import type { LicenceStatus } from "@/lib/generated/prisma/enums";

// The name and address rules are the one form's (name-check.ts, field-values.ts addressProblem): a request
// is validated exactly like the form validates the same facts (issue 15 §2).
export { ADDRESS_MAX, ADDRESS_MIN, NAME_MAX, NAME_MIN };
export const REASON_MIN = 2;
export const REASON_MAX = 500;

const requestKey = z.string({ error: "表单已失效，请刷新页面后重试" }).trim().min(8, "表单已失效，请刷新页面后重试").max(64, "表单已失效，请刷新页面后重试");
const reason = (what: string) =>
  z.string({ error: `请填写${what}` }).trim().min(REASON_MIN, `请填写${what}（至少 ${REASON_MIN} 个字）`).max(REASON_MAX, `${what}不能超过 ${REASON_MAX} 个字`);

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
    reason: reason("变更原因"),
  })
  .superRefine((v, ctx) => {
    if (!v.newName && !v.newAddress) ctx.addIssue({ code: "custom", path: ["newName"], message: "请填写新的企业名称或新的住所（至少一项）" });
    const name = v.newName ? nameProblem(v.newName) : null;
    if (name) ctx.addIssue({ code: "custom", path: ["newName"], message: name });
    const address = v.newAddress ? addressProblem("住所", v.newAddress) : null;
    if (address) ctx.addIssue({ code: "custom", path: ["newAddress"], message: address });
  });
export type TRequestChange = z.infer<typeof ZRequestChange>;

/** 注销登记: a reason, and the applicant's explicit confirmation that every licence ends with it. */
export const ZRequestCancel = z.object({
  requestKey,
  reason: reason("注销原因"),
  confirm: z.literal("yes", { error: "请勾选确认：注销后本企业的营业执照和全部许可证、备案回执将同时注销" }),
});
export type TRequestCancel = z.infer<typeof ZRequestCancel>;

export const ZRegistrationChangeId = z.object({
  changeId: z.string({ error: "缺少申请编号" }).trim().min(1, "缺少申请编号").max(64, "申请编号无效"),
});

export const DECISIONS = ["approve", "reject"] as const;
export type RegistrationDecision = (typeof DECISIONS)[number];

/** The registration authority's decision: approval, or refusal with the reason the applicant reads. */
export const ZDecideRegistrationChange = ZRegistrationChangeId.extend({
  action: z.enum(DECISIONS, { error: "请选择准予或不予登记" }),
  reason: z.string().trim().max(REASON_MAX, `理由不能超过 ${REASON_MAX} 个字`).optional().default(""),
}).superRefine((v, ctx) => {
  if (v.action === "reject" && v.reason.length < REASON_MIN) ctx.addIssue({ code: "custom", path: ["reason"], message: "请填写不予登记的理由（至少 2 个字）" });
});
export type TDecideRegistrationChange = z.infer<typeof ZDecideRegistrationChange>;

/** Statuses in which a licence is still held: the ones a change re-issues and a cancellation ends. */
export const HELD_STATUSES: readonly LicenceStatus[] = ["VALID", "SUSPENDED"];

export interface HeldLicence {
  status: LicenceStatus;
  address: string;
  /** "YYYY-MM-DD" or null (no end). */
  validUntil: string | null;
}

/**
 * Whether a change re-issues this licence. A new name is printed on every licence the enterprise holds; a
 * new address only on those that carry the registered address (a permit for premises elsewhere keeps its
 * own). A licence no longer held — revoked, cancelled, replaced, or past its last valid day — is left as it
 * is: re-issuing it would bring it back to life.
 */
export function isAffectedByChange(licence: HeldLicence, change: { oldAddress: string; newName: string | null; newAddress: string | null }, today: string): boolean {
  if (!HELD_STATUSES.includes(licence.status)) return false;
  if (licence.validUntil !== null && licence.validUntil < today) return false;
  return change.newName !== null || (change.newAddress !== null && licence.address === change.oldAddress);
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
export function effectiveChange(registered: { name: string; address: string }, input: { newName: string; newAddress: string }): { newName: string | null; newAddress: string | null } {
  const squash = (s: string) => s.replace(/\s+/g, "");
  return {
    newName: input.newName && squash(input.newName) !== squash(registered.name) ? input.newName : null,
    newAddress: input.newAddress && squash(input.newAddress) !== squash(registered.address) ? input.newAddress : null,
  };
}
