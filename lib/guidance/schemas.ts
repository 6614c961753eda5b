// The guidance (智能导办) rule language. Conditions are data (GuidanceQuestion.showIf, GuidanceRule.condition),
// edited by ADMIN; no per-industry if-chains in code. 珠海方案 三(一)2: 通过通俗易懂的问答互动…一次性精准告知.
import { z } from "zod";
import { msg } from "@/lib/i18n/core";

export type Condition =
  | { q: string; eq: string | number | boolean }
  | { q: string; includes: string }
  | { q: string; anyOf: string[] }
  | { q: string; gte: number }
  | { q: string; lt: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const ZCode = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9_]+$/, msg("domain.guidance.errors.rule.codeFormat"));

export const ZCondition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ q: ZCode, eq: z.union([z.string(), z.number(), z.boolean()]) }).strict(),
    z.object({ q: ZCode, includes: ZCode }).strict(),
    z.object({ q: ZCode, anyOf: z.array(ZCode).min(1) }).strict(),
    z.object({ q: ZCode, gte: z.number() }).strict(),
    z.object({ q: ZCode, lt: z.number() }).strict(),
    z.object({ all: z.array(ZCondition).min(1) }).strict(),
    z.object({ any: z.array(ZCondition).min(1) }).strict(),
    z.object({ not: ZCondition }).strict(),
  ]),
);

export type Answer = string | string[] | number | boolean;
export type Answers = Record<string, Answer>;

/** The condition as typed in the admin page: JSON text of a Condition, parsed here (its references are checked against the questions in save-rule.ts). */
const ZConditionText = z
  .string()
  .trim()
  .min(2, msg("domain.guidance.errors.rule.conditionRequired"))
  .transform((text, ctx): Condition => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: "custom", message: msg("domain.guidance.errors.rule.conditionNotJson") });
      return z.NEVER;
    }
    const condition = ZCondition.safeParse(json);
    if (!condition.success) {
      ctx.addIssue({ code: "custom", message: msg("domain.guidance.errors.rule.conditionShape") });
      return z.NEVER;
    }
    return condition.data;
  });

/** Saving a finder rule: a new one (no ruleId) or a change to one. */
export const ZSaveRule = z.object({
  ruleId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
  matterCode: z.string().trim().min(1, msg("domain.guidance.errors.rule.chooseMatter")),
  reason: z.string().trim().min(4, msg("domain.guidance.errors.rule.reasonTooShort")).max(300, msg("domain.guidance.errors.rule.reasonTooLong")),
  condition: ZConditionText,
  isActive: z.boolean().default(true),
});
export type TSaveRule = z.infer<typeof ZSaveRule>;
