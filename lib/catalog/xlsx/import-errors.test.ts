import { describe, expect, it } from "vitest";
import { makeT } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";
import en from "@/lib/i18n/messages/en";
import { COLUMNS } from "./columns";
import { importErrorText } from "./import-errors";

const zh = makeT(zhCN);
const english = makeT(en);
const CJK = /[\u4e00-\u9fff]/;

describe("the Excel import's row problems in the reader's language", () => {
  it("names each column in Chinese exactly as the sheet's header (the format), and in English without Chinese", () => {
    for (const c of COLUMNS) {
      expect(zh(`domain.catalog.columns.${c.key}`)).toBe(c.title);
      expect(english(`domain.catalog.columns.${c.key}`)).not.toMatch(CJK);
    }
  });

  it("prefixes a schema problem with its column unless the problem names it, in either language", () => {
    const tooLong = { row: 4, key: "domain.catalog.errors.input.textTooLong", params: { maximum: 4000 }, column: "conditions" as const, prefixed: true };
    expect(importErrorText(tooLong, zh)).toBe("第4行：许可条件：不能超过4000个字，请精简");
    expect(importErrorText(tooLong, english)).toBe("Row 4: Licensing conditions: At most 4000 characters: please shorten it");
    const named = { row: 2, key: "domain.catalog.errors.input.nameTooShort", params: { minimum: 2 }, column: "name" as const, prefixed: true };
    expect(importErrorText(named, zh)).toBe("第2行：事项名称至少2个字");
    expect(importErrorText(named, english)).toBe("Row 2: The matter name needs at least 2 characters");
  });

  it("joins lists in the reader's language and fills the column's title", () => {
    const e = {
      row: 7,
      key: "domain.catalog.errors.row.valueNotAllowed",
      params: { value: "XXX" },
      column: "reformMode" as const,
      lists: { allowed: ["A", "B"] },
    };
    expect(importErrorText(e, zh)).toBe("第7行：改革方式“XXX”无效，应为 A、B 之一");
    expect(importErrorText(e, english)).not.toMatch(CJK);
    const dup = { row: 8, key: "domain.catalog.errors.row.codeDuplicate", params: { code: "X" }, lists: { rows: [8, 9] } };
    expect(importErrorText(dup, zh)).toBe("第8行：基本编码“X”在文件中重复出现（第8、9行），每个事项只能有一行");
    expect(importErrorText(dup, english)).toContain("(rows 8, 9)");
  });
});
