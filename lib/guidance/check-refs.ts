// A condition may only name questions and options that exist, with values of the right type. Each problem is
// a catalog key with its parameters (translated where it reaches a person).
import { msg, type MessageKey } from "@/lib/i18n/core";
import type { QuestionDef } from "./evaluate";
import type { Condition } from "./schemas";

export interface ConditionProblem {
  key: MessageKey;
  params: Record<string, string>;
}

const problem = (key: MessageKey, params: Record<string, string>): ConditionProblem[] => [{ key, params }];

export function conditionProblems(cond: Condition, questions: Pick<QuestionDef, "code" | "type" | "options">[]): ConditionProblem[] {
  if ("all" in cond) return cond.all.flatMap((c) => conditionProblems(c, questions));
  if ("any" in cond) return cond.any.flatMap((c) => conditionProblems(c, questions));
  if ("not" in cond) return conditionProblems(cond.not, questions);
  const q = questions.find((x) => x.code === cond.q);
  if (!q) return problem(msg("domain.guidance.errors.refs.noQuestion"), { q: cond.q });
  const p = { q: q.code };
  const options = new Set(q.options.map((o) => o.code));
  const badOption = (c: string) => (options.has(c) ? [] : problem(msg("domain.guidance.errors.refs.noOption"), { ...p, option: c }));
  if ("eq" in cond) {
    if (q.type === "BOOLEAN") return typeof cond.eq === "boolean" ? [] : problem(msg("domain.guidance.errors.refs.booleanEq"), p);
    if (q.type === "SINGLE") return typeof cond.eq === "string" ? badOption(cond.eq) : problem(msg("domain.guidance.errors.refs.singleEq"), p);
    if (q.type === "NUMBER") return typeof cond.eq === "number" ? [] : problem(msg("domain.guidance.errors.refs.numberEq"), p);
    return problem(msg("domain.guidance.errors.refs.multipleEq"), p);
  }
  if ("includes" in cond) return q.type === "MULTIPLE" ? badOption(cond.includes) : problem(msg("domain.guidance.errors.refs.includesNotMultiple"), p);
  if ("anyOf" in cond) {
    return q.type === "MULTIPLE" || q.type === "SINGLE" ? cond.anyOf.flatMap(badOption) : problem(msg("domain.guidance.errors.refs.anyOfNotChoice"), p);
  }
  return q.type === "NUMBER" ? [] : problem(msg("domain.guidance.errors.refs.notNumber"), p);
}
