// 信用修复: the enterprise states what it corrected; the regulator approves (the record stops counting —
// credit-grade.ts rule 1) or refuses with a reason, after which the enterprise may apply again. Pure — the
// transitions and the input schemas, shared by the domain, the forms and the unit test.
// 晋中方案 (004) 三(四): 加强信用监管…失信联合惩戒 — and a way back once the wrong is corrected.
import { z } from "zod";
import type { RepairStatus } from "@/lib/generated/prisma/enums";

export const STATEMENT_MIN = 10;
export const STATEMENT_MAX = 1000;
export const NOTE_MAX = 500;

/** Whether the enterprise may apply for repair of a record in this repair status. */
export function canRequestRepair(status: RepairStatus): boolean {
  return status === "NONE" || status === "REJECTED";
}

export const ZRequestRepair = z.object({
  recordId: z.string({ error: "缺少信用记录编号" }).trim().min(1, "缺少信用记录编号").max(64, "信用记录编号无效"),
  statement: z
    .string({ error: "请说明已完成的整改" })
    .trim()
    .min(STATEMENT_MIN, `请说明已完成的整改（至少 ${STATEMENT_MIN} 个字）`)
    .max(STATEMENT_MAX, `说明不能超过 ${STATEMENT_MAX} 个字`),
});

export const REVIEW_ACTIONS = ["approve", "reject"] as const;
export type RepairReviewAction = (typeof REVIEW_ACTIONS)[number];

export const ZReviewRepair = z
  .object({
    recordId: z.string({ error: "缺少信用记录编号" }).trim().min(1, "缺少信用记录编号").max(64, "信用记录编号无效"),
    action: z.enum(REVIEW_ACTIONS, { error: "请选择准予或不予修复" }),
    reason: z.string().trim().max(NOTE_MAX, `理由不能超过 ${NOTE_MAX} 个字`).optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.action === "reject" && v.reason.length < 2) ctx.addIssue({ code: "custom", path: ["reason"], message: "请填写不予修复的理由（至少 2 个字）" });
  });

/** A credit record a regulator enters (行政处罚 and the like); the system writes the others itself. */
export const ZAddCreditRecord = z
  .object({
    uscc: z
      .string({ error: "请填写统一社会信用代码" })
      .trim()
      .toUpperCase()
      .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, "统一社会信用代码应为 18 位"),
    type: z.enum(["PENALTY", "FAILED_INSPECTION", "FALSE_COMMITMENT", "OTHER"], { error: "请选择记录类型" }),
    severity: z.enum(["MINOR", "GENERAL", "SERIOUS"], { error: "请选择严重程度" }),
    description: z
      .string({ error: "请填写记录内容" })
      .trim()
      .min(4, "请填写记录内容（至少 4 个字，如处罚决定书文号与事由）")
      .max(500, "记录内容不能超过 500 个字"),
    occurredOn: z
      .string({ error: "请填写发生日期" })
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "发生日期格式应为 YYYY-MM-DD"),
    expiresOn: z
      .string()
      .trim()
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, "到期日期格式应为 YYYY-MM-DD")
      .optional()
      .default(""),
  })
  .superRefine((v, ctx) => {
    if (v.expiresOn && v.expiresOn <= v.occurredOn) ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "到期日期应晚于发生日期" });
  });
