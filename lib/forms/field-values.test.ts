import { describe, expect, it } from "vitest";
import { enterprises } from "@/prisma/seed/data/enterprises";
import { addressProblem, draftProblems as draftIssues, missingRequired as missingIssues, splitDraft, valueProblem as valueIssue } from "./field-values";
import type { FieldDef } from "./merge-form";
import { problem, problemText, type Problem } from "./problem";
import { zh } from "@/tests/support/messages";

/** The words a Chinese visitor reads (the validators answer catalog keys with parameters). */
const words = (p: Problem | null) => (p ? problemText(zh, p) : null);
const all = (r: Record<string, Problem>) => Object.fromEntries(Object.entries(r).map(([k, p]) => [k, problemText(zh, p)]));
const valueProblem = (...a: Parameters<typeof valueIssue>) => words(valueIssue(...a));
const missingRequired = (...a: Parameters<typeof missingIssues>) => all(missingIssues(...a));
const draftProblems = (...a: Parameters<typeof draftIssues>) => all(draftIssues(...a));

const def = (type: string, options: string[] | null = null, key = `k.${type.toLowerCase()}`): FieldDef => ({
  key,
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
    // A wrong check character is a typo or an invented code: refused, with the check character it needs.
    ["USCC", null, "91350100M000100Y44", "校验位应为 3"],
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

describe("addresses (住所, 经营场所地址: their own check, shared with 变更登记)", () => {
  const premises = def("TEXT", null, "premises.address");
  it.each([
    ["上海市金山区石化街道卫零路1号", null],
    ["金山区朱泾镇新农路88号", null],
    ["上海市金山区亭林镇油车村3组", null],
    ["卫零路", "至少 6 个字"],
    ["测试填写内容", "请填写完整地址"],
    ["上海市金山区石化街道", "请填写完整地址"],
    ["Room 1, 88 Road", "请填写完整地址"],
    [`上海市金山区${"卫".repeat(300)}1号`, "不能超过 200 个字"],
  ])("%s → %s", (value, expected) => {
    const p = valueProblem(premises, value);
    if (expected === null) expect(p).toBeNull();
    else expect(p).toContain(expected);
  });
  it("every registered address in the seed passes", () => {
    for (const e of enterprises) expect(addressProblem("住所", e.address), e.address).toBeNull();
  });
  it("applies to address keys only (a shop name with no number is fine)", () => {
    expect(valueProblem(def("TEXT", null, "premises.name"), "晨光便利店")).toBeNull();
    expect(valueProblem(def("TEXT", null, "premises.storageAddress"), "仓库")).toContain("至少 6 个字");
  });
});

describe("drafts and required fields", () => {
  const d = def("TEXT");
  const dict = new Map([[d.key, d]]);
  it("refuses keys the form does not have", () => {
    expect(draftProblems({ "k.text": "x", other: "y" }, dict, new Set(["k.text"]))).toEqual({ other: "表单中没有“other”这一项，请刷新页面后重试" });
  });
  it("refuses any value sent for a registry fact, valid or not", () => {
    const uscc = def("USCC", null, "subject.uscc");
    const dictUscc = new Map([[uscc.key, uscc]]);
    const p = draftProblems({ "subject.uscc": "91350100M000100Y43" }, dictUscc, new Set([uscc.key]), new Set([uscc.key]));
    expect(p["subject.uscc"]).toContain("以企业登记信息为准");
    expect(p["subject.uscc"]).toContain("变更登记");
  });
  it("a partial save keeps good values, keeps the stored value of a refused one, never a registry fact", () => {
    const kept = splitDraft({
      values: { a: " 好 ", b: "坏", c: "", d: ["x"], "subject.uscc": "X" },
      previous: { b: "原来的", c: "被清空", "subject.uscc": "旧" },
      problems: {
        b: problem("domain.forms.errors.value.number", { label: "b" }),
        "subject.uscc": problem("domain.forms.errors.registryFact", { label: "uscc" }),
      },
      registry: new Set(["subject.uscc"]),
    });
    expect(kept).toEqual({ a: "好", b: "原来的", d: ["x"] });
  });
  it("lists required fields still empty", () => {
    expect(missingRequired([d], { "k.text": "  " })).toEqual({ "k.text": "请填写“字段TEXT”" });
    expect(missingRequired([d], { "k.text": "有" })).toEqual({});
  });
});
