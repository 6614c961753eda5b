import { describe, expect, it } from "vitest";
import { guidanceQuestions, guidanceRules } from "./data/guidance";
import { matters } from "./data/matters";
import { conditionProblems } from "../../lib/guidance/check-refs";
import { evaluate, type QuestionDef, type RuleDef } from "../../lib/guidance/evaluate";
import { ZCondition } from "../../lib/guidance/schemas";

const questions: QuestionDef[] = guidanceQuestions.map((q) => ({
  code: q.code,
  text: q.text,
  helpText: q.helpText ?? "",
  type: q.type,
  showIf: q.showIf ?? null,
  options: q.options ?? [],
}));
const rules: RuleDef[] = guidanceRules.map((r, i) => ({ id: String(i), ...r }));
const need = (answers: Parameters<typeof evaluate>[2]) => evaluate(questions, rules, answers).required.map((r) => r.matterCode).sort();

describe("guidance seed data", () => {
  it("every rule names a seeded matter and a valid condition over existing questions and options", () => {
    const codes = new Set(matters.map((m) => m.code));
    for (const r of guidanceRules) {
      expect(codes.has(r.matterCode), r.matterCode).toBe(true);
      expect(ZCondition.safeParse(r.condition).success, r.matterCode).toBe(true);
      expect(conditionProblems(r.condition, questions), r.matterCode).toEqual([]);
    }
    for (const q of questions) if (q.showIf) expect(conditionProblems(q.showIf, questions), q.code).toEqual([]);
  });

  it("a branch question only depends on questions asked before it", () => {
    questions.forEach((q, i) => {
      if (!q.showIf) return;
      const earlier = new Set(questions.slice(0, i).map((x) => x.code));
      const refs = JSON.stringify(q.showIf).match(/"q":"([a-z0-9_]+)"/g)?.map((m) => m.slice(5, -1)) ?? [];
      for (const r of refs) expect(earlier.has(r), `${q.code} → ${r}`).toBe(true);
    });
  });

  it("S1 convenience store: licence + prepackaged-food filing, liquor, tobacco, publications, sign", () => {
    const s1 = {
      has_licence: false,
      activities: ["retail"],
      sells_food: true,
      food_kind: "prepackaged",
      sells_liquor: true,
      sells_tobacco: true,
      sells_publications: true,
      sells_drugs: false,
      medical_devices: "none",
      special_goods: [],
      area: 80,
      outdoor_sign: true,
      outdoor_ad: false,
      gas_use: "none",
    };
    expect(need(s1)).toEqual(
      ["BUSINESS_REGISTRATION", "LIQUOR_RETAIL", "OUTDOOR_SIGN_FILING", "PREPACKAGED_FOOD_FILING", "PUBLICATION_RETAIL", "TOBACCO_RETAIL"].sort(),
    );
    expect(need({ ...s1, sells_liquor: false })).not.toContain("LIQUOR_RETAIL");
  });

  it("S2 restaurant: food licence, liquor, sign; bottled gas for own cooking needs no permit", () => {
    const s2 = { has_licence: true, activities: ["catering"], sells_liquor: true, sells_tobacco: false, area: 120, outdoor_sign: true, outdoor_ad: false, gas_use: "bottled" };
    expect(need(s2)).toEqual(["FOOD_OPERATION", "HYGIENE_CATERING_CANCELLED", "LIQUOR_RETAIL", "OUTDOOR_SIGN_FILING"]);
    expect(need({ ...s2, area: 300 })).toContain("FIRE_SAFETY_CHECK");
  });
});
