// 双随机、一公开 plans and results: input schemas shared by the forms and the domain. Pure.
import { z } from "zod";
import { msg, type MessageKey } from "@/lib/i18n/core";
import { ZTypedUscc } from "./repair-rules";

const E = "domain.supervision.errors";
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (required: MessageKey, format: MessageKey) =>
  z
    .string({ error: msg(required) })
    .trim()
    .regex(DAY, msg(format));
// The form shows each message beside its grade's field (ratioA…ratioD).
const ratio = () =>
  z.coerce
    .number({ error: msg(`${E}.plan.ratioNumber`) })
    .int(msg(`${E}.plan.ratioWhole`))
    .min(0, msg(`${E}.plan.ratioRange`))
    .max(100, msg(`${E}.plan.ratioRange`));

export const DEFAULT_RATIOS = { A: 3, B: 5, C: 10, D: 100 } as const;

export const ZCreatePlan = z
  .object({
    name: z
      .string({ error: msg(`${E}.plan.nameRequired`) })
      .trim()
      .min(2, msg(`${E}.plan.nameTooShort`))
      .max(100, msg(`${E}.plan.nameTooLong`)),
    departmentCode: z
      .string({ error: msg(`${E}.plan.departmentRequired`) })
      .trim()
      .min(1, msg(`${E}.plan.departmentRequired`))
      .max(20, msg(`${E}.plan.departmentInvalid`)),
    matterCodes: z
      .array(
        z
          .string()
          .trim()
          .min(1, msg(`${E}.plan.matterInvalid`))
          .max(64, msg(`${E}.plan.matterInvalid`)),
      )
      .min(1, msg(`${E}.plan.mattersRequired`))
      .max(50, msg(`${E}.plan.tooManyMatters`)),
    periodStart: day(`${E}.plan.periodStartRequired`, `${E}.plan.periodStartFormat`),
    periodEnd: day(`${E}.plan.periodEndRequired`, `${E}.plan.periodEndFormat`),
    publishBy: day(`${E}.plan.publishByRequired`, `${E}.plan.publishByFormat`),
    ratioA: ratio(),
    ratioB: ratio(),
    ratioC: ratio(),
    ratioD: ratio(),
  })
  .superRefine((v, ctx) => {
    if (v.periodEnd < v.periodStart) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: msg(`${E}.plan.periodEndBeforeStart`) });
    if (v.publishBy < v.periodEnd) ctx.addIssue({ code: "custom", path: ["publishBy"], message: msg(`${E}.plan.publishBeforeEnd`) });
  });
export type TCreatePlan = z.infer<typeof ZCreatePlan>;

export const ZPlanId = z.object({
  planId: z
    .string({ error: msg(`${E}.plan.idMissing`) })
    .trim()
    .min(1, msg(`${E}.plan.idMissing`))
    .max(64, msg(`${E}.plan.idInvalid`)),
});
export type TPlanId = z.infer<typeof ZPlanId>;

export const ZRecordInspection = z.object({
  inspectionId: z
    .string({ error: msg(`${E}.inspection.idMissing`) })
    .trim()
    .min(1, msg(`${E}.inspection.idMissing`))
    .max(64, msg(`${E}.inspection.idInvalid`)),
  result: z.enum(["PASSED", "FAILED"], { error: msg(`${E}.inspection.chooseResult`) }),
  findings: z
    .string({ error: msg(`${E}.inspection.findingsRequired`) })
    .trim()
    .min(2, msg(`${E}.inspection.findingsTooShort`))
    .max(1000, msg(`${E}.inspection.findingsTooLong`)),
});
export type TRecordInspection = z.infer<typeof ZRecordInspection>;

/** The same input as the shared step form (components/ui/step-form.tsx) names it: "action" the result, "reason" the findings. */
export const ZRecordInspectionStep = z
  .object({ inspectionId: ZRecordInspection.shape.inspectionId, action: ZRecordInspection.shape.result, reason: ZRecordInspection.shape.findings })
  .transform((v): TRecordInspection => ({ inspectionId: v.inspectionId, result: v.action, findings: v.reason }));

export const ZDeclareConflict = z.object({
  uscc: ZTypedUscc,
  reason: z
    .string({ error: msg(`${E}.inspection.conflictReasonRequired`) })
    .trim()
    .min(2, msg(`${E}.inspection.conflictReasonTooShort`))
    .max(200, msg(`${E}.inspection.conflictReasonTooLong`)),
});
export type TDeclareConflict = z.infer<typeof ZDeclareConflict>;

/** Every plan draws at least two inspectors per inspection (双随机: 随机选派执法检查人员). */
export const PER_INSPECTION = 2;
