// A department's steps on a licence it issued (证照状态管理): suspend, revoke, reinstate. Pure — the table
// of transitions and the input schema, shared by the domain (change-licence-status.ts), the action form
// and the unit test. 金山方案 二(一)3: a permit granted on commitment (告知承诺) is revoked when the
// commitment proves false; 晋中方案 三(四) 审管联动: the supervision side learns of it at once.
import { z } from "zod";
import type { LicenceKind, LicenceStatus } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/core";
import zhShell from "@/lib/i18n/messages/zh-CN/shell";

export const LICENCE_ACTIONS = ["suspend", "revoke", "reinstate"] as const;
export type LicenceAction = (typeof LICENCE_ACTIONS)[number];

/** revoke is final (撤销/吊销); suspend (暂扣) can be lifted by reinstate (恢复). */
export const LICENCE_TRANSITIONS: Readonly<Record<LicenceAction, { from: readonly LicenceStatus[]; to: LicenceStatus }>> = {
  suspend: { from: ["VALID"], to: "SUSPENDED" },
  revoke: { from: ["VALID", "SUSPENDED"], to: "REVOKED" },
  reinstate: { from: ["SUSPENDED"], to: "VALID" },
};

/**
 * The kinds a department acts on here: its permits and filing receipts. The business licence (营业执照)
 * is cancelled or revoked through market regulation's own procedure (注销/吊销), not on this desk.
 */
export const ADMINISTERED_KINDS: readonly LicenceKind[] = ["PERMIT", "FILING_RECEIPT"];

/** The status an action leads to, or null when the licence's status does not allow it. */
export function nextLicenceStatus(status: LicenceStatus, action: LicenceAction): LicenceStatus | null {
  const t = LICENCE_TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}

/** The actions a licence of this kind and status allows, in display order. */
export function allowedLicenceActions(kind: LicenceKind, status: LicenceStatus): LicenceAction[] {
  if (!ADMINISTERED_KINDS.includes(kind)) return [];
  return LICENCE_ACTIONS.filter((a) => nextLicenceStatus(status, a) !== null);
}

const E = "domain.licences.errors.status";

export const REASON_MIN = 2;
export const REASON_MAX = 500;

export const ZChangeLicenceStatus = z
  .object({
    licenceId: z
      .string({ error: msg(`${E}.licenceIdMissing`) })
      .trim()
      .min(1, msg(`${E}.licenceIdMissing`))
      .max(64, msg(`${E}.licenceIdInvalid`)),
    action: z.enum(LICENCE_ACTIONS, { error: msg(`${E}.chooseAction`) }),
    reason: z
      .string()
      .trim()
      .max(REASON_MAX, msg(`${E}.reasonTooLong`))
      .optional()
      .default(""),
    /** The status the officer saw: of two officers acting on one licence the second is told. */
    expectedStatus: z.enum(["VALID", "SUSPENDED", "REVOKED", "EXPIRED", "CANCELLED", "SUPERSEDED"]).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.action !== "reinstate" && v.reason.length < REASON_MIN) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: msg(v.action === "revoke" ? `${E}.revokeReasonRequired` : `${E}.suspendReasonRequired`),
        minimum: REASON_MIN,
      });
    }
  });
export type TChangeLicenceStatus = z.infer<typeof ZChangeLicenceStatus>;

/** The status in the Chinese words of the UI (the zh-CN shell catalog), for the supervision dossier's Chinese history text. */
export const LICENCE_STATUS_TEXT: Readonly<Record<LicenceStatus, string>> = zhShell.licenceStatus;
