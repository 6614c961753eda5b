// The guidance (智能导办) rule language. Conditions are data (GuidanceQuestion.showIf, GuidanceRule.condition),
// edited by ADMIN; no per-industry if-chains in code. 珠海方案 三(一)2: 通过通俗易懂的问答互动…一次性精准告知.
import { z } from "zod";

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
  .regex(/^[a-z0-9_]+$/, "问题和选项代码只能包含小写字母、数字和下划线");

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

export const ZRuleInput = z.object({
  matterCode: z.string().trim().min(1, "请选择事项"),
  reason: z.string().trim().min(4, "请用一句话说明为什么需要办理（至少4个字）").max(300, "原因不能超过300字"),
  /** JSON text of a Condition, as typed in the admin page. */
  condition: z.string().trim().min(2, "请填写触发条件"),
  isActive: z.boolean().default(true),
});
