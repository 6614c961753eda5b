import { describe, expect, it } from "vitest";
import { scopeTerms } from "@/prisma/seed/data/scope-terms";
import { enterprises } from "@/prisma/seed/data/enterprises";
import { GENERAL_HEAD, GENERAL_NOTE, LICENSED_HEAD, LICENSED_NOTE, deriveScope, formatScope, parseScope, registryScope, scopeFacts } from "./derive-scope";

const TERMS = scopeTerms.map((t) => ({ code: t.code, name: t.name, isLicensed: t.isLicensed, matterCodes: t.matterCodes }));

describe("formatScope: the registry's wording", () => {
  it("licensed then general, each closed by the registry's words; either part alone; nothing is null", () => {
    expect(formatScope({ licensed: ["酒类经营", "烟草制品零售"], general: ["日用百货销售"] })).toBe(
      `${LICENSED_HEAD}酒类经营；烟草制品零售。${LICENSED_NOTE}${GENERAL_HEAD}日用百货销售。${GENERAL_NOTE}`,
    );
    expect(formatScope({ licensed: ["住宿服务"], general: [] })).toBe(`许可项目：住宿服务。${LICENSED_NOTE}`);
    expect(formatScope({ licensed: [], general: ["日用百货销售"] })).toBe(`一般项目：日用百货销售。${GENERAL_NOTE}`);
    expect(formatScope({ licensed: [], general: [] })).toBeNull();
  });

  it("is the wording of every seeded registered scope (the demo enterprises' 营业执照)", () => {
    for (const e of enterprises) {
      const parsed = parseScope(e.businessScope, TERMS);
      expect(parsed.unknown, e.name).toEqual([]);
      expect(formatScope(parsed), e.name).toBe(formatScope(parseScope(formatScope(parsed)!, TERMS)));
      // Same items, same groups, as registered.
      for (const name of parsed.licensed) expect(e.businessScope.split(GENERAL_HEAD)[0]).toContain(name);
    }
  });
});

describe("parseScope", () => {
  it("reads the registry's text back into its groups, and a plain list too", () => {
    const text = `${LICENSED_HEAD}餐饮服务；食品销售。${LICENSED_NOTE}${GENERAL_HEAD}餐饮管理。${GENERAL_NOTE}`;
    expect(parseScope(text, TERMS)).toEqual({ licensed: ["食品销售", "餐饮服务"], general: ["餐饮管理"], unknown: [] });
    expect(parseScope("日用百货销售；酒类经营\n餐饮管理；", TERMS)).toEqual({ licensed: ["酒类经营"], general: ["日用百货销售", "餐饮管理"], unknown: [] });
  });

  it("puts a term in the group the catalog says, drops repeats, and names what is not a standard term", () => {
    expect(parseScope(`${GENERAL_HEAD}酒类经营；酒类经营；卖东西。`, TERMS)).toEqual({ licensed: ["酒类经营"], general: [], unknown: ["卖东西"] });
  });

  it("a term whose name contains 、 is one item", () => {
    expect(parseScope("人力资源服务（不含职业中介活动、劳务派遣服务）", TERMS).general).toEqual(["人力资源服务（不含职业中介活动、劳务派遣服务）"]);
  });
});

describe("deriveScope", () => {
  it("a term of no matter needs a condition; a matter's only term needs none; catalog order", () => {
    const facts = scopeFacts({ answers: { activities: ["retail"] }, values: {}, matterCodes: ["TOBACCO_RETAIL", "LIQUOR_RETAIL"] });
    expect(deriveScope({ terms: TERMS, matterCodes: ["TOBACCO_RETAIL", "LIQUOR_RETAIL"], facts })).toEqual({
      licensed: ["酒类经营", "烟草制品零售"],
      general: ["日用百货销售"],
    });
  });

  it("the conditions are data: another table gives another scope", () => {
    const facts = scopeFacts({ answers: {}, values: {}, matterCodes: ["TOBACCO_RETAIL"] });
    expect(deriveScope({ terms: TERMS, matterCodes: ["TOBACCO_RETAIL"], facts, conditions: { L1006: { q: "never", eq: true } } })).toEqual({
      licensed: [],
      general: [],
    });
  });

  it("scopeFacts: form values by key (blank ones left out), answers by code, chosen matters", () => {
    expect(
      scopeFacts({ answers: { area: 80 }, values: { "business.onlineSales": " yes ", "premises.name": " ", "business.sportsItems": [] }, matterCodes: ["A"] }),
    ).toEqual({
      area: 80,
      "business.onlineSales": "yes",
      matter: ["A"],
    });
  });
});

describe("registryScope", () => {
  it("writes a plain list of standard terms in the registry's wording; leaves anything else as written", () => {
    expect(registryScope("日用百货销售；酒类经营", TERMS)).toBe(`许可项目：酒类经营。${LICENSED_NOTE}一般项目：日用百货销售。${GENERAL_NOTE}`);
    expect(registryScope(" 日用百货销售；卖东西 ", TERMS)).toBe("日用百货销售；卖东西");
    expect(registryScope("", TERMS)).toBe("");
  });
});
