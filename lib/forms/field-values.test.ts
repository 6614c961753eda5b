import { describe, expect, it } from "vitest";
import { draftProblems, missingRequired, valueProblem } from "./field-values";
import type { FieldDef } from "./merge-form";

const def = (type: string, options: string[] | null = null): FieldDef => ({
  key: `k.${type.toLowerCase()}`,
  label: `字段${type}`,
  topic: "SUBJECT",
  type,
  options: options?.map((v) => ({ value: v, label: v })) ?? null,
  prefillSource: null,
  sortOrder: 0,
});

describe("valueProblem", () => {
  it.each<[string, string[] | null, string | string[], string | null]>([
    ["NUMBER", null, "80", null],
    ["NUMBER", null, "80.25", null],
    ["NUMBER", null, "八十", "请填写数字"],
    ["NUMBER", null, "-5", "请填写数字"],
    ["DATE", null, "2026-02-28", null],
    ["DATE", null, "2026-02-30", "有效日期"],
    ["DATE", null, "2026/02/01", "有效日期"],
    ["SELECT", ["a", "b"], "a", null],
    ["SELECT", ["a", "b"], "z", "请从列表中选择"],
    ["MULTISELECT", ["a", "b"], ["a", "b"], null],
    ["MULTISELECT", ["a", "b"], ["a", "x"], "选项“x”不在可选范围内"],
    ["MULTISELECT", ["a"], "a", "应为多选"],
    ["BOOLEAN", null, "yes", null],
    ["BOOLEAN", null, "true", "请选择“是”或“否”"],
    ["PHONE", null, "13800138000", null],
    ["PHONE", null, "021-57930000", null],
    ["PHONE", null, "12345", "11位手机号码"],
    ["ID_NUMBER", null, "11010519491231002X", null],
    ["ID_NUMBER", null, "110105194912310021", "校验"],
    ["USCC", null, "91350100M000100Y43", null],
    ["USCC", null, "91350100M000100Y44", null],
    ["USCC", null, "9135", "18位"],
    ["TEXT", null, "", null],
    ["TEXT", null, ["a"], "只能填写一个值"],
  ])("%s %j %j → %s", (type, options, value, expected) => {
    const p = valueProblem(def(type, options), value);
    if (expected === null) expect(p).toBeNull();
    else {
      expect(p).toContain(expected);
      expect(p).toContain(`字段${type}`);
    }
  });
});

describe("drafts and required fields", () => {
  const d = def("TEXT");
  const dict = new Map([[d.key, d]]);
  it("refuses keys the form does not have", () => {
    expect(draftProblems({ "k.text": "x", other: "y" }, dict, new Set(["k.text"]))).toEqual({ other: "表单中没有“other”这一项，请刷新页面后重试" });
  });
  it("lists required fields still empty", () => {
    expect(missingRequired([d], { "k.text": "  " })).toEqual({ "k.text": "请填写“字段TEXT”" });
    expect(missingRequired([d], { "k.text": "有" })).toEqual({});
  });
});
