// A condition may only name questions and options that exist, with values of the right type.
import type { QuestionDef } from "./evaluate";
import type { Condition } from "./schemas";

export function conditionProblems(cond: Condition, questions: Pick<QuestionDef, "code" | "type" | "options">[]): string[] {
  if ("all" in cond) return cond.all.flatMap((c) => conditionProblems(c, questions));
  if ("any" in cond) return cond.any.flatMap((c) => conditionProblems(c, questions));
  if ("not" in cond) return conditionProblems(cond.not, questions);
  const q = questions.find((x) => x.code === cond.q);
  if (!q) return [`问题“${cond.q}”不存在`];
  const options = new Set(q.options.map((o) => o.code));
  const badOption = (c: string) => (options.has(c) ? [] : [`问题“${q.code}”没有选项“${c}”`]);
  if ("eq" in cond) {
    if (q.type === "BOOLEAN") return typeof cond.eq === "boolean" ? [] : [`问题“${q.code}”是是非题，eq 应为 true 或 false`];
    if (q.type === "SINGLE") return typeof cond.eq === "string" ? badOption(cond.eq) : [`问题“${q.code}”的 eq 应为选项代码`];
    if (q.type === "NUMBER") return typeof cond.eq === "number" ? [] : [`问题“${q.code}”的 eq 应为数字`];
    return [`多选题“${q.code}”请用 includes 或 anyOf`];
  }
  if ("includes" in cond) return q.type === "MULTIPLE" ? badOption(cond.includes) : [`只有多选题可以用 includes（“${q.code}”不是多选题）`];
  if ("anyOf" in cond) {
    return q.type === "MULTIPLE" || q.type === "SINGLE" ? cond.anyOf.flatMap(badOption) : [`问题“${q.code}”不是选择题，不能用 anyOf`];
  }
  return q.type === "NUMBER" ? [] : [`问题“${q.code}”不是数字题，不能比较大小`];
}
