// Issue 15 part 5: a notice never lists two items that exclude each other (relations are catalog data), the
// questions tell a pool from a climbing wall and ask venues about food, unreachable matters are referred to
// their department, and the rule editor refuses a rule that would make a contradictory notice.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { buildNotice } from "@/lib/guidance/build-notice";
import { saveGuidanceRule } from "@/lib/guidance/save-rule";
import { ZSaveRule } from "@/lib/guidance/schemas";
import { isAppError, parseInput } from "@/lib/errors";
import { translate } from "@/lib/i18n/core";
import { zh } from "../support/messages";
import { listGuidanceRules } from "@/lib/guidance/list-rules";
import { sessionUserOf } from "../factories";

const WORDS = { yes: "是", no: "否", none: "都不涉及" };
const NOW = new Date("2026-12-07T02:00:00Z");
/** As the action does it: the schema parses the form's input, the domain acts on it; a refusal's words by field, in Chinese. */
const saveVia = async (actor: SessionUser, input: Record<string, unknown>, ruleId?: string) => {
  try {
    return { ok: true as const, ...(await saveGuidanceRule({ actor, now: NOW, t: zh, input: parseInput(ZSaveRule, { ...input, ruleId }) })) };
  } catch (e) {
    if (!isAppError(e) || e.code !== "BAD_INPUT") throw e;
    const errors: Record<string, string> = {};
    for (const i of e.issues) errors[i.path] = [errors[i.path], translate(zh, i.key, i.params)].filter(Boolean).join("；");
    return { ok: false as const, errors };
  }
};
const notice = (params: Record<string, string>) => buildNotice({ words: WORDS, params });
const codes = async (params: Record<string, string>) => (await notice(params)).items.map((i) => i.code);
let admin: SessionUser;

beforeAll(async () => {
  admin = await sessionUserOf("admin");
});

describe("the notice applies the catalog's relations", () => {
  it("a store that sells prepackaged food and also serves food: the licence, and the filing left out as 已含于", async () => {
    const n = await notice({ has_licence: "yes", activities: "retail,catering", sells_food: "yes", food_kind: "prepackaged" });
    expect(n.items.map((i) => i.code)).toContain("FOOD_OPERATION");
    expect(n.items.map((i) => i.code)).not.toContain("PREPACKAGED_FOOD_FILING");
    expect(n.leftOut).toEqual([
      expect.objectContaining({
        code: "PREPACKAGED_FOOD_FILING",
        name: "仅销售预包装食品备案",
        byCode: "FOOD_OPERATION",
        byName: "食品经营许可",
        kind: "COVERS",
      }),
    ]);
    expect(n.leftOut[0]!.note).toContain("食品安全法》第三十五条");
    // Totals count what is listed only.
    expect(n.totals.permits).toBe(n.items.length);
  });

  it("the relation is data: removing it lists both again", async () => {
    const db = getDb();
    const rel = await db.matterRelation.findFirstOrThrow({ where: { from: { code: "FOOD_OPERATION" }, to: { code: "PREPACKAGED_FOOD_FILING" } } });
    await db.matterRelation.delete({ where: { id: rel.id } });
    try {
      expect(await codes({ has_licence: "yes", activities: "retail,catering", sells_food: "yes", food_kind: "prepackaged" })).toEqual(
        expect.arrayContaining(["FOOD_OPERATION", "PREPACKAGED_FOOD_FILING"]),
      );
    } finally {
      await db.matterRelation.create({ data: { kind: rel.kind, fromMatterId: rel.fromMatterId, toMatterId: rel.toMatterId, note: rel.note } });
    }
  });

  it("a convenience store selling only prepackaged food keeps the filing, with nothing left out", async () => {
    const n = await notice({ has_licence: "yes", activities: "retail", sells_food: "yes", food_kind: "prepackaged" });
    expect(n.items.map((i) => i.code)).toContain("PREPACKAGED_FOOD_FILING");
    expect(n.leftOut).toEqual([]);
  });
});

describe("questions distinguish what the permits distinguish", () => {
  it("a gym selling drinks is asked about food; a climbing wall needs no hygiene permit, a pool does", async () => {
    const gym = await notice({ has_licence: "yes", activities: "sport", sells_food: "yes", food_kind: "prepackaged", sport_high_risk: "no" });
    expect(gym.questions.map((q) => q.code)).toContain("sells_food");
    expect(gym.items.map((i) => i.code)).toEqual(["PREPACKAGED_FOOD_FILING"]);
    const climbing = await codes({ has_licence: "yes", activities: "sport", sport_high_risk: "yes", sport_items: "climbing" });
    expect(climbing).toContain("HIGH_RISK_SPORTS");
    expect(climbing).not.toContain("PUBLIC_PLACE_HYGIENE");
    expect(await codes({ has_licence: "yes", activities: "sport", sport_high_risk: "yes", sport_items: "swimming" })).toEqual(
      expect.arrayContaining(["HIGH_RISK_SPORTS", "PUBLIC_PLACE_HYGIENE"]),
    );
  });

  it("an internet café and a hotel selling snacks get the food filing; a restaurant's sewer discharge its drainage permit", async () => {
    for (const activity of ["internet_cafe", "accommodation"]) {
      expect(await codes({ has_licence: "yes", activities: activity, sells_food: "yes", food_kind: "prepackaged" }), activity).toContain(
        "PREPACKAGED_FOOD_FILING",
      );
    }
    expect(await codes({ has_licence: "yes", activities: "catering", sewer_discharge: "yes" })).toContain("DRAINAGE_PERMIT");
  });

  it("matters the questions cannot decide are listed as 'ask the department' for the activity, with the reason", async () => {
    const retail = await notice({ has_licence: "yes", activities: "retail" });
    expect(retail.referrals.map((r) => r.code).sort()).toEqual(["DRUG_WHOLESALE", "GRAIN_PURCHASE_FILING"]);
    expect(retail.referrals.find((r) => r.code === "DRUG_WHOLESALE")).toMatchObject({ name: "药品经营许可（批发）", reason: expect.stringContaining("批发") });
    expect((await notice({ has_licence: "yes", activities: "catering" })).referrals).toEqual([]);
  });
});

describe("the rule editor refuses a rule that would make a contradictory notice", () => {
  const save = (input: Record<string, unknown>, ruleId?: string) => saveVia(admin, input, ruleId);

  it("a new rule requiring the clinic filing for a hospital is refused, naming the answers, both matters and why", async () => {
    const before = await getDb().guidanceRule.count();
    const r = await save({
      matterCode: "CLINIC_FILING",
      reason: "测试：所有医疗服务都备案",
      condition: '{"q":"activities","includes":"medical"}',
      isActive: true,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.condition).toContain("“诊所备案”和“医疗机构执业许可”");
    expect(r.errors.condition).toContain("「开办哪类医疗服务？」为「医院、门诊部等医疗机构」");
    expect(r.errors.condition).toContain("二者只能办理其一");
    expect(await getDb().guidanceRule.count()).toBe(before);
  });

  it("editing an existing rule into an overlap is refused and leaves the rule as it was; deactivating it is fine", async () => {
    const rule = await getDb().guidanceRule.findFirstOrThrow({ where: { matter: { code: "MEDICAL_INSTITUTION" }, isActive: true } });
    const r = await save(
      { matterCode: "MEDICAL_INSTITUTION", reason: rule.reason, condition: '{"q":"medical_kind","anyOf":["clinic","institution"]}', isActive: true },
      rule.id,
    );
    expect(r.ok).toBe(false);
    expect((await getDb().guidanceRule.findUniqueOrThrow({ where: { id: rule.id } })).condition).toEqual(rule.condition);
    // An inactive rule requires nothing, so it can never conflict.
    const off = await save(
      { matterCode: "MEDICAL_INSTITUTION", reason: rule.reason, condition: '{"q":"medical_kind","anyOf":["clinic","institution"]}', isActive: false },
      rule.id,
    );
    expect(off.ok).toBe(true);
    expect(
      (await save({ matterCode: "MEDICAL_INSTITUTION", reason: rule.reason, condition: JSON.stringify(rule.condition), isActive: true }, rule.id)).ok,
    ).toBe(true);
  });

  it("the rule page lists the relations the editor checks against", async () => {
    const { relations } = await listGuidanceRules({ actor: admin });
    expect(relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "COVERS",
          from: { code: "FOOD_OPERATION", name: "食品经营许可" },
          to: expect.objectContaining({ code: "PREPACKAGED_FOOD_FILING" }),
        }),
        expect.objectContaining({
          kind: "EXCLUDES",
          from: expect.objectContaining({ code: "MEDICAL_INSTITUTION" }),
          to: expect.objectContaining({ code: "CLINIC_FILING" }),
        }),
      ]),
    );
  });

  it("an overlap the relations resolve (covered by) is accepted, and the notice still lists one item", async () => {
    const r = await save({
      matterCode: "PREPACKAGED_FOOD_FILING",
      reason: "测试：餐饮也要备案",
      condition: '{"q":"activities","includes":"catering"}',
      isActive: true,
    });
    expect(r.ok).toBe(true);
    const n = await notice({ has_licence: "yes", activities: "catering" });
    expect(n.items.map((i) => i.code)).toEqual(["FOOD_OPERATION"]);
    expect(n.leftOut.map((l) => l.code)).toEqual(["PREPACKAGED_FOOD_FILING"]);
    if (r.ok) await getDb().guidanceRule.delete({ where: { id: r.id } });
  });
});
