// Searching the answer space of the finder: "is there any set of answers for which …?". Used by the rule
// editor (a rule that would make two excluding matters appear in one notice is refused, with the answers
// that show it) and by the seed test that every live permit is reachable. Pure: no database access.
//
// The search is exhaustive over what can matter: only the questions the relevant conditions read (and the
// questions their visibility depends on), only the options those conditions name (any other option behaves
// like none of them), and for numbers only the values either side of each threshold. Each question may also
// be left unanswered.
import { evaluate, type QuestionDef, type RuleDef } from "./evaluate";
import { applyRelations, type RelationDef } from "./relations";
import type { Answer, Answers, Condition } from "./schemas";

/** Beyond this many combinations the search gives up (returns `undefined`, not "none found"). */
export const SEARCH_LIMIT = 500_000;

function atoms(cond: Condition, out: Map<string, Set<string | number | boolean>>): void {
  if ("all" in cond || "any" in cond) {
    for (const c of "all" in cond ? cond.all : cond.any) atoms(c, out);
    return;
  }
  if ("not" in cond) {
    atoms(cond.not, out);
    return;
  }
  const set = out.get(cond.q) ?? new Set();
  out.set(cond.q, set);
  if ("eq" in cond) set.add(cond.eq);
  else if ("includes" in cond) set.add(cond.includes);
  else if ("anyOf" in cond) for (const x of cond.anyOf) set.add(x);
  else if ("gte" in cond) set.add(cond.gte);
  else set.add(cond.lt);
}

function domain(q: QuestionDef, mentioned: Set<string | number | boolean>): (Answer | undefined)[] {
  const values: (Answer | undefined)[] = [undefined];
  if (q.type === "BOOLEAN") values.push(true, false);
  else if (q.type === "SINGLE") values.push(...q.options.map((o) => o.code));
  else if (q.type === "NUMBER") {
    const points = new Set<number>([0]);
    for (const v of mentioned) if (typeof v === "number") for (const p of [v - 0.5, v, v + 0.5]) if (p >= 0) points.add(p);
    values.push(...points);
  } else {
    const named = q.options.map((o) => o.code).filter((c) => mentioned.has(c));
    for (let mask = 0; mask < 1 << named.length; mask++) values.push(named.filter((_, i) => mask & (1 << i)));
  }
  return values;
}

/**
 * Some answers for which `holds(answers)` is true, searching over the questions `conditions` read (and what
 * their visibility depends on); `null` if there are none, `undefined` if the space is too large to search.
 */
export function findAnswers(questions: QuestionDef[], conditions: Condition[], predicate: (answers: Answers) => boolean): Answers | null | undefined {
  const byCode = new Map(questions.map((q) => [q.code, q]));
  const mentioned = new Map<string, Set<string | number | boolean>>();
  const pending = [...conditions];
  const seen = new Set<string>();
  while (pending.length) {
    const before = new Set(mentioned.keys());
    atoms(pending.pop()!, mentioned);
    for (const code of mentioned.keys()) {
      if (before.has(code) || seen.has(code)) continue;
      seen.add(code);
      const showIf = byCode.get(code)?.showIf;
      if (showIf) pending.push(showIf);
    }
  }
  const relevant = questions.filter((q) => mentioned.has(q.code));
  const domains = relevant.map((q) => domain(q, mentioned.get(q.code)!));
  if (domains.reduce((n, d) => n * d.length, 1) > SEARCH_LIMIT) return undefined;

  const answers: Answers = {};
  const walk = (i: number): Answers | null => {
    if (i === relevant.length) return predicate(answers) ? { ...answers } : null;
    const code = relevant[i]!.code;
    for (const v of domains[i]!) {
      if (v === undefined) delete answers[code];
      else answers[code] = v;
      const found = walk(i + 1);
      if (found) return found;
    }
    delete answers[code];
    return null;
  };
  return walk(0);
}

const rulesOf = (rules: RuleDef[], codes: string[]) => rules.filter((r) => codes.includes(r.matterCode)).map((r) => r.condition);

/** The matter codes a notice lists for these answers (rules evaluated, relations applied). */
export function noticeCodes(questions: QuestionDef[], rules: RuleDef[], relations: RelationDef[], answers: Answers): string[] {
  return applyRelations(evaluate(questions, rules, answers).required, relations).kept.map((r) => r.matterCode);
}

export interface ExclusionConflict {
  relation: RelationDef;
  /** Effective answers for which both matters would be required. */
  answers: Answers;
}

/** The first EXCLUDES relation some answers would break (both matters required at once), with those answers. */
export function findExclusionConflict(questions: QuestionDef[], rules: RuleDef[], relations: RelationDef[]): ExclusionConflict | null {
  for (const relation of relations) {
    if (relation.kind !== "EXCLUDES") continue;
    const conds = rulesOf(rules, [relation.from, relation.to]);
    if (!conds.length) continue;
    const found = findAnswers(questions, conds, (a) => {
      const codes = new Set(evaluate(questions, rules, a).required.map((r) => r.matterCode));
      return codes.has(relation.from) && codes.has(relation.to);
    });
    if (found) return { relation, answers: evaluate(questions, rules, found).effective };
  }
  return null;
}

/**
 * Answers for which the notice lists `matterCode` (required and not left out by a relation); null when no
 * answers do, undefined when the space is too large to search.
 */
export function reachingAnswers(questions: QuestionDef[], rules: RuleDef[], relations: RelationDef[], matterCode: string): Answers | null | undefined {
  const others = relations.filter((r) => r.to === matterCode || r.from === matterCode).flatMap((r) => [r.from, r.to]);
  const conds = rulesOf(rules, [matterCode, ...others]);
  if (!rules.some((r) => r.matterCode === matterCode)) return null;
  return findAnswers(questions, conds, (a) => noticeCodes(questions, rules, relations, a).includes(matterCode));
}
