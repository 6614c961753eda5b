import { describe, expect, it } from "vitest";
import { applyRelations, type RelationDef } from "./relations";
import { findAnswers, findExclusionConflict, reachingAnswers } from "./find-answers";
import { evaluate, whatIfs, type QuestionDef, type RuleDef } from "./evaluate";
import type { Answers } from "./schemas";

const req = (...codes: string[]) => codes.map((matterCode) => ({ matterCode, reasons: [matterCode], triggeredBy: [] }));
const covers: RelationDef = { kind: "COVERS", from: "FOOD", to: "FILING", note: "许可已含备案" };
const excludes: RelationDef = { kind: "EXCLUDES", from: "HOSPITAL", to: "CLINIC", note: "只办其一" };

describe("applyRelations", () => {
  it("leaves a covered matter out, naming what covers it and why", () => {
    const { kept, leftOut } = applyRelations(req("REG", "FILING", "FOOD"), [covers]);
    expect(kept.map((r) => r.matterCode)).toEqual(["REG", "FOOD"]);
    expect(leftOut).toEqual([{ matterCode: "FILING", by: "FOOD", kind: "COVERS", note: "许可已含备案" }]);
  });

  it("keeps a covered matter when the covering one is not required", () => {
    expect(applyRelations(req("FILING"), [covers]).kept.map((r) => r.matterCode)).toEqual(["FILING"]);
  });

  it("of two excluding matters keeps the first in rule order, whichever side of the relation it is", () => {
    expect(applyRelations(req("CLINIC", "HOSPITAL"), [excludes]).leftOut[0]).toMatchObject({ matterCode: "HOSPITAL", by: "CLINIC" });
    expect(applyRelations(req("HOSPITAL", "CLINIC"), [excludes]).leftOut[0]).toMatchObject({ matterCode: "CLINIC", by: "HOSPITAL" });
  });
});

const Q = (code: string, type: QuestionDef["type"], options: string[] = [], showIf: QuestionDef["showIf"] = null): QuestionDef => ({
  code,
  text: code,
  helpText: "",
  type,
  showIf,
  options: options.map((o) => ({ code: o, label: o })),
});
const questions = [
  Q("activities", "MULTIPLE", ["retail", "catering", "medical", "a", "b", "c", "d", "e", "f", "g"]),
  Q("food_kind", "SINGLE", ["prepackaged", "bulk"], { q: "activities", includes: "retail" }),
  Q("kind", "SINGLE", ["clinic", "hospital"], { q: "activities", includes: "medical" }),
  Q("area", "NUMBER"),
];
const rules: RuleDef[] = [
  { id: "1", matterCode: "FILING", condition: { q: "food_kind", eq: "prepackaged" }, reason: "预包装" },
  { id: "2", matterCode: "FOOD", condition: { q: "activities", includes: "catering" }, reason: "餐饮" },
  { id: "3", matterCode: "CLINIC", condition: { q: "kind", eq: "clinic" }, reason: "诊所" },
  {
    id: "4",
    matterCode: "HOSPITAL",
    condition: {
      all: [
        { q: "kind", eq: "hospital" },
        { q: "area", gte: 500 },
      ],
    },
    reason: "医院",
  },
];

describe("searching the answers", () => {
  it("finds a threshold and respects visibility (a hidden question's answer never counts)", () => {
    const a = findAnswers(
      questions,
      [rules[3]!.condition],
      (x) => x.kind === "hospital" && typeof x.area === "number" && x.area >= 500 && (x.activities as string[])?.includes("medical"),
    );
    expect(a).toMatchObject({ kind: "hospital", area: 500 });
    // food_kind is only asked of retail: no answers make FILING required without retail.
    const filingWithoutRetail = (x: Answers) => {
      const { effective, required } = evaluate(questions, rules, x);
      return required.some((r) => r.matterCode === "FILING") && !(effective.activities as string[] | undefined)?.includes("retail");
    };
    expect(findAnswers(questions, [rules[0]!.condition], filingWithoutRetail)).toBeNull();
  });

  it("no conflict while the rules keep clinic and hospital apart; a rule that overlaps them is found, with answers", () => {
    expect(findExclusionConflict(questions, rules, [excludes])).toBeNull();
    const overlap: RuleDef = { id: "5", matterCode: "CLINIC", condition: { q: "area", gte: 1000 }, reason: "大诊所" };
    const conflict = findExclusionConflict(questions, [...rules, overlap], [excludes]);
    expect(conflict?.answers).toMatchObject({ activities: expect.arrayContaining(["medical"]), kind: "hospital" });
    expect(conflict!.answers.area as number).toBeGreaterThanOrEqual(1000);
  });

  it("a matter only ever required together with one that covers it is unreachable", () => {
    expect(reachingAnswers(questions, rules, [covers], "FILING")).toMatchObject({ food_kind: "prepackaged" });
    const alwaysWithFood: RuleDef[] = [{ id: "1", matterCode: "FILING", condition: { q: "activities", includes: "catering" }, reason: "x" }, rules[1]!];
    expect(reachingAnswers(questions, alwaysWithFood, [covers], "FILING")).toBeNull();
    expect(reachingAnswers(questions, rules, [covers], "NO_RULE")).toBeNull();
  });

  it("what-ifs do not offer a matter that would only be covered", () => {
    const answers = { activities: ["retail", "catering"], food_kind: "bulk" };
    const ifs = whatIfs(questions, rules, answers, [covers]);
    expect(ifs.find((w) => w.question === "food_kind")).toBeUndefined();
    expect(whatIfs(questions, rules, answers).find((w) => w.question === "food_kind")?.added).toEqual(["FILING"]);
  });
});
