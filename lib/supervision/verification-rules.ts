// 告知承诺核查: which permits granted on commitment are verified, by when, and the steps of a verification.
// Pure — shared by issuance (scheduling), the inspector's form, the sweep and the unit test.
//
// 金山方案 (000) 二(一)3: 对实行告知承诺的，要重点对企业履行承诺情况进行检查，发现违反承诺的要责令限期整改，
// 逾期不整改或者整改后仍未履行承诺的要依法撤销相关许可…将失信违法行为记入企业信用记录.
// 晋中方案 (004) 三(一): 根据风险状况加强事中事后监管 — and (same clause) commitment licensees are not
// inspected more often than others in 双随机 — this verification is of the commitment itself, once.
//
// The rule (documented, recomputable by anyone from the licence number):
// - HIGH risk: every permit is verified, due 2 months after issue;
// - MEDIUM: a 30% sample, LOW: a 10% sample, due 6 months after issue. A permit is in the sample when the
//   first 4 bytes of SHA-256(licence number), read as an unsigned big-endian integer, mod 100 is below the
//   ratio — the same number always gives the same answer, and no one can choose it.
import { createHash } from "node:crypto";
import { z } from "zod";
import { msg } from "@/lib/i18n/core";
import type { RiskLevel, VerificationStatus } from "@/lib/generated/prisma/enums";

export const SAMPLE_PERCENT: Readonly<Record<RiskLevel, number>> = { HIGH: 100, MEDIUM: 30, LOW: 10 };
export const DUE_MONTHS: Readonly<Record<RiskLevel, number>> = { HIGH: 2, MEDIUM: 6, LOW: 6 };
const RISK_TEXT: Readonly<Record<RiskLevel, string>> = { HIGH: "高风险", MEDIUM: "中风险", LOW: "低风险" };

/** 0–99, from the licence number alone. */
export function sampleNumber(licenceNumber: string): number {
  return createHash("sha256").update(licenceNumber, "utf8").digest().readUInt32BE(0) % 100;
}

/** "YYYY-MM-DD" plus whole months, clamped to the month's last day (01-31 + 1 month → 02-28). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

export interface VerificationPlan {
  selected: boolean;
  /** "YYYY-MM-DD" */
  dueOn: string;
  /** Why, in words: kept on the verification and shown to the inspector and the enterprise. */
  selection: string;
}

export function planVerification(opts: { riskLevel: RiskLevel; licenceNumber: string; issuedOn: string }): VerificationPlan {
  const percent = SAMPLE_PERCENT[opts.riskLevel];
  const dueOn = addMonths(opts.issuedOn, DUE_MONTHS[opts.riskLevel]);
  if (percent >= 100) return { selected: true, dueOn, selection: `${RISK_TEXT[opts.riskLevel]}事项：全部核查，${DUE_MONTHS[opts.riskLevel]} 个月内完成` };
  const n = sampleNumber(opts.licenceNumber);
  return {
    selected: n < percent,
    dueOn,
    selection: `${RISK_TEXT[opts.riskLevel]}事项：按证照编号抽取 ${percent}%（样本号 ${n}${n < percent ? " <" : " ≥"} ${percent}），${DUE_MONTHS[opts.riskLevel]} 个月内完成`,
  };
}

/** Statuses still waiting for someone: the inspector (SCHEDULED) or the enterprise (RECTIFYING). */
export const OPEN_VERIFICATION: readonly VerificationStatus[] = ["SCHEDULED", "RECTIFYING"];

export const RECTIFY_MIN_DAYS = 1;
export const RECTIFY_MAX_DAYS = 60;
export const FINDINGS_MAX = 1000;

const E = "domain.supervision.errors.verification";
const ZVerificationId = z
  .string({ error: msg(`${E}.idMissing`) })
  .trim()
  .min(1, msg(`${E}.idMissing`))
  .max(64, msg(`${E}.idInvalid`));

const ZRecordVerificationFields = z.object({
  verificationId: ZVerificationId,
  outcome: z.enum(["pass", "fail"], { error: msg(`${E}.chooseOutcome`) }),
  findings: z
    .string({ error: msg(`${E}.findingsRequired`) })
    .trim()
    .min(2, msg(`${E}.findingsTooShort`))
    .max(FINDINGS_MAX, msg(`${E}.findingsTooLong`)),
  rectifyDays: z.coerce
    .number({ error: msg(`${E}.rectifyDaysNumber`) })
    .int(msg(`${E}.rectifyDaysWhole`))
    .optional(),
});

function checkRectifyDays(v: z.infer<typeof ZRecordVerificationFields>, ctx: z.RefinementCtx) {
  if (v.outcome === "fail" && (v.rectifyDays === undefined || v.rectifyDays < RECTIFY_MIN_DAYS || v.rectifyDays > RECTIFY_MAX_DAYS)) {
    ctx.addIssue({ code: "custom", path: ["rectifyDays"], message: msg(`${E}.rectifyDaysRequired`), min: RECTIFY_MIN_DAYS, max: RECTIFY_MAX_DAYS });
  }
}

export const ZRecordVerification = ZRecordVerificationFields.superRefine(checkRectifyDays);
export type TRecordVerification = z.infer<typeof ZRecordVerification>;

/** The inspector's form: the same fields and the evidence file, which a "not kept" finding needs (the domain checks it too). */
export const ZRecordVerificationForm = ZRecordVerificationFields.extend({ evidence: z.instanceof(File).optional() }).superRefine((v, ctx) => {
  checkRectifyDays(v, ctx);
  if (v.outcome === "fail" && !v.evidence) ctx.addIssue({ code: "custom", path: ["evidence"], message: msg(`${E}.evidenceRequired`) });
});

export const ZConfirmRectification = z.object({
  verificationId: ZVerificationId,
  note: z
    .string({ error: msg(`${E}.noteRequired`) })
    .trim()
    .min(2, msg(`${E}.noteTooShort`))
    .max(FINDINGS_MAX, msg(`${E}.noteTooLong`)),
});
export type TConfirmRectification = z.infer<typeof ZConfirmRectification>;

/** The last day to rectify: `days` calendar days after the check (Asia/Shanghai day). */
export function rectifyByDay(checkedOn: string, days: number): string {
  const [y, m, d] = checkedOn.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
