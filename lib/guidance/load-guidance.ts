import "server-only";
import { getDb } from "@/lib/db";
import type { QuestionDef, RuleDef } from "./evaluate";
import type { RelationDef } from "./relations";
import { ZCondition } from "./schemas";

/** The finder's questions, ordered, with their options. */
export async function loadQuestions(): Promise<QuestionDef[]> {
  const qs = await getDb().guidanceQuestion.findMany({ orderBy: { sortOrder: "asc" }, include: { options: { orderBy: { sortOrder: "asc" } } } });
  return qs.map((q) => {
    const showIf = q.showIf === null ? null : ZCondition.safeParse(q.showIf);
    return {
      code: q.code,
      text: q.text,
      helpText: q.helpText,
      type: q.type,
      // A malformed showIf hides nothing: asking a question too many is better than hiding one.
      showIf: showIf?.success ? showIf.data : null,
      options: q.options.map((o) => ({ code: o.code, label: o.label })),
    };
  });
}

/** The finder's questions and active rules, as plain data for the evaluator. */
export async function loadGuidance(): Promise<{ questions: QuestionDef[]; rules: RuleDef[] }> {
  const [questions, rs] = await Promise.all([
    loadQuestions(),
    getDb().guidanceRule.findMany({
      where: { isActive: true, matter: { isActive: true } },
      orderBy: { id: "asc" },
      include: { matter: { select: { code: true } } },
    }),
  ]);
  const rules: RuleDef[] = [];
  for (const r of rs) {
    const condition = ZCondition.safeParse(r.condition);
    if (condition.success) rules.push({ id: r.id, matterCode: r.matter.code, condition: condition.data, reason: r.reason });
    else console.error(`guidance rule ${r.id} has an invalid condition and is ignored`);
  }
  return { questions, rules };
}

/** Relations between active matters (exclusions and "covered by"), as plain data for the notice and the editor. */
export async function loadRelations(): Promise<RelationDef[]> {
  const rows = await getDb().matterRelation.findMany({
    where: { from: { isActive: true }, to: { isActive: true } },
    orderBy: { createdAt: "asc" },
    select: { kind: true, note: true, from: { select: { code: true } }, to: { select: { code: true } } },
  });
  return rows.map((r) => ({ kind: r.kind, from: r.from.code, to: r.to.code, note: r.note }));
}
