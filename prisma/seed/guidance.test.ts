import { describe, expect, it } from "vitest";
import { finderIndustries, guidanceQuestions, guidanceReferrals, guidanceRules, retiredGuidanceRules } from "./data/guidance";
import { matterRelations } from "./data/matter-relations";
import { matters } from "./data/matters";
import { findExclusionConflict, noticeCodes, reachingAnswers } from "../../lib/guidance/find-answers";
import type { RelationDef } from "../../lib/guidance/relations";
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
const rules: RuleDef[] = guidanceRules.map((r) => ({ id: r.key, matterCode: r.matterCode, condition: r.condition, reason: r.reason }));
const relations: RelationDef[] = matterRelations.map((r) => ({ kind: r.kind, from: r.from, to: r.to, note: r.note }));
const need = (answers: Parameters<typeof evaluate>[2]) =>
  evaluate(questions, rules, answers)
    .required.map((r) => r.matterCode)
    .sort();
/** What the notice lists: the rules' matters with relations applied. */
const listed = (answers: Parameters<typeof evaluate>[2]) => noticeCodes(questions, rules, relations, answers).sort();

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
      const refs =
        JSON.stringify(q.showIf)
          .match(/"q":"([a-z0-9_]+)"/g)
          ?.map((m) => m.slice(5, -1)) ?? [];
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
    const s2 = {
      has_licence: true,
      activities: ["catering"],
      sells_liquor: true,
      sells_tobacco: false,
      area: 120,
      outdoor_sign: true,
      outdoor_ad: false,
      gas_use: "bottled",
    };
    expect(need(s2)).toEqual(["FOOD_OPERATION", "HYGIENE_CATERING_CANCELLED", "LIQUOR_RETAIL", "OUTDOOR_SIGN_FILING"]);
    expect(need({ ...s2, area: 300 })).toContain("FIRE_SAFETY_CHECK");
  });
});

describe("exclusions and covered-by (matter-relations.ts)", () => {
  it("every relation names two seeded matters, once, and never a matter with itself", () => {
    const codes = new Set(matters.map((m) => m.code));
    const pairs = new Set<string>();
    for (const r of matterRelations) {
      expect(codes.has(r.from) && codes.has(r.to), `${r.from} → ${r.to}`).toBe(true);
      expect(r.from).not.toBe(r.to);
      const pair = [r.from, r.to].sort().join("|");
      expect(pairs.has(pair), pair).toBe(false);
      pairs.add(pair);
      expect(r.note.length).toBeGreaterThan(10);
    }
  });

  it("no answers make the seeded rules require two matters that exclude each other", () => {
    expect(findExclusionConflict(questions, rules, relations)).toBeNull();
  });

  it("a convenience store that also serves food gets the food licence, not also the prepackaged filing", () => {
    const answers = { has_licence: true, activities: ["retail", "catering"], sells_food: true, food_kind: "prepackaged" };
    expect(need(answers)).toEqual(expect.arrayContaining(["FOOD_OPERATION", "PREPACKAGED_FOOD_FILING"]));
    expect(listed(answers)).toContain("FOOD_OPERATION");
    expect(listed(answers)).not.toContain("PREPACKAGED_FOOD_FILING");
  });

  it("the search finds the overlap a new rule would make (clinic filing for a hospital)", () => {
    const bad: RuleDef = { id: "bad", matterCode: "CLINIC_FILING", condition: { q: "activities", includes: "medical" }, reason: "测试" };
    const conflict = findExclusionConflict(questions, [...rules, bad], relations);
    expect(conflict?.relation).toMatchObject({ from: "MEDICAL_INSTITUTION", to: "CLINIC_FILING" });
    expect(conflict?.answers).toMatchObject({ activities: expect.arrayContaining(["medical"]), medical_kind: "institution" });
  });
});

describe("questions distinguish what the permits distinguish", () => {
  const base = { has_licence: true, area: 200, outdoor_sign: false, gas_use: "none" };

  it("a gym (no high-risk sport) needs no sports permit and no hygiene permit", () => {
    expect(listed({ ...base, activities: ["sport"], sport_high_risk: false })).toEqual([]);
  });

  it("a climbing wall needs the high-risk sports permit but not the swimming-pool hygiene permit; a pool needs both", () => {
    const climbing = listed({ ...base, activities: ["sport"], sport_high_risk: true, sport_items: ["climbing"] });
    expect(climbing).toContain("HIGH_RISK_SPORTS");
    expect(climbing).not.toContain("PUBLIC_PLACE_HYGIENE");
    expect(listed({ ...base, activities: ["sport"], sport_high_risk: true, sport_items: ["swimming"] })).toEqual(
      expect.arrayContaining(["HIGH_RISK_SPORTS", "PUBLIC_PLACE_HYGIENE"]),
    );
  });

  it.each([["sport"], ["internet_cafe"], ["accommodation"], ["entertainment"]])(
    "a %s venue selling snacks is asked about food and gets the filing",
    (activity) => {
      const visible = evaluate(questions, rules, { ...base, activities: [activity] }).visible.map((q) => q.code);
      expect(visible).toContain("sells_food");
      expect(listed({ ...base, activities: [activity], sells_food: true, food_kind: "prepackaged" })).toContain("PREPACKAGED_FOOD_FILING");
      expect(listed({ ...base, activities: [activity], sells_food: true, food_kind: "bulk" })).toContain("FOOD_OPERATION");
    },
  );

  it("the retired seed rules are not in the data any more", () => {
    for (const r of retiredGuidanceRules) {
      expect(guidanceRules.some((x) => x.matterCode === r.matterCode && JSON.stringify(x.condition) === JSON.stringify(r.condition))).toBe(false);
    }
    expect(new Set(guidanceRules.map((r) => r.key)).size).toBe(guidanceRules.length);
  });
});

describe("reachability: every live permit of an industry the finder covers", () => {
  const activityCodes = new Set(questions.find((q) => q.code === "activities")!.options.map((o) => o.code));
  const covered = new Set(Object.values(finderIndustries).flat());
  const referred = new Map(guidanceReferrals.map((r) => [r.matterCode, r]));

  it("the coverage map names real activities, and covers the industry of every matter a rule names", () => {
    for (const activity of Object.keys(finderIndustries)) if (activity !== "*") expect(activityCodes.has(activity), activity).toBe(true);
    const byCode = new Map(matters.map((m) => [m.code, m]));
    for (const r of guidanceRules)
      expect(covered.has(byCode.get(r.matterCode)!.industry), `${r.matterCode} (${byCode.get(r.matterCode)!.industry})`).toBe(true);
  });

  it("referrals name a real activity and a matter no answers reach, with a reason", () => {
    for (const r of guidanceReferrals) {
      expect(activityCodes.has(r.activity), r.activity).toBe(true);
      expect(r.reason.length).toBeGreaterThan(10);
      expect(reachingAnswers(questions, rules, relations, r.matterCode), r.matterCode).toBeNull();
    }
  });

  const live = matters.filter((m) => covered.has(m.industry) && m.reformMode !== "CANCEL");
  it.each(live.map((m) => [m.code, m.industry] as const))("%s (%s) is reachable from some answers or referred to its department", (code) => {
    if (referred.has(code)) return;
    const answers = reachingAnswers(questions, rules, relations, code);
    expect(answers, `${code}: no answers list it, and it is not in guidanceReferrals`).toBeTruthy();
    expect(listed(answers!)).toContain(code);
  });
});
