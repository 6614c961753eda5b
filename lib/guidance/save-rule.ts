import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { conditionProblems } from "./check-refs";
import { describeAnswer } from "./answers";
import type { QuestionDef, RuleDef } from "./evaluate";
import { findExclusionConflict } from "./find-answers";
import { loadGuidance, loadRelations } from "./load-guidance";
import { ZCondition, ZRuleInput } from "./schemas";

export type SaveRuleResult = { ok: true; id: string } | { ok: false; errors: Partial<Record<"matterCode" | "reason" | "condition", string>> };

/**
 * Creates (ruleId absent) or updates a finder rule. The condition must parse, and may only name existing
 * questions and options, so a typo cannot silently make a permit disappear from every notice.
 */
export async function saveGuidanceRule(opts: { actor: SessionUser; now: Date; ruleId?: string; input: unknown }): Promise<SaveRuleResult> {
  assertCan(opts.actor.role, "guidance.edit");
  const parsed = ZRuleInput.safeParse(opts.input);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return { ok: false, errors };
  }
  const input = parsed.data;
  let json: unknown;
  try {
    json = JSON.parse(input.condition);
  } catch {
    return { ok: false, errors: { condition: "触发条件不是有效的 JSON，请检查括号、引号和逗号" } };
  }
  const condition = ZCondition.safeParse(json);
  if (!condition.success) {
    return { ok: false, errors: { condition: '触发条件格式不对：应为 {"q":问题代码, "eq"|"includes"|"anyOf"|"gte"|"lt": 值}，或用 all/any/not 组合' } };
  }
  const [{ questions, rules }, relations] = await Promise.all([loadGuidance(), loadRelations()]);
  const problems = conditionProblems(condition.data, questions);
  if (problems.length) return { ok: false, errors: { condition: problems.join("；") } };

  const db = getDb();
  const matter = await db.matter.findUnique({ where: { code: input.matterCode }, select: { id: true, name: true } });
  if (!matter) return { ok: false, errors: { matterCode: "事项不存在，请从列表中选择" } };

  // 一次告知 never lists two matters that exclude each other (issue 15 part 5): refuse a rule that would make
  // some answers require both, and name those answers so the editor can see the overlap.
  const candidate: RuleDef[] = [
    ...rules.filter((r) => r.id !== opts.ruleId),
    ...(input.isActive ? [{ id: opts.ruleId ?? "new", matterCode: input.matterCode, condition: condition.data, reason: input.reason }] : []),
  ];
  const touched = relations.filter((r) => r.kind === "EXCLUDES" && (r.from === input.matterCode || r.to === input.matterCode));
  const conflict = findExclusionConflict(questions, candidate, touched);
  if (conflict) {
    const other = conflict.relation.from === input.matterCode ? conflict.relation.to : conflict.relation.from;
    const otherName = (await db.matter.findUnique({ where: { code: other }, select: { name: true } }))?.name ?? other;
    return {
      ok: false,
      errors: {
        condition: `保存后，回答${answersInWords(questions, conflict.answers)}时，一次告知会同时列出“${matter.name}”和“${otherName}”，而二者互斥：${conflict.relation.note}。请修改触发条件，使两项不会同时需要。`,
      },
    };
  }

  const data = {
    matterId: matter.id,
    reason: input.reason,
    condition: condition.data as unknown as Prisma.InputJsonValue,
    isActive: input.isActive,
  };
  return db.$transaction(async (tx) => {
    const before = opts.ruleId ? await tx.guidanceRule.findUnique({ where: { id: opts.ruleId } }) : null;
    if (opts.ruleId && !before) throw new AppError("NOT_FOUND", "规则不存在");
    const rule = before ? await tx.guidanceRule.update({ where: { id: before.id }, data }) : await tx.guidanceRule.create({ data });
    await writeAudit(tx, {
      actorId: opts.actor.id,
      action: before ? "guidance.rule.update" : "guidance.rule.create",
      entityType: "GuidanceRule",
      entityId: rule.id,
      before: before
        ? ({ matterId: before.matterId, reason: before.reason, condition: before.condition, isActive: before.isActive } as Prisma.InputJsonValue)
        : undefined,
      after: data as unknown as Prisma.InputJsonValue,
      at: opts.now,
    });
    return { ok: true, id: rule.id } as const;
  });
}

/** Answers in words for an error message: 「问题」为「回答」、… */
function answersInWords(questions: QuestionDef[], answers: Record<string, import("./schemas").Answer>): string {
  const words = { yes: "是", no: "否", none: "都不涉及" };
  return questions
    .filter((q) => answers[q.code] !== undefined)
    .map((q) => `「${q.text}」为「${describeAnswer(q, answers[q.code], words)}」`)
    .join("、");
}
