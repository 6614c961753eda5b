// A condition in words, for the admin page and anyone reading a rule: 「问题」为「是」且 …
import type { QuestionDef } from "./evaluate";
import type { Condition } from "./schemas";

type Q = Pick<QuestionDef, "code" | "text" | "options">;

export function describeCondition(cond: Condition, questions: Q[]): string {
  const join = (parts: Condition[], word: string) => parts.map((c) => wrap(c, questions)).join(word);
  if ("all" in cond) return join(cond.all, " 且 ");
  if ("any" in cond) return join(cond.any, " 或 ");
  if ("not" in cond) return `并非（${describeCondition(cond.not, questions)}）`;
  const q = questions.find((x) => x.code === cond.q);
  const title = `「${q?.text ?? cond.q}」`;
  const label = (c: string) => `「${q?.options.find((o) => o.code === c)?.label ?? c}」`;
  if ("eq" in cond)
    return `${title}为${typeof cond.eq === "boolean" ? (cond.eq ? "「是」" : "「否」") : typeof cond.eq === "string" ? label(cond.eq) : cond.eq}`;
  if ("includes" in cond) return `${title}包含${label(cond.includes)}`;
  if ("anyOf" in cond) return `${title}为${cond.anyOf.map(label).join("或")}`;
  if ("gte" in cond) return `${title} ≥ ${cond.gte}`;
  return `${title} < ${cond.lt}`;
}

function wrap(c: Condition, questions: Q[]): string {
  const text = describeCondition(c, questions);
  return "all" in c || "any" in c ? `（${text}）` : text;
}
