// 信用修复: the enterprise states what it corrected; the regulator approves (the record stops counting —
// credit-grade.ts rule 1) or refuses with a reason, after which the enterprise may apply again. Pure — the
// transitions and the input schemas, shared by the domain, the forms and the unit test.
// 晋中方案 (004) 三(四): 加强信用监管…失信联合惩戒 — and a way back once the wrong is corrected.
import { z } from "zod";
import { msg } from "@/lib/i18n/core";
import type { RepairStatus } from "@/lib/generated/prisma/enums";

export const STATEMENT_MIN = 10;
export const STATEMENT_MAX = 1000;
export const NOTE_MAX = 500;

/** Whether the enterprise may apply for repair of a record in this repair status. */
export function canRequestRepair(status: RepairStatus): boolean {
  return status === "NONE" || status === "REJECTED";
}

const E = "domain.supervision.errors";
const ZRecordId = z
  .string({ error: msg(`${E}.repair.recordMissing`) })
  .trim()
  .min(1, msg(`${E}.repair.recordMissing`))
  .max(64, msg(`${E}.repair.recordInvalid`));

/** 统一社会信用代码 as typed by an officer: upper-cased, 18 characters of the GB 32100 alphabet. */
export const ZTypedUscc = z
  .string({ error: msg(`${E}.usccRequired`) })
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, msg(`${E}.usccInvalid`));

export const ZRequestRepair = z.object({
  recordId: ZRecordId,
  statement: z
    .string({ error: msg(`${E}.repair.statementRequired`) })
    .trim()
    .min(STATEMENT_MIN, msg(`${E}.repair.statementTooShort`))
    .max(STATEMENT_MAX, msg(`${E}.repair.statementTooLong`)),
});
export type TRequestRepair = z.infer<typeof ZRequestRepair>;

export const REVIEW_ACTIONS = ["approve", "reject"] as const;
export type RepairReviewAction = (typeof REVIEW_ACTIONS)[number];

const REJECT_REASON_MIN = 2;

export const ZReviewRepair = z
  .object({
    recordId: ZRecordId,
    action: z.enum(REVIEW_ACTIONS, { error: msg(`${E}.repair.chooseAction`) }),
    reason: z
      .string()
      .trim()
      .max(NOTE_MAX, msg(`${E}.repair.reasonTooLong`))
      .optional()
      .default(""),
  })
  .superRefine((v, ctx) => {
    if (v.action === "reject" && v.reason.length < REJECT_REASON_MIN)
      ctx.addIssue({ code: "custom", path: ["reason"], message: msg(`${E}.repair.reasonRequired`), minimum: REJECT_REASON_MIN });
  });
export type TReviewRepair = z.infer<typeof ZReviewRepair>;

/** A credit record a regulator enters (行政处罚 and the like); the system writes the others itself. */
export const ZAddCreditRecord = z
  .object({
    uscc: ZTypedUscc,
    type: z.enum(["PENALTY", "FAILED_INSPECTION", "FALSE_COMMITMENT", "OTHER"], { error: msg(`${E}.record.typeRequired`) }),
    severity: z.enum(["MINOR", "GENERAL", "SERIOUS"], { error: msg(`${E}.record.severityRequired`) }),
    description: z
      .string({ error: msg(`${E}.record.descriptionRequired`) })
      .trim()
      .min(4, msg(`${E}.record.descriptionTooShort`))
      .max(500, msg(`${E}.record.descriptionTooLong`)),
    occurredOn: z
      .string({ error: msg(`${E}.record.occurredRequired`) })
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, msg(`${E}.record.occurredFormat`)),
    expiresOn: z
      .string()
      .trim()
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, msg(`${E}.record.expiresFormat`))
      .optional()
      .default(""),
  })
  .superRefine((v, ctx) => {
    if (v.expiresOn && v.expiresOn <= v.occurredOn) ctx.addIssue({ code: "custom", path: ["expiresOn"], message: msg(`${E}.record.expiresBeforeOccurred`) });
  });
export type TAddCreditRecord = z.infer<typeof ZAddCreditRecord>;
