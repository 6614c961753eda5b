import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError, type MessageParams } from "@/lib/errors";
import { msg, type MessageKey, type TFunction } from "@/lib/i18n/core";
import type { Prisma } from "@/lib/generated/prisma/client";
import { conditionProblems } from "./check-refs";
import { describeAnswer } from "./answers";
import type { QuestionDef, RuleDef } from "./evaluate";
import { findExclusionConflict } from "./find-answers";
import { loadGuidance, loadRelations } from "./load-guidance";
import type { Answer, TSaveRule } from "./schemas";

/** A refusal of the rule's input, on its field (the form shows it there). */
const refused = (path: "matterCode" | "condition", problems: readonly { key: MessageKey; params: MessageParams }[]) =>
  new AppError("BAD_INPUT", problems[0]!.key, problems[0]!.params, { issues: problems.map((p) => ({ path, ...p })) });

/**
 * Creates (no ruleId) or updates a finder rule. The condition parsed (schemas.ts); here it may only name
 * existing questions and options, so a typo cannot silently make a permit disappear from every notice.
 * `t` words the answers named in a refusal (the visitor's locale; the action passes its own).
 */
export async function saveGuidanceRule(opts: { actor: SessionUser; now: Date; input: TSaveRule; t: TFunction }): Promise<{ id: string }> {
  assertCan(opts.actor.role, "guidance.edit");
  const { input, t } = opts;
  const { ruleId, condition } = input;
  const [{ questions, rules }, relations] = await Promise.all([loadGuidance(), loadRelations()]);
  const problems = conditionProblems(condition, questions);
  if (problems.length) throw refused("condition", problems);

  const db = getDb();
  const matter = await db.matter.findUnique({ where: { code: input.matterCode }, select: { id: true, name: true } });
  if (!matter) throw refused("matterCode", [{ key: msg("domain.guidance.errors.rule.matterNotFound"), params: {} }]);

  // 一次告知 never lists two matters that exclude each other (issue 15 part 5): refuse a rule that would make
  // some answers require both, and name those answers so the editor can see the overlap.
  const candidate: RuleDef[] = [
    ...rules.filter((r) => r.id !== ruleId),
    ...(input.isActive ? [{ id: ruleId ?? "new", matterCode: input.matterCode, condition, reason: input.reason }] : []),
  ];
  const touched = relations.filter((r) => r.kind === "EXCLUDES" && (r.from === input.matterCode || r.to === input.matterCode));
  const conflict = findExclusionConflict(questions, candidate, touched);
  if (conflict) {
    const other = conflict.relation.from === input.matterCode ? conflict.relation.to : conflict.relation.from;
    const otherName = (await db.matter.findUnique({ where: { code: other }, select: { name: true } }))?.name ?? other;
    throw refused("condition", [
      {
        key: msg("domain.guidance.errors.rule.exclusive"),
        params: { answers: answersInWords(t, questions, conflict.answers), matter: matter.name, other: otherName, note: conflict.relation.note },
      },
    ]);
  }

  const data = {
    matterId: matter.id,
    reason: input.reason,
    condition: condition as unknown as Prisma.InputJsonValue,
    isActive: input.isActive,
  };
  return db.$transaction(async (tx) => {
    const before = ruleId ? await tx.guidanceRule.findUnique({ where: { id: ruleId } }) : null;
    if (ruleId && !before) throw new AppError("NOT_FOUND", "domain.guidance.errors.rule.ruleNotFound");
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
    return { id: rule.id };
  });
}

/** Answers in words for an error message, in the visitor's locale: 「问题」为「回答」、… */
function answersInWords(t: TFunction, questions: QuestionDef[], answers: Record<string, Answer>): string {
  const words = { yes: t("guide.yes"), no: t("guide.no"), none: t("guide.noneOfThese") };
  return questions
    .filter((q) => answers[q.code] !== undefined)
    .map((q) => t("domain.guidance.errors.rule.answerIs", { question: q.text, answer: describeAnswer(q, answers[q.code], words) }))
    .join(t("common.listSeparator"));
}
