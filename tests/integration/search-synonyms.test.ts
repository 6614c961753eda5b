// Issue 15 part 5: the catalog search finds everyday words through synonyms kept as data (seeded, then
// maintained by the regulator at /regulator/synonyms: permission-checked, audited), in /matters, the Excel
// export of the same search, and the business-scope search.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { searchMatters } from "@/lib/catalog/search-matters";
import { addSynonym as addParsed, listSynonyms, removeSynonym as removeParsed, SYNONYM_PAGE_SIZE } from "@/lib/catalog/manage-synonyms";
import { ZSynonymId, ZSynonymInput } from "@/lib/catalog/schemas";
import { isAppError, parseInput } from "@/lib/errors";
import { zh } from "../support/messages";
import { translate } from "@/lib/i18n/core";
import { exportCatalog } from "@/lib/catalog/xlsx/export-catalog";
import { searchScopeTerms } from "@/lib/scope/search-scope-terms";
import { sessionUserOf } from "../factories";

const NOW = new Date("2026-12-07T02:00:00Z");
const found = async (q: string) => (await searchMatters({ q })).rows.map((r) => r.code);
let regulator: SessionUser;

// As the server actions do (defineAction): the input is parsed once with the schema, then the use case runs.
type Opts = { actor: SessionUser; now: Date };
const addSynonym = async ({ actor, now, input }: Opts & { input: unknown }) => addParsed({ actor, now, input: parseInput(ZSynonymInput, input) });
const removeSynonym = async ({ actor, now, synonymId }: Opts & { synonymId: string }) =>
  removeParsed({ actor, now, input: parseInput(ZSynonymId, { synonymId }) });

/** The message each field of the form shows for a refusal, in Chinese (what the action's fieldErrors carry). */
async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise;
  } catch (e) {
    if (!isAppError(e)) throw e;
    const out: Record<string, string> = {};
    for (const i of e.issues) out[i.path] ??= translate(zh, i.key, i.params);
    return out;
  }
  throw new Error("expected a refusal");
}

beforeAll(async () => {
  regulator = await sessionUserOf("regulator");
});

describe("catalog search with the seeded synonyms", () => {
  it.each([
    ["网吧", ["INTERNET_CAFE"]],
    ["宾馆", ["HOTEL_SPECIAL_TRADE", "PUBLIC_PLACE_HYGIENE"]],
    ["酒店", ["HOTEL_SPECIAL_TRADE"]],
    ["药店", ["DRUG_RETAIL"]],
    ["健身", ["HIGH_RISK_SPORTS"]],
    ["游泳", ["HIGH_RISK_SPORTS", "PUBLIC_PLACE_HYGIENE"]],
  ])("“%s” finds %j", async (q, codes) => {
    expect(await found(q)).toEqual(expect.arrayContaining(codes));
  });

  it("says what it also searched for, and still requires every part of the query", async () => {
    const r = await searchMatters({ q: "网吧" });
    expect(r.alsoSearched).toEqual(["上网服务"]);
    expect(r.total).toBe(1);
    // 网吧 许可 → 上网服务 许可: still one matter; 网吧 燃气 matches nothing.
    expect(await found("网吧 许可")).toEqual(["INTERNET_CAFE"]);
    expect(await found("网吧 燃气")).toEqual([]);
  });

  it("the Excel export of the same search holds the same rows", async () => {
    const r = await exportCatalog({ actor: null, now: NOW, filters: { q: "药店" } });
    expect(r.rows).toBe((await searchMatters({ q: "药店" })).total);
    expect(r.rows).toBeGreaterThan(0);
  });

  it("the business-scope search finds the standard wording from the everyday word", async () => {
    const { results } = await searchScopeTerms({ q: "网吧", picked: [] });
    expect(results.map((t) => t.name)).toContain("互联网上网服务");
  });
});

describe("the regulator maintains the synonyms", () => {
  it("adds one, which the search uses at once, and removes it; both audited", async () => {
    expect(await found("澡堂")).toEqual([]);
    const r = await addSynonym({ actor: regulator, now: NOW, input: { word: "澡堂", target: "公共场所卫生" } });
    expect(r.id).toEqual(expect.any(String));
    expect(await found("澡堂")).toContain("PUBLIC_PLACE_HYGIENE");
    const all = [];
    for (let page = 1, pages = 1; page <= pages; page++) {
      const list = await listSynonyms({ actor: regulator, page });
      pages = list.pageCount;
      all.push(...list.rows);
    }
    const listed = all.find((s) => s.id === r.id);
    expect(listed).toMatchObject({ word: "澡堂", target: "公共场所卫生" });
    expect(listed!.matches).toBeGreaterThan(0);
    expect(await getDb().auditLog.findFirst({ where: { entityId: r.id, action: "synonym.create", actorId: regulator.id } })).not.toBeNull();

    await removeSynonym({ actor: regulator, now: NOW, synonymId: r.id });
    expect(await found("澡堂")).toEqual([]);
    expect(await getDb().auditLog.findFirst({ where: { entityId: r.id, action: "synonym.delete" } })).toMatchObject({
      before: { word: "澡堂", target: "公共场所卫生" },
    });
    await expect(removeSynonym({ actor: regulator, now: NOW, synonymId: r.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each([
    [{ word: "", target: "旅馆" }, "word", "请填写"],
    [{ word: "宾馆", target: "宾馆" }, "target", "相同"],
    [{ word: "民居", target: "不存在的用语" }, "target", "目录中没有"],
    [{ word: "宾馆", target: "旅馆" }, "word", "已经存在"],
  ])("refuses %j with a message on %s", async (input, field, message) => {
    const before = await getDb().searchSynonym.count();
    const errors = await fieldErrorsOf(addSynonym({ actor: regulator, now: NOW, input }));
    expect(errors[field]).toContain(message);
    expect(await getDb().searchSynonym.count()).toBe(before);
  });

  it.each(["applicant", "window", "dept-scjg", "admin"])("%s may not list, add or remove synonyms", async (username) => {
    const actor = await sessionUserOf(username);
    const any = await getDb().searchSynonym.findFirstOrThrow();
    await expect(listSynonyms({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addSynonym({ actor, now: NOW, input: { word: "澡堂", target: "公共场所卫生" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeSynonym({ actor, now: NOW, synonymId: any.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lists them a page at a time, in word order, every one once", async () => {
    const db = getDb();
    await db.searchSynonym.createMany({
      data: Array.from({ length: SYNONYM_PAGE_SIZE }, (_, i) => ({ word: `测试词${String(i).padStart(3, "0")}`, target: "旅馆" })),
    });
    const total = await db.searchSynonym.count();
    const first = await listSynonyms({ actor: regulator, page: 1 });
    expect(first).toMatchObject({ total, page: 1, pageCount: Math.ceil(total / SYNONYM_PAGE_SIZE) });
    expect(first.rows).toHaveLength(SYNONYM_PAGE_SIZE);
    const seen = [...first.rows];
    for (let page = 2; page <= first.pageCount; page++) seen.push(...(await listSynonyms({ actor: regulator, page })).rows);
    expect(new Set(seen.map((r) => r.id)).size).toBe(total);
    const words = seen.map((r) => r.word);
    expect(words).toEqual([...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // A page past the end shows the last one.
    expect((await listSynonyms({ actor: regulator, page: 999 })).page).toBe(first.pageCount);
  });
});
