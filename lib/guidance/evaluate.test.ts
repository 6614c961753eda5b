import { describe, expect, it } from "vitest";
import { evaluate, holds, requiredMatters, visibleQuestions, whatIfs, type QuestionDef, type RuleDef } from "./evaluate";
import { answersToQuery, parseAnswers } from "./answers";
import { ZCondition, type Condition } from "./schemas";

const Q = (code: string, type: QuestionDef["type"], showIf: Condition | null = null, options: string[] = []): QuestionDef => ({
  code,
  text: code,
  helpText: "",
  type,
  showIf,
  options: options.map((o) => ({ code: o, label: o.toUpperCase() })),
});

const questions: QuestionDef[] = [
  Q("activities", "MULTIPLE", null, ["retail", "catering"]),
  Q("sells_liquor", "BOOLEAN", { q: "activities", anyOf: ["retail", "catering"] }),
  Q("food_kind", "SINGLE", { q: "activities", includes: "retail" }, ["prepackaged", "bulk"]),
  Q("area", "NUMBER"),
];
const rules: RuleDef[] = [
  { id: "r1", matterCode: "LIQUOR", condition: { q: "sells_liquor", eq: true }, reason: "卖酒" },
  { id: "r2", matterCode: "FOOD", condition: { q: "food_kind", eq: "bulk" }, reason: "散装" },
  { id: "r3", matterCode: "FOOD", condition: { q: "activities", includes: "catering" }, reason: "餐饮" },
  { id: "r4", matterCode: "FILING", condition: { q: "food_kind", eq: "prepackaged" }, reason: "预包装" },
  {
    id: "r5",
    matterCode: "FIRE",
    condition: {
      all: [
        { q: "activities", includes: "catering" },
        { q: "area", gte: 300 },
      ],
    },
    reason: "大",
  },
];

describe("conditions", () => {
  it.each<[Condition, boolean]>([
    [{ q: "a", eq: true }, true],
    [{ q: "a", eq: false }, false],
    [{ q: "m", includes: "x" }, true],
    [{ q: "m", includes: "z" }, false],
    [{ q: "m", anyOf: ["z", "y"] }, true],
    [{ q: "s", anyOf: ["k", "v"] }, true],
    [{ q: "n", gte: 80 }, true],
    [{ q: "n", gte: 81 }, false],
    [{ q: "n", lt: 81 }, true],
    [{ q: "missing", eq: true }, false],
    [{ not: { q: "missing", eq: true } }, true],
    [
      {
        all: [
          { q: "a", eq: true },
          { q: "n", lt: 10 },
        ],
      },
      false,
    ],
    [
      {
        any: [
          { q: "a", eq: false },
          { q: "n", gte: 10 },
        ],
      },
      true,
    ],
  ])("%j → %s", (cond, expected) => {
    expect(holds(cond, { a: true, m: ["x", "y"], s: "v", n: 80 })).toBe(expected);
  });

  it.each([[{ q: "a" }], [{ q: "A B", eq: 1 }], [{ all: [] }], [{ q: "a", eq: 1, extra: 2 }], [{ anyOf: ["x"] }]])("rejects malformed condition %j", (c) => {
    expect(ZCondition.safeParse(c).success).toBe(false);
  });
});

describe("finder", () => {
  it("hides branch questions and ignores their stale answers", () => {
    const { visible, effective } = visibleQuestions(questions, { activities: ["catering"], food_kind: "bulk", sells_liquor: true });
    expect(visible.map((q) => q.code)).toEqual(["activities", "sells_liquor", "area"]);
    expect(effective).toEqual({ activities: ["catering"], sells_liquor: true });
    expect(requiredMatters(rules, effective).map((r) => r.matterCode)).toEqual(["LIQUOR", "FOOD"]);
  });

  it("collects every reason and the questions that triggered a matter", () => {
    const { required } = evaluate(questions, rules, { activities: ["retail", "catering"], food_kind: "bulk" });
    const food = required.find((r) => r.matterCode === "FOOD");
    expect(food?.reasons).toEqual(["散装", "餐饮"]);
    expect(food?.triggeredBy).toEqual(["food_kind", "activities"]);
  });

  it("reports unanswered visible questions", () => {
    expect(evaluate(questions, rules, { activities: ["retail"] }).unanswered).toEqual(["sells_liquor", "food_kind", "area"]);
  });

  it("what-if: flipping liquor removes the liquor permit; ticking catering adds food", () => {
    const answers = { activities: ["retail"], sells_liquor: true, food_kind: "prepackaged", area: 80 };
    const ifs = whatIfs(questions, rules, answers);
    expect(ifs).toContainEqual({ question: "sells_liquor", answer: false, added: [], removed: ["LIQUOR"] });
    expect(ifs).toContainEqual({ question: "food_kind", answer: "bulk", added: ["FOOD"], removed: ["FILING"] });
    expect(ifs.find((w) => w.question === "activities" && Array.isArray(w.answer) && w.answer.includes("catering"))?.added).toEqual(["FOOD"]);
    // Area 80 → any other number is not an "alternative" we enumerate.
    expect(ifs.some((w) => w.question === "area")).toBe(false);
  });
});

describe("answers in the URL", () => {
  it("parses valid values, ignores invalid ones, and round-trips", () => {
    const params = { activities: ["retail", "nonsense"], sells_liquor: "yes", food_kind: "frozen", area: "80" };
    const answers = parseAnswers(params, questions);
    expect(answers).toEqual({ activities: ["retail"], sells_liquor: true, area: 80 });
    expect(parseAnswers(Object.fromEntries(new URLSearchParams(answersToQuery(answers, questions))), questions)).toEqual(answers);
  });

  it("an empty multiple answer means 'none of these'; a negative area is ignored", () => {
    expect(parseAnswers({ activities: "", area: "-5" }, questions)).toEqual({ activities: [] });
  });
});

describe("describeCondition", async () => {
  const { describeCondition } = await import("./describe-condition");
  it("renders nested conditions in words with option labels", () => {
    const text = describeCondition(
      { all: [{ q: "activities", includes: "catering" }, { any: [{ q: "area", gte: 300 }, { not: { q: "sells_liquor", eq: false } }] }] },
      questions,
    );
    expect(text).toBe("「activities」包含「CATERING」 且 （「area」 ≥ 300 或 并非（「sells_liquor」为「否」））");
  });
});
