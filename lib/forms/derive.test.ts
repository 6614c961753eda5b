import { describe, expect, it } from "vitest";
import { fields } from "@/prisma/seed/data/fields";
import { makeUscc } from "@/lib/ids/uscc";
import { makeResidentId } from "@/lib/ids/resident-id";
import { scopeTerms } from "@/prisma/seed/data/scope-terms";
import { GENERAL_NOTE, LICENSED_NOTE, SCOPE_CONDITIONS, parseScope } from "@/lib/scope/derive-scope";
import type { Answers } from "@/lib/guidance/schemas";
import { COMPUTED_KEYS, SCOPE_SOURCE, deriveKnown } from "./derive";
import type { FieldDef } from "./merge-form";
import type { FormValues } from "./field-values";

const dictionary = new Map<string, FieldDef>(
  fields.map((f, i) => [
    f.key,
    { key: f.key, label: f.label, topic: f.topic, type: f.type, options: f.options ?? null, prefillSource: f.prefillSource, sortOrder: i },
  ]),
);

describe("deriveKnown", () => {
  it("takes what the finder already answered: area, food items, operator type, cold chain", () => {
    const out = deriveKnown({
      dictionary,
      isNewEnterprise: true,
      known: {},
      values: { "premises.area": "95" },
      answers: { activities: ["retail"], sells_food: true, food_kind: "prepackaged", sells_chilled: true, area: 80 },
    });
    expect(out["premises.area"]).toBeUndefined(); // typed 95 wins over the finder's 80
    expect(out["business.foodCategories"]).toEqual({ value: "prepackaged", source: "来自智能导办的回答，可更正" });
    expect(out["business.operatorType"]?.value).toBe("food-retail");
    expect(out["facilities.refrigeration"]?.value).toBe("yes");
    const gas = (gas_use: string) =>
      deriveKnown({ dictionary, isNewEnterprise: false, known: {}, values: {}, answers: { gas_use } })["facilities.fuelType"]?.value;
    expect([gas("pipeline"), gas("bottled"), gas("none")]).toEqual(["pipeline-gas", "bottled-lpg", undefined]);
    const format = (activities: string[]) =>
      deriveKnown({ dictionary, isNewEnterprise: false, known: {}, values: {}, answers: { activities } })["business.retailFormat"]?.value;
    expect([format(["catering"]), format(["catering", "retail"]), format(["retail"])]).toEqual(["restaurant", undefined, undefined]);
    const sign = deriveKnown({ dictionary, isNewEnterprise: false, known: {}, values: { "premises.name": "枫味小馆" } })["sign.content"];
    expect(sign).toEqual({ value: "枫味小馆", source: "同门店招牌名称，可更正" });
    expect(deriveKnown({ dictionary, isNewEnterprise: true, known: {}, values: {}, answers: { area: 80 } })["premises.area"]?.value).toBe("80");
  });

  it("a new enterprise: code assigned later, default term, ID type from the number, copies, subdistrict, shareholder count and capital", () => {
    const out = deriveKnown({
      dictionary,
      isNewEnterprise: true,
      known: {},
      values: {
        "subject.legalRep.idNumber": makeResidentId("31011619800101123"),
        "subject.phone": "13800138000",
        "subject.address": "上海市金山区朱泾镇新农路88号",
        "subject.shareholders": `张伟 ${makeResidentId("31011619800101123")} 50万元\n李娜，${makeUscc("91310116MA1ABC34D")}，25.5\n`,
      },
    });
    expect(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.value]))).toEqual({
      "subject.uscc": "设立登记后自动赋码",
      "subject.operatingTerm": "long-term",
      "subject.legalRep.idType": "resident-id",
      "subject.contact.phone": "13800138000",
      "premises.address": "上海市金山区朱泾镇新农路88号",
      "premises.subdistrict": "zhujing",
      "subject.shareholderCount": "2",
      "subject.registeredCapital": "75.5",
    });
    expect(out["premises.address"]?.source).toBe("同企业住所，可更正");
  });

  it("a typed correction or a value already known is never overridden, and nothing is invented", () => {
    const out = deriveKnown({
      dictionary,
      isNewEnterprise: false,
      known: { "premises.address": { value: "上海市金山区石化街道卫零路1号", source: "企业登记信息" } },
      values: { "subject.contact.phone": "021-57930000", "subject.legalRep.idNumber": "123" },
    });
    expect(out["premises.address"]).toBeUndefined();
    expect(out["subject.contact.phone"]).toBeUndefined();
    expect(out["subject.uscc"]).toBeUndefined();
    expect(out["subject.legalRep.idType"]).toBeUndefined();
    expect(out["premises.subdistrict"]?.value).toBe("shihua");
  });
});

describe("deriveKnown: computed fields are never typed", () => {
  const list = `张伟 ${makeResidentId("31011619800101123")} 50万元\n李娜，${makeUscc("91310116MA1ABC34D")}，25.5\n`;

  it("股东人数 and 注册资本 are computed from the shareholder list, and a typed value does not win", () => {
    expect([...COMPUTED_KEYS].sort()).toEqual(["subject.registeredCapital", "subject.shareholderCount"]);
    const out = deriveKnown({
      dictionary,
      isNewEnterprise: true,
      known: {},
      values: { "subject.shareholders": list, "subject.shareholderCount": "3", "subject.registeredCapital": "755000" },
    });
    expect(out["subject.shareholderCount"]).toEqual({ value: "2", source: "按股东名单计数" });
    // 万元, like the contributions: 50 + 25.5.
    expect(out["subject.registeredCapital"]).toEqual({ value: "75.5", source: "按股东认缴出资额合计" });
  });

  it("the capital is exact in 万元 (four decimals of a contribution), the field's label says 万元", () => {
    const out = deriveKnown({
      dictionary,
      isNewEnterprise: true,
      known: {},
      values: { "subject.shareholders": `张伟 ${makeResidentId("31011619800101123")} 0.1\n李娜 ${makeUscc("91310116MA1ABC34D")} 0.2001` },
    });
    expect(out["subject.registeredCapital"]?.value).toBe("0.3001");
    expect(dictionary.get("subject.registeredCapital")?.label).toBe("注册资本（万元）");
    expect(dictionary.get("subject.shareholders")?.label).toContain("（万元）");
  });

  it("an invalid list gives neither (the list's own problem is shown), and a registry value stays", () => {
    const bad = deriveKnown({ dictionary, isNewEnterprise: true, known: {}, values: { "subject.shareholders": "张伟" } });
    expect(bad["subject.shareholderCount"]).toBeUndefined();
    expect(bad["subject.registeredCapital"]).toBeUndefined();
    const registry = deriveKnown({
      dictionary,
      isNewEnterprise: false,
      known: { "subject.registeredCapital": { value: "100", source: "企业登记信息" } },
      values: { "subject.shareholders": list },
    });
    expect(registry["subject.registeredCapital"]).toBeUndefined();
  });
});

describe("deriveKnown: form fields the finder already answered", () => {
  const derive = (answers: Answers) => deriveKnown({ dictionary, isNewEnterprise: true, known: {}, values: {}, answers });

  it("零售业态: a hotel (not a shop) sells as a hotel; a restaurant as a restaurant; a shop is asked", () => {
    const format = (activities: string[]) => derive({ activities })["business.retailFormat"]?.value;
    expect([format(["accommodation"]), format(["accommodation", "catering"]), format(["catering"]), format(["accommodation", "retail"])]).toEqual([
      "hotel",
      "hotel",
      "restaurant",
      undefined,
    ]);
  });

  it("公共场所类别: lodging only when the finder said lodging and no bathing, beauty or pool", () => {
    const place = (answers: Answers) => derive(answers)["business.publicPlaceType"]?.value;
    expect(place({ activities: ["accommodation"] })).toBe("lodging");
    expect(place({ activities: ["accommodation", "catering"] })).toBe("lodging");
    expect(place({ activities: ["accommodation", "personal_care"] })).toBeUndefined();
    expect(place({ activities: ["accommodation", "sport"], sport_high_risk: true })).toBeUndefined();
    expect(place({ activities: ["personal_care"] })).toBeUndefined();
  });

  it("场所类型 (消防): from the activity, the most specific first; a mixed shop and restaurant is asked", () => {
    const venue = (activities: string[]) => derive({ activities })["business.venueType"]?.value;
    expect(venue(["accommodation", "catering"])).toBe("hotel");
    expect(venue(["internet_cafe"])).toBe("entertainment");
    expect(venue(["entertainment", "catering"])).toBe("entertainment");
    expect(venue(["sport"])).toBe("sports");
    expect(venue(["sport", "retail"])).toBeUndefined();
    expect(venue(["catering"])).toBe("restaurant");
    expect(venue(["retail"])).toBe("mall");
    expect(venue(["retail", "catering"])).toBeUndefined();
    expect(venue([])).toBeUndefined();
  });
});

// 经营范围 (lib/scope/derive-scope.ts): one case per rule, through deriveKnown as the form gets it.
describe("deriveKnown: 经营范围 only from the answers and the chosen matters", () => {
  const TERMS = scopeTerms.map((t) => ({ code: t.code, name: t.name, isLicensed: t.isLicensed, matterCodes: t.matterCodes }));
  const scopeOf = (matterCodes: string[], answers: Answers = {}, values: FormValues = {}) =>
    deriveKnown({ dictionary, isNewEnterprise: true, known: {}, values, answers, scope: { terms: TERMS, matterCodes } })["subject.businessScope"];
  /** The derived scope's items, licensed and general apart (and nothing unknown). */
  const items = (matterCodes: string[], answers: Answers = {}, values: FormValues = {}) => {
    const v = scopeOf(matterCodes, answers, values)?.value;
    if (!v) return { licensed: [], general: [] };
    const { licensed, general, unknown } = parseScope(v, TERMS);
    expect(unknown).toEqual([]);
    return { licensed, general };
  };

  it("every rule names a seeded term; every matter several licensed terms map to has a rule for each", () => {
    const codes = new Set(TERMS.map((t) => t.code));
    for (const code of Object.keys(SCOPE_CONDITIONS)) expect(codes.has(code), code).toBe(true);
    const byMatter = new Map<string, string[]>();
    for (const t of TERMS.filter((x) => x.isLicensed)) for (const m of t.matterCodes) byMatter.set(m, [...(byMatter.get(m) ?? []), t.code]);
    for (const [matter, terms] of byMatter)
      if (terms.length > 1) for (const c of terms) expect(Object.hasOwn(SCOPE_CONDITIONS, c), `${matter}: ${c}`).toBe(true);
  });

  it("is written as the registry writes it: 许可项目 … （…） 一般项目 … （…）, with its source", () => {
    const s = scopeOf(["LIQUOR_RETAIL", "TOBACCO_RETAIL", "PREPACKAGED_FOOD_FILING"], { activities: ["retail"], food_kind: "prepackaged" });
    expect(s).toEqual({
      value: `许可项目：酒类经营；烟草制品零售。${LICENSED_NOTE}一般项目：食品销售（仅销售预包装食品）；日用百货销售。${GENERAL_NOTE}`,
      source: SCOPE_SOURCE,
    });
    expect(LICENSED_NOTE).toBe("（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）");
    expect(GENERAL_NOTE).toBe("（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）");
  });

  it("only general items: no 许可项目 part; nothing at all: no value (the applicant chooses)", () => {
    expect(scopeOf([], { activities: ["retail"] })?.value).toBe(`一般项目：日用百货销售。${GENERAL_NOTE}`);
    expect(scopeOf([], {})).toBeUndefined();
    expect(scopeOf(["OUTDOOR_SIGN_FILING"], {})).toBeUndefined();
  });

  it("a single-term matter brings its term (烟草专卖零售许可 → 烟草制品零售; 出版物; 药品零售)", () => {
    expect(items(["TOBACCO_RETAIL"]).licensed).toEqual(["烟草制品零售"]);
    expect(items(["PUBLICATION_RETAIL", "DRUG_RETAIL"]).licensed).toEqual(["出版物零售", "药品零售"]);
    expect(items(["HR_SERVICE_FILING"]).general).toEqual(["人力资源服务（不含职业中介活动、劳务派遣服务）"]);
  });

  it("L1001 食品销售: a food licence for selling food, not for a restaurant that only cooks", () => {
    expect(items(["FOOD_OPERATION"], { activities: ["retail"], sells_food: true, food_kind: "bulk" }).licensed).toEqual(["食品销售"]);
    expect(items(["FOOD_OPERATION"], {}, { "business.foodCategories": ["bulk", "hot-meals"] }).licensed).toEqual(["食品销售", "餐饮服务"]);
    expect(items(["FOOD_OPERATION"], { activities: ["catering"] }, { "business.foodCategories": ["hot-meals"] }).licensed).toEqual(["餐饮服务"]);
  });

  it("L1002 餐饮服务: catering answered (finder or 主体业态 or 食品经营项目), not for a shop", () => {
    expect(items(["FOOD_OPERATION"], { activities: ["catering"] }).licensed).toEqual(["餐饮服务"]);
    expect(items(["FOOD_OPERATION"], {}, { "business.operatorType": "canteen" }).licensed).toEqual(["餐饮服务"]);
    expect(items(["FOOD_OPERATION"], { activities: ["retail"], food_kind: "bulk" }).licensed).not.toContain("餐饮服务");
  });

  it("L1004 食品互联网销售 only when 网络经营 = 是", () => {
    const cafe = { activities: ["catering"] };
    expect(items(["FOOD_OPERATION"], cafe, { "business.onlineSales": "no" }).licensed).toEqual(["餐饮服务"]);
    expect(items(["FOOD_OPERATION"], cafe).licensed).toEqual(["餐饮服务"]);
    expect(items(["FOOD_OPERATION"], cafe, { "business.onlineSales": "yes" }).licensed).toEqual(["餐饮服务", "食品互联网销售"]);
  });

  it("L1008 住宿服务 for lodging; L1009 洗浴服务 only for a bathing place (a hotel without baths has none)", () => {
    const hotel = { activities: ["accommodation"] };
    expect(items(["HOTEL_SPECIAL_TRADE", "PUBLIC_PLACE_HYGIENE"], hotel).licensed).toEqual(["住宿服务"]);
    expect(items(["PUBLIC_PLACE_HYGIENE"], {}, { "business.publicPlaceType": "bathing" }).licensed).toEqual(["洗浴服务"]);
    expect(items(["PUBLIC_PLACE_HYGIENE"], { activities: ["personal_care"] }, { "business.publicPlaceType": "beauty" }).licensed).toEqual([]);
    // Typed 公共场所类别 (lodging) or the hotel permit alone also say 住宿.
    expect(items(["PUBLIC_PLACE_HYGIENE"], {}, { "business.publicPlaceType": "lodging" }).licensed).toEqual(["住宿服务"]);
    expect(items(["HOTEL_SPECIAL_TRADE"]).licensed).toEqual(["住宿服务"]);
  });

  it("L1013/L1014 歌舞 or 游艺 as the 娱乐场所类型 says; neither before it is answered", () => {
    expect(items(["ENTERTAINMENT_VENUE"], {}, { "business.entertainmentType": "song-dance" }).licensed).toEqual(["歌舞娱乐活动"]);
    expect(items(["ENTERTAINMENT_VENUE"], {}, { "business.entertainmentType": "amusement" }).licensed).toEqual(["游艺娱乐活动"]);
    expect(items(["ENTERTAINMENT_VENUE"]).licensed).toEqual([]);
  });

  it("L1016/L1029–L1031 高危险性体育运动: one term per sport opened, not 游泳 for a climbing wall", () => {
    expect(items(["HIGH_RISK_SPORTS"], {}, { "business.sportsItems": ["climbing"] }).licensed).toEqual(["高危险性体育运动（攀岩）"]);
    expect(items(["HIGH_RISK_SPORTS"], {}, { "business.sportsItems": ["swimming", "snowboarding", "diving"] }).licensed).toEqual([
      "高危险性体育运动（游泳）",
      "高危险性体育运动（滑雪）",
      "高危险性体育运动（潜水）",
    ]);
  });

  it("G2001 仅销售预包装食品 with its filing, but not beside a 食品经营许可 (which covers it)", () => {
    expect(items(["PREPACKAGED_FOOD_FILING"]).general).toEqual(["食品销售（仅销售预包装食品）"]);
    const both = items(["PREPACKAGED_FOOD_FILING", "FOOD_OPERATION"], { food_kind: "prepackaged" });
    expect(both.general).toEqual([]);
    expect(both.licensed).toEqual(["食品销售"]);
  });

  it("G2003 第一类医疗器械销售 from the answer; G2002 第二类 with its filing", () => {
    expect(items([], { medical_devices: "class1" }).general).toEqual(["第一类医疗器械销售"]);
    expect(items(["MEDICAL_DEVICE_II_FILING"], { medical_devices: "class2" }).general).toEqual(["第二类医疗器械销售"]);
    expect(items([], { medical_devices: "none" }).general).toEqual([]);
  });

  it("G2018 日用百货销售 for a shop; G2024 互联网销售 only for a shop that sells online", () => {
    expect(items([], { activities: ["retail"] }).general).toEqual(["日用百货销售"]);
    expect(items([], { activities: ["retail"] }, { "business.onlineSales": "yes" }).general).toEqual(["日用百货销售", "互联网销售（除销售需要许可的商品）"]);
    expect(items([], { activities: ["catering"] }, { "business.onlineSales": "yes" }).general).toEqual([]);
  });

  it("G2027 健身休闲活动 for a sports venue", () => {
    expect(items([], { activities: ["sport"] }).general).toEqual(["健身休闲活动"]);
  });

  it("a term of a matter not chosen is never added, whatever the answers", () => {
    expect(
      items([], { activities: ["catering", "accommodation"], food_kind: "bulk" }, { "business.onlineSales": "yes", "business.publicPlaceType": "bathing" })
        .licensed,
    ).toEqual([]);
  });

  it("the answers' derived values count (食品经营项目 from the finder's food kind)", () => {
    // business.foodCategories = prepackaged is derived from food_kind; the licence then says 食品销售.
    expect(items(["FOOD_OPERATION"], { activities: ["retail"], sells_food: true, food_kind: "prepackaged" }).licensed).toEqual(["食品销售"]);
  });

  it("a typed scope wins; an existing enterprise keeps its registered scope", () => {
    const typed = deriveKnown({
      dictionary,
      isNewEnterprise: true,
      known: {},
      values: { "subject.businessScope": "日用百货销售" },
      answers: { activities: ["retail"] },
      scope: { terms: TERMS, matterCodes: [] },
    });
    expect(typed["subject.businessScope"]).toBeUndefined();
    const registered = deriveKnown({
      dictionary,
      isNewEnterprise: false,
      known: { "subject.businessScope": { value: "一般项目：日用品销售。", source: "企业登记信息" } },
      values: {},
      answers: { activities: ["retail"] },
      scope: { terms: TERMS, matterCodes: [] },
    });
    expect(registered["subject.businessScope"]).toBeUndefined();
  });
});
