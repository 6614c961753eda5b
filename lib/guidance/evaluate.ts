// Pure evaluation of the guided finder: which questions are visible, which matters the answers require,
// why, and what would change if one answer changed ("what-if"). No database access here.
import { listedCodes, type RelationDef } from "./relations";
import type { Answer, Answers, Condition } from "./schemas";

export interface QuestionDef {
  code: string;
  text: string;
  helpText: string;
  type: "SINGLE" | "MULTIPLE" | "BOOLEAN" | "NUMBER";
  showIf: Condition | null;
  options: { code: string; label: string }[];
}

export interface RuleDef {
  id: string;
  matterCode: string;
  condition: Condition;
  reason: string;
}

export function holds(cond: Condition, answers: Answers): boolean {
  if ("all" in cond) return cond.all.every((c) => holds(c, answers));
  if ("any" in cond) return cond.any.some((c) => holds(c, answers));
  if ("not" in cond) return !holds(cond.not, answers);
  const a: Answer | undefined = answers[cond.q];
  if (a === undefined) return false;
  if ("eq" in cond) return a === cond.eq;
  if ("includes" in cond) return Array.isArray(a) && a.includes(cond.includes);
  if ("anyOf" in cond) return Array.isArray(a) ? a.some((x) => cond.anyOf.includes(x)) : typeof a === "string" && cond.anyOf.includes(a);
  if ("gte" in cond) return typeof a === "number" && a >= cond.gte;
  return typeof a === "number" && a < cond.lt;
}

/** Question codes a condition reads: the answers that "triggered" a rule. */
export function referencedQuestions(cond: Condition): string[] {
  if ("all" in cond) return [...new Set(cond.all.flatMap(referencedQuestions))];
  if ("any" in cond) return [...new Set(cond.any.flatMap(referencedQuestions))];
  if ("not" in cond) return referencedQuestions(cond.not);
  return [cond.q];
}

/**
 * Questions shown for these answers, in order. A question is shown when its showIf holds over the answers
 * to the questions shown before it, so answers left behind by a changed branch never count.
 */
export function visibleQuestions(questions: QuestionDef[], answers: Answers): { visible: QuestionDef[]; effective: Answers } {
  const visible: QuestionDef[] = [];
  const effective: Answers = {};
  for (const q of questions) {
    if (q.showIf && !holds(q.showIf, effective)) continue;
    visible.push(q);
    const a = answers[q.code];
    if (a !== undefined) effective[q.code] = a;
  }
  return { visible, effective };
}

export interface Requirement {
  matterCode: string;
  reasons: string[];
  /** Codes of the questions whose answers triggered it. */
  triggeredBy: string[];
}

/** Matters required by the (effective) answers, each with every reason that applies, in rule order. */
export function requiredMatters(rules: RuleDef[], effective: Answers): Requirement[] {
  const byMatter = new Map<string, Requirement>();
  for (const rule of rules) {
    if (!holds(rule.condition, effective)) continue;
    const req = byMatter.get(rule.matterCode) ?? { matterCode: rule.matterCode, reasons: [], triggeredBy: [] };
    if (!req.reasons.includes(rule.reason)) req.reasons.push(rule.reason);
    for (const q of referencedQuestions(rule.condition)) if (!req.triggeredBy.includes(q)) req.triggeredBy.push(q);
    byMatter.set(rule.matterCode, req);
  }
  return [...byMatter.values()];
}

export function evaluate(questions: QuestionDef[], rules: RuleDef[], answers: Answers) {
  const { visible, effective } = visibleQuestions(questions, answers);
  const unanswered = visible.filter((q) => effective[q.code] === undefined).map((q) => q.code);
  return { visible, effective, unanswered, required: requiredMatters(rules, effective) };
}

export interface WhatIf {
  question: string;
  /** The alternative answer. */
  answer: Answer;
  added: string[];
  removed: string[];
}

/** The answers one change away from these (flip a yes/no, pick another option, tick/untick a box). */
function alternatives(q: QuestionDef, current: Answer | undefined): Answer[] {
  if (current === undefined) return [];
  if (q.type === "BOOLEAN") return [!current];
  if (q.type === "SINGLE") return q.options.map((o) => o.code).filter((c) => c !== current);
  if (q.type === "MULTIPLE" && Array.isArray(current)) {
    return q.options.map((o) => (current.includes(o.code) ? current.filter((c) => c !== o.code) : [...current, o.code]));
  }
  return [];
}

/**
 * Every single-answer change that changes the set of matters the notice lists (relations applied: a matter
 * that would only be covered by another is not "added"), with what it adds and removes.
 */
export function whatIfs(questions: QuestionDef[], rules: RuleDef[], answers: Answers, relations: RelationDef[] = []): WhatIf[] {
  const { visible, effective, required } = evaluate(questions, rules, answers);
  const base = new Set(listedCodes(required, relations));
  const out: WhatIf[] = [];
  for (const q of visible) {
    for (const alt of alternatives(q, effective[q.code])) {
      const next = new Set(listedCodes(evaluate(questions, rules, { ...effective, [q.code]: alt }).required, relations));
      const added = [...next].filter((c) => !base.has(c));
      const removed = [...base].filter((c) => !next.has(c));
      if (added.length || removed.length) out.push({ question: q.code, answer: alt, added, removed });
    }
  }
  return out;
}
