import { describe, expect, it } from "vitest";
import { fields } from "@/prisma/seed/data/fields";
import { makeResidentId, validateResidentId } from "@/lib/ids/resident-id";
import { makeUscc, validateUscc } from "@/lib/ids/uscc";
import { missingRequired as missingIssues, valueProblem as valueIssue } from "@/lib/forms/field-values";
import { problemText, type Problem } from "@/lib/forms/problem";
import { zh } from "@/tests/support/messages";
import type { FieldDef } from "@/lib/forms/merge-form";
import { parseShareholders as parseRaw, totalCapitalWan, totalCapitalYuan, type Shareholder } from "@/lib/forms/shareholders";

/** The words a Chinese visitor reads (the validators answer catalog keys with parameters). */
const words = (p: Problem | null) => (p ? problemText(zh, p) : null);
const all = (r: Record<string, Problem>) => Object.fromEntries(Object.entries(r).map(([k, p]) => [k, problemText(zh, p)]));
const valueProblem = (...a: Parameters<typeof valueIssue>) => words(valueIssue(...a));
const missingRequired = (...a: Parameters<typeof missingIssues>) => all(missingIssues(...a));
const parseShareholders = (text: string) => {
  const r = parseRaw(text);
  return { rows: r.rows, problems: r.problems.map((p) => problemText(zh, p)) };
};

const RID_A = makeResidentId("31011619800101123"); // 310116198001011234
const RID_B = makeResidentId("31011619850615234"); // ends with X
const USCC_A = makeUscc("91310116MA1ABC34D");
const PASSPORT = "E12345678";
// 18 digits: RID_A with a wrong check character; it is neither a resident ID nor a USCC.
const BAD_18 = `${RID_A.slice(0, 17)}${RID_A.endsWith("5") ? "6" : "5"}`;

const row = (name: string, idNumber: string, idKind: Shareholder["idKind"], amountWan: number): Shareholder => ({ name, idNumber, idKind, amountWan });

describe("test fixtures", () => {
  it("are what the tests assume", () => {
    expect(validateResidentId(RID_A).valid).toBe(true);
    expect(RID_B.endsWith("X")).toBe(true);
    expect(validateResidentId(RID_B).valid).toBe(true);
    expect(validateUscc(USCC_A).valid).toBe(true);
    expect(BAD_18).toHaveLength(18);
    expect(validateResidentId(BAD_18).valid).toBe(false);
    expect(validateUscc(BAD_18).valid).toBe(false);
  });
});

describe("parseShareholders: valid lists", () => {
  it.each<[string, string, Shareholder[]]>([
    ["one resident ID, plain amount", `张三 ${RID_A} 50`, [row("张三", RID_A, "resident-id", 50)]],
    ["amount with 万元 suffix", `张三 ${RID_A} 50万元`, [row("张三", RID_A, "resident-id", 50)]],
    ["amount with 万 suffix and decimals", `张三 ${RID_A} 25.5万`, [row("张三", RID_A, "resident-id", 25.5)]],
    ["four decimals of 万元", `张三 ${RID_A} 0.0001`, [row("张三", RID_A, "resident-id", 0.0001)]],
    ["a USCC (company shareholder)", `上海某某有限公司 ${USCC_A} 100`, [row("上海某某有限公司", USCC_A, "uscc", 100)]],
    ["a passport-like number is 'other'", `John ${PASSPORT} 10`, [row("John", PASSPORT, "other", 10)]],
    ["lowercase passport letters are uppercased", `John e12345678 10`, [row("John", PASSPORT, "other", 10)]],
    ["lowercase x check character is uppercased", `李四 ${RID_B.toLowerCase()} 30`, [row("李四", RID_B, "resident-id", 30)]],
    ["full-width comma separators", `李娜，${USCC_A}，25.5`, [row("李娜", USCC_A, "uscc", 25.5)]],
    ["、 separators", `李娜、${RID_A}、25.5万元`, [row("李娜", RID_A, "resident-id", 25.5)]],
    ["ASCII comma, semicolons and mixed whitespace", `李娜, ${RID_A}；\t 7`, [row("李娜", RID_A, "resident-id", 7)]],
    [
      "several lines, blank lines and CRLF ignored",
      `\n张三 ${RID_A} 50万元\r\n\r\n   \n李四，${RID_B}，25.5\n上海某某有限公司、${USCC_A}、100万\n\n`,
      [row("张三", RID_A, "resident-id", 50), row("李四", RID_B, "resident-id", 25.5), row("上海某某有限公司", USCC_A, "uscc", 100)],
    ],
  ])("%s", (_name, text, rows) => {
    expect(parseShareholders(text)).toEqual({ rows, problems: [] });
  });

  it("an empty or blank text has neither rows nor problems", () => {
    expect(parseShareholders("")).toEqual({ rows: [], problems: [] });
    expect(parseShareholders("  \n\n \r\n")).toEqual({ rows: [], problems: [] });
  });
});

describe("parseShareholders: names with spaces, units apart", () => {
  it("a foreign name keeps its spaces; the unit may follow the number after a space", () => {
    expect(parseShareholders(`John Smith E12345678 10\n张三 ${RID_A} 50 万元`)).toEqual({
      rows: [
        { name: "John Smith", idNumber: "E12345678", idKind: "other", amountWan: 10 },
        { name: "张三", idNumber: RID_A, idKind: "resident-id", amountWan: 50 },
      ],
      problems: [],
    });
  });
});

describe("parseShareholders: problems name the line", () => {
  it.each<[string, string, string[]]>([
    ["two parts", `张三 ${RID_A}`, ["第1行", "三项"]],
    ["one part", "张三", ["第1行", "三项"]],
    ["only separators", "，、；", ["第1行", "三项"]],
    ["18 characters failing both check characters", `张三 ${BAD_18} 50`, ["第1行", BAD_18, "校验不通过"]],
    ["18 characters, not a number", "张三 ABCDEFGHJK12345678 50", ["第1行", "校验不通过"]],
    ["too short to be any ID", "张三 123 50", ["第1行", "“123”", "校验不通过"]],
    ["ID with characters outside letters and digits", "张三 E1234-5678 50", ["第1行", "校验不通过"]],
    ["amount zero", `张三 ${RID_A} 0`, ["第1行", "“0”", "大于 0"]],
    ["amount 0.0万", `张三 ${RID_A} 0.0万`, ["第1行", "“0.0万”", "大于 0"]],
    ["negative amount", `张三 ${RID_A} -5`, ["第1行", "“-5”", "大于 0"]],
    ["non-numeric amount", `张三 ${RID_A} 五十`, ["第1行", "“五十”", "大于 0"]],
    ["five decimals", `张三 ${RID_A} 0.00001`, ["第1行", "大于 0"]],
    ["unit 元 instead of 万元", `张三 ${RID_A} 500000元`, ["第1行", "“500000元”", "大于 0"]],
  ])("%s", (_name, text, fragments) => {
    const { rows, problems } = parseShareholders(text);
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(1);
    for (const f of fragments) expect(problems[0]).toContain(f);
  });

  it("counts blank lines, so the number is the line the applicant sees", () => {
    const { rows, problems } = parseShareholders(`张三 ${RID_A} 50\n\n李四 ${RID_B}\n\n王五 ${BAD_18} 10\n赵六 ${USCC_A} abc`);
    expect(rows).toEqual([row("张三", RID_A, "resident-id", 50)]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^第3行/);
    expect(problems[0]).toContain("三项");
    expect(problems[1]).toMatch(/^第5行/);
    expect(problems[1]).toContain("校验不通过");
    expect(problems[2]).toMatch(/^第6行/);
    expect(problems[2]).toContain("“abc”");
  });

  it("a bad ID and a bad amount on one line give two problems for that line", () => {
    const { rows, problems } = parseShareholders(`张三 ${BAD_18} 0`);
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(2);
    expect(problems.every((p) => p.startsWith("第1行"))).toBe(true);
    expect(problems[0]).toContain("校验不通过");
    expect(problems[1]).toContain("大于 0");
  });

  it("the wrong-number-of-parts message gives an example", () => {
    expect(parseShareholders("张三")).toEqual({ rows: [], problems: [expect.stringContaining("例如“张三 310116198001011234 50”")] });
  });
});

describe("parseShareholders: duplicates", () => {
  it("the same ID number twice is reported once, naming the number", () => {
    const { rows, problems } = parseShareholders(`张三 ${RID_A} 50\n李四 ${RID_B} 20\n张三 ${RID_A} 10`);
    expect(rows).toHaveLength(3);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(RID_A);
    expect(problems[0]).toContain("重复");
  });

  it("a lowercase x and an uppercase X are the same number", () => {
    const { problems } = parseShareholders(`李四 ${RID_B} 50\n李四 ${RID_B.toLowerCase()} 10`);
    expect(problems).toEqual([expect.stringContaining(`“${RID_B}”重复出现`)]);
  });

  it("an ID typed in full-width digits (Chinese IME) is stored half-width and caught as a duplicate", () => {
    const fullWidth = RID_A.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const { rows, problems } = parseShareholders(`张三 ${fullWidth} 50\n张三 ${RID_A} 10`);
    expect(rows.map((r) => r.idNumber)).toEqual([RID_A, RID_A]);
    expect(problems).toEqual([expect.stringContaining(`“${RID_A}”重复出现`)]);
  });

  it("three times gives two duplicate problems; different numbers none", () => {
    expect(parseShareholders(`a ${USCC_A} 1\nb ${USCC_A} 1\nc ${USCC_A} 1`).problems).toHaveLength(2);
    expect(parseShareholders(`a ${USCC_A} 1\nb ${RID_A} 1\nc ${RID_B} 1\nd ${PASSPORT} 1`).problems).toEqual([]);
  });
});

describe("totalCapitalYuan", () => {
  it.each<[string, number[], number]>([
    ["25.5 + 50 万 is 755000 元", [25.5, 50], 755000],
    ["0.0001 万 is 1 元", [0.0001], 1],
    ["0.1 + 0.2 万 is exactly 3000 元 (no float drift)", [0.1, 0.2], 3000],
    ["1.1 万 is exactly 11000 元", [1.1], 11000],
    ["four decimals each, summed to the 元", [0.0001, 0.0002, 12.3456], 123459],
    ["large amounts", [999999999.9999], 9999999999999],
    ["nobody", [], 0],
  ])("%s", (_name, amounts, yuan) => {
    const total = totalCapitalYuan(amounts.map((a, i) => row(`股东${i}`, `ID${i}`, "other", a)));
    expect(total).toBe(yuan);
    expect(Number.isInteger(total)).toBe(true);
  });

  it("adds the parsed list (as 注册资本 is derived)", () => {
    const { rows } = parseShareholders(`张伟 ${RID_A} 50万元\n李娜，${USCC_A}，25.5\n`);
    expect(totalCapitalYuan(rows)).toBe(755000);
  });
});

describe("valueProblem for a SHAREHOLDERS field", () => {
  const f = fields.find((x) => x.key === "subject.shareholders");
  if (!f) throw new Error("subject.shareholders missing from the field dictionary");
  const def: FieldDef = { key: f.key, label: f.label, topic: f.topic, type: f.type, options: f.options ?? null, prefillSource: f.prefillSource, sortOrder: 0 };

  it("is the SHAREHOLDERS type", () => {
    expect(def.type).toBe("SHAREHOLDERS");
  });

  it("accepts a valid list", () => {
    expect(valueProblem(def, `张伟 ${RID_A} 50万元\n李娜，${USCC_A}，25.5`)).toBeNull();
  });

  it.each<[string, string, string[]]>([
    ["wrong number of parts", `张伟 ${RID_A}`, ["第1行", "三项"]],
    ["bad check character on line 2", `张伟 ${RID_A} 50\n李娜 ${BAD_18} 20`, ["第2行", "校验不通过"]],
    ["bad amount", `张伟 ${RID_A} 零`, ["第1行", "大于 0"]],
    ["duplicate", `张伟 ${RID_A} 50\n张伟 ${RID_A} 50`, ["重复出现"]],
  ])("names the field and the line: %s", (_name, text, fragments) => {
    const p = valueProblem(def, text);
    expect(p).not.toBeNull();
    expect(p).toContain(`“${def.label}”`);
    for (const frag of fragments) expect(p).toContain(frag);
  });

  it("joins several problems into one message", () => {
    const p = valueProblem(def, `张伟\n李娜 ${RID_A} 0`);
    expect(p).toContain("第1行");
    expect(p).toContain("第2行");
    expect(p).toContain("；");
  });

  it("an empty list is left to the required-field check, which names the field", () => {
    expect(valueProblem(def, "")).toBeNull();
    expect(valueProblem(def, " \n \n")).toBeNull();
    expect(missingRequired([def], { [def.key]: "  " })).toEqual({ [def.key]: `请填写“${def.label}”` });
  });

  it("a list as an array is refused", () => {
    expect(valueProblem(def, [`张伟 ${RID_A} 50`])).toContain("只能填写一个值");
  });
});

describe("totalCapitalWan", () => {
  it("is the registered capital in 万元, exact (50 + 25.5 = 75.5; 0.1 + 0.2001 = 0.3001)", () => {
    expect(totalCapitalWan(parseShareholders(`张伟 ${RID_A} 50万元\n李娜，${USCC_A}，25.5\n`).rows)).toBe("75.5");
    expect(totalCapitalWan([row("a", "ID1", "other", 0.1), row("b", "ID2", "other", 0.2001)])).toBe("0.3001");
    expect(totalCapitalWan([])).toBe("0");
  });
});
