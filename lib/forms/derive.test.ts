import { describe, expect, it } from "vitest";
import { fields } from "@/prisma/seed/data/fields";
import { makeUscc } from "@/lib/ids/uscc";
import { makeResidentId } from "@/lib/ids/resident-id";
import { deriveKnown } from "./derive";
import type { FieldDef } from "./merge-form";

const dictionary = new Map<string, FieldDef>(
  fields.map((f, i) => [f.key, { key: f.key, label: f.label, topic: f.topic, type: f.type, options: f.options ?? null, prefillSource: f.prefillSource, sortOrder: i }]),
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
    const gas = (gas_use: string) => deriveKnown({ dictionary, isNewEnterprise: false, known: {}, values: {}, answers: { gas_use } })["facilities.fuelType"]?.value;
    expect([gas("pipeline"), gas("bottled"), gas("none")]).toEqual(["pipeline-gas", "bottled-lpg", undefined]);
    const format = (activities: string[]) => deriveKnown({ dictionary, isNewEnterprise: false, known: {}, values: {}, answers: { activities } })["business.retailFormat"]?.value;
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
      "subject.registeredCapital": "755000",
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
