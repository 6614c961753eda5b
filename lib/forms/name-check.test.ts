import { describe, expect, it } from "vitest";
import { FORM_SUFFIX, IGNORED, nameConflictMessage, nameProblem, normaliseName } from "./name-check";
import { ZRequestChange } from "@/lib/registration/rules";
import { zhIssue } from "@/tests/support/messages";

describe("normaliseName: the same name however it is typed", () => {
  const core = normaliseName("上海金山枫味餐饮管理有限公司");
  it.each([
    "上海金山枫味餐饮管理有限公司",
    "上海金山枫味餐饮管理有限责任公司",
    "上海金山枫味餐饮管理公司",
    "上海金山枫味餐饮管理",
    " 上海 金山　枫味餐饮管理 有限公司 ",
    "上海金山（枫味）餐饮管理有限公司",
    "上海金山(枫味)餐饮管理有限公司",
    "上海金山·枫味餐饮管理有限公司",
  ])("%s", (name) => {
    expect(normaliseName(name)).toBe(core);
  });
  it("full-width letters and digits are the half-width ones, case aside", () => {
    expect(normaliseName("上海ＡＢＣ１２３商贸有限公司")).toBe(normaliseName("上海abc123商贸有限公司"));
  });
  it("股份有限公司 is removed whole; a different name stays different", () => {
    expect(normaliseName("上海金山晨光股份有限公司")).toBe("上海金山晨光");
    expect(normaliseName("上海金山晨光便利店有限公司")).not.toBe(normaliseName("上海金山晨曦便利店有限公司"));
  });
});

describe("nameProblem", () => {
  it("a 10,000-character name is a clear error with its length, not cut to 100", () => {
    const p = nameProblem("上".repeat(10_000));
    expect(p).toContain("不能超过 100 个字");
    expect(p).toContain("当前 10000 个字");
  });
  it.each([
    ["上海金山晨光便利店有限公司", null],
    ["晨光", "至少 4 个字"],
    ["ABCD Trading Co.", "规范汉字"],
    ["有限公司有限公司", null],
    ["股份有限公司", "除组织形式外"],
  ])("%s → %s", (name, expected) => {
    const p = nameProblem(name);
    if (expected === null) expect(p).toBeNull();
    else expect(p).toContain(expected);
  });
  it("says which kind of conflict it is", () => {
    expect(nameConflictMessage("甲", { name: "甲", exact: true, kind: "enterprise" })).toContain("已被其他企业登记使用");
    expect(nameConflictMessage("甲 ", { name: "甲有限公司", exact: false, kind: "enterprise" })).toContain("实质相同");
    expect(nameConflictMessage("甲", { name: "甲", exact: true, kind: "pendingChange" })).toContain("正在申请变更");
  });
});

describe("the 变更登记 request validates like the one form", () => {
  const key = "k-12345678";
  const issues = (input: Record<string, string>) =>
    ZRequestChange.safeParse({ requestKey: key, reason: "业务调整", ...input }).error?.issues.map((i) => `${String(i.path[0])}: ${zhIssue(i)}`) ?? [];
  it("a 10,000-character name is refused with its length (no silent cut)", () => {
    expect(issues({ newName: "名".repeat(10_000) })).toEqual(["newName: 企业名称不能超过 100 个字（当前 10000 个字），请删减后再提交"]);
  });
  it("an address must be a complete address", () => {
    expect(issues({ newAddress: "测试一下地址" })[0]).toContain("请填写完整地址");
    expect(issues({ newAddress: "住".repeat(300) })[0]).toContain("不能超过 200 个字");
    expect(issues({ newAddress: "上海市金山区龙胜路1号" })).toEqual([]);
  });
  it("a valid new name passes", () => {
    expect(issues({ newName: "上海金山新名称商贸有限公司" })).toEqual([]);
  });
});

describe("the SQL twin (prisma/sql/name-key.sql) uses the same two constants", () => {
  it("holds IGNORED and FORM_SUFFIX exactly as name-check.ts has them", async () => {
    const { readFileSync } = await import("node:fs");
    const sql = readFileSync(new URL("../../prisma/sql/name-key.sql", import.meta.url), "utf8");
    const eLiteral = `E'${IGNORED.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\t/g, "\\t").replace(/\r/g, "\\r").replace(/\n/g, "\\n")}'`;
    expect(sql).toContain(`translate(lower(normalize(name, NFKC)), ${eLiteral}, '')`);
    expect(sql).toContain(`'${FORM_SUFFIX}'`);
  });
});
