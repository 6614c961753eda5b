import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { buildNotice } from "@/lib/guidance/build-notice";
import { S1_ANSWERS } from "../factories";

const WORDS = { yes: "是", no: "否", none: "都不涉及" };

describe("one-time notice from the seeded rules", () => {
  it("S1: registration first, every permit with reasons and the answers behind them, totals from the catalog", async () => {
    const notice = await buildNotice({ words: WORDS, params: S1_ANSWERS });
    expect(notice.unanswered).toBe(0);
    expect(notice.items[0]?.code).toBe("BUSINESS_REGISTRATION");
    expect(notice.items.map((i) => i.code).sort()).toEqual(
      ["BUSINESS_REGISTRATION", "LIQUOR_RETAIL", "OUTDOOR_SIGN_FILING", "PREPACKAGED_FOOD_FILING", "PUBLICATION_RETAIL", "TOBACCO_RETAIL"].sort(),
    );
    const liquor = notice.items.find((i) => i.code === "LIQUOR_RETAIL")!;
    expect(liquor.because).toContainEqual({ question: "是否销售酒类商品（含餐饮店售酒）？", answer: "是" });

    const matters = await getDb().matter.findMany({ where: { code: { in: notice.items.map((i) => i.code) } }, include: { materials: true } });
    expect(notice.totals.materialsSeparately).toBe(matters.reduce((n, m) => n + m.materials.length, 0));
    const once = new Set(matters.flatMap((m) => m.materials.filter((x) => !x.heldByGovernment).map((x) => x.documentKey)));
    expect(notice.totals.materialsOnce).toBe(once.size);
    expect(notice.totals.materialsOnce).toBeLessThan(notice.totals.materialsSeparately);
    expect(notice.totals.longestPromisedDays).toBe(Math.max(...matters.map((m) => m.promisedDays)));
  });

  it("what-if names the permit that flipping liquor removes, with a link to the changed answers", async () => {
    const notice = await buildNotice({ words: WORDS, params: S1_ANSWERS });
    const w = notice.whatIfs.find((x) => x.question.includes("销售酒类商品"));
    expect(w?.removed).toEqual(["酒类商品零售许可"]);
    expect(w?.answerText).toBe("否");
    expect(w?.query).toContain("sells_liquor=no");
    const after = await buildNotice({ words: WORDS, params: Object.fromEntries(new URLSearchParams(w!.query)) });
    expect(after.items.map((i) => i.code)).not.toContain("LIQUOR_RETAIL");
  });

  it("an admin-deactivated rule stops requiring its matter (rules are data)", async () => {
    const db = getDb();
    await db.guidanceRule.updateMany({ where: { matter: { code: "TOBACCO_RETAIL" } }, data: { isActive: false } });
    const notice = await buildNotice({ words: WORDS, params: S1_ANSWERS });
    expect(notice.items.map((i) => i.code)).not.toContain("TOBACCO_RETAIL");
  });

  it("cancelled approvals are listed as not needed, not as permits", async () => {
    const notice = await buildNotice({ words: WORDS, params: { has_licence: "yes", activities: "catering", area: "120" } });
    expect(notice.notNeeded.map((i) => i.code)).toEqual(["HYGIENE_CATERING_CANCELLED"]);
    expect(notice.items.map((i) => i.code)).toEqual(["FOOD_OPERATION"]);
  });

  it("what-ifs never offer a cancelled approval as something to obtain", async () => {
    const notice = await buildNotice({ words: WORDS, params: { has_licence: "yes", activities: "freight", freight_heavy: "yes" } });
    const w = notice.whatIfs.find((x) => x.query.includes("freight_heavy=no"));
    expect(w?.removed).toEqual(["道路货物运输经营许可（不含危险货物）"]);
    expect(w?.added).toEqual([]);
    expect(notice.whatIfs.every((x) => x.added.length + x.removed.length > 0)).toBe(true);
  });
});
