import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { saveGuidanceRule } from "@/lib/guidance/save-rule";
import { ZSaveRule } from "@/lib/guidance/schemas";
import { isAppError, parseInput } from "@/lib/errors";
import { translate } from "@/lib/i18n/core";
import { zh } from "../support/messages";
import { listGuidanceRules } from "@/lib/guidance/list-rules";
import { buildNotice } from "@/lib/guidance/build-notice";
import { sessionUserOf } from "../factories";

const NOW = new Date("2026-11-23T02:00:00Z");
let admin: SessionUser;

beforeAll(async () => {
  admin = await sessionUserOf("admin");
});

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
const save = (input: Record<string, unknown>, ruleId?: string, actor = admin) => saveVia(actor, input, ruleId);

describe("editing finder rules", () => {
  it.each([
    [{ matterCode: "TOBACCO_RETAIL", reason: "测试原因", condition: "{not json" }, "condition", "不是有效的 JSON"],
    [{ matterCode: "TOBACCO_RETAIL", reason: "测试原因", condition: '{"q":"nope","eq":true}' }, "condition", "问题“nope”不存在"],
    [{ matterCode: "TOBACCO_RETAIL", reason: "测试原因", condition: '{"q":"food_kind","eq":"frozen"}' }, "condition", "没有选项“frozen”"],
    [{ matterCode: "TOBACCO_RETAIL", reason: "测试原因", condition: '{"q":"area","includes":"x"}' }, "condition", "只有多选题"],
    [{ matterCode: "TOBACCO_RETAIL", reason: "测试原因", condition: '{"q":"sells_tobacco","eq":"yes"}' }, "condition", "eq 应为 true 或 false"],
    [{ matterCode: "NO_SUCH", reason: "测试原因", condition: '{"q":"sells_tobacco","eq":true}' }, "matterCode", "事项不存在"],
    [{ matterCode: "TOBACCO_RETAIL", reason: "短", condition: '{"q":"sells_tobacco","eq":true}' }, "reason", "至少4个字"],
  ])("refuses %j on %s with a Chinese message", async (input, field, message) => {
    const before = await getDb().guidanceRule.count();
    const r = await save(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[field as "condition"]).toContain(message);
    expect(await getDb().guidanceRule.count()).toBe(before);
  });

  it("a new rule takes effect in the notice at once, and is audited", async () => {
    const params = { has_licence: "yes", activities: "retail", sells_food: "no", sells_liquor: "no", sells_tobacco: "no", area: "500" };
    expect((await buildNotice({ params, words: { yes: "是", no: "否", none: "都不涉及" } })).items.map((i) => i.code)).not.toContain("HAZCHEM_TRADING");
    const r = await save({
      matterCode: "HAZCHEM_TRADING",
      reason: "演示：大型零售场所",
      condition: '{"all":[{"q":"activities","includes":"retail"},{"q":"area","gte":400}]}',
      isActive: true,
    });
    expect(r.ok).toBe(true);
    const notice = await buildNotice({ params, words: { yes: "是", no: "否", none: "都不涉及" } });
    expect(notice.items.find((i) => i.code === "HAZCHEM_TRADING")?.reasons).toEqual(["演示：大型零售场所"]);
    if (!r.ok) return;
    const audit = await getDb().auditLog.findFirst({ where: { entityId: r.id, action: "guidance.rule.create" } });
    expect(audit?.actorId).toBe(admin.id);

    const listed = (await listGuidanceRules({ actor: admin })).rules.find((x) => x.id === r.id);
    expect(listed?.conditionText).toBe(
      "「您打算开展哪些经营活动？（可多选）」包含「零售商品（开店、便利店、超市等）」 且 「经营场所的建筑面积大约是多少平方米？」 ≥ 400",
    );

    expect((await save({ matterCode: "HAZCHEM_TRADING", reason: "演示：大型零售场所", condition: '{"q":"area","gte":400}', isActive: false }, r.id)).ok).toBe(
      true,
    );
    expect((await buildNotice({ params, words: { yes: "是", no: "否", none: "都不涉及" } })).items.map((i) => i.code)).not.toContain("HAZCHEM_TRADING");
  });

  it.each(["applicant", "window", "dept-scjg", "regulator"])("%s may not edit rules", async (username) => {
    const actor = await sessionUserOf(username);
    await expect(
      save({ matterCode: "TOBACCO_RETAIL", reason: "测试原因", condition: '{"q":"sells_tobacco","eq":true}' }, undefined, actor),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listGuidanceRules({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
