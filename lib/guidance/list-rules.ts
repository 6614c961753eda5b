import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { describeCondition } from "./describe-condition";
import { loadQuestions } from "./load-guidance";
import { ZCondition } from "./schemas";

/** Every rule (active or not) with its condition in words, for the admin page. */
export async function listGuidanceRules({ actor }: { actor: SessionUser }) {
  assertCan(actor.role, "guidance.edit");
  const [questions, rules, matters, relations] = await Promise.all([
    loadQuestions(),
    getDb().guidanceRule.findMany({ include: { matter: { select: { code: true, name: true } } }, orderBy: [{ matter: { code: "asc" } }, { id: "asc" }] }),
    getDb().matter.findMany({ where: { isActive: true }, select: { code: true, name: true }, orderBy: { code: "asc" } }),
    // Exclusions and covered-by (MatterRelation): the editor refuses rules that would break an exclusion.
    getDb().matterRelation.findMany({
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, note: true, from: { select: { code: true, name: true } }, to: { select: { code: true, name: true } } },
    }),
  ]);
  return {
    questions,
    matters,
    relations: relations.map((r) => ({ id: r.id, kind: r.kind, note: r.note, from: r.from, to: r.to })),
    rules: rules.map((r) => {
      const parsed = ZCondition.safeParse(r.condition);
      return {
        id: r.id,
        matterCode: r.matter.code,
        matterName: r.matter.name,
        reason: r.reason,
        isActive: r.isActive,
        conditionJson: JSON.stringify(r.condition, null, 2),
        conditionText: parsed.success ? describeCondition(parsed.data, questions) : null,
      };
    }),
  };
}
