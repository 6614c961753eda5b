import { describe, it, expect } from "vitest";
import { residentIdCheckChar, validateResidentId, makeResidentId, maskResidentId, maskName } from "./resident-id";
import * as ids from "./index";
import { problemText } from "./problem";
import { zh } from "@/tests/support/messages";

/** The problem's words as a Chinese visitor reads them. */
const words = (r: { problems: Parameters<typeof problemText>[1][] }) => (r.problems.length ? r.problems.map((p) => problemText(zh, p)).join("；") : undefined);

const NOW = new Date("2025-06-15T12:00:00+08:00");

describe("residentIdCheckChar (ISO 7064 MOD 11-2)", () => {
  it.each([
    ["11010519491231002", "X"], // GB 11643-1999 example
    ["44052418800101001", "4"], // GB 11643-1999 example
    ["11010120000229000", "X"],
    ["11010120000229001", "8"],
    ["11010119960229001", "6"],
    ["11010119000101001", "4"],
    ["11010120240229002", "4"],
  ])("%s → %s", (first17, expected) => {
    expect(residentIdCheckChar(first17)).toBe(expected);
  });

  it.each([
    ["16 digits", "1101051949123100"],
    ["18 digits", "110105194912310021"],
    ["letter", "1101051949123100A"],
    ["empty", ""],
  ])("throws on %s", (_label, first17) => {
    expect(() => residentIdCheckChar(first17)).toThrow();
  });
});

describe("validateResidentId — valid IDs", () => {
  it.each([
    ["11010519491231002X", "1949-12-31", "F"],
    ["110101200002290018", "2000-02-29", "M"], // leap year (divisible by 400)
    ["110101199602290016", "1996-02-29", "M"],
    ["110101202402290024", "2024-02-29", "F"],
    ["110101190001010014", "1900-01-01", "M"],
    ["11010120000229000X", "2000-02-29", "F"],
  ])("%s → born %s, sex %s", (id, birthDate, sex) => {
    const r = validateResidentId(id, NOW);
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.normalized).toBe(id);
    expect(r.birthDate).toBe(birthDate);
    expect(r.sex).toBe(sex);
    expect(r.expectedCheckChar).toBeUndefined();
    expect(words(r)).toBeUndefined();
  });
});

describe("validateResidentId — X check char and normalization", () => {
  it.each([
    ["lowercase x", "11010519491231002x"],
    ["full-width Ｘ", "11010519491231002Ｘ"],
    ["full-width lowercase ｘ", "１１０１０５１９４９１２３１００２ｘ"],
    ["spaces", " 110105 19491231 002X "],
    ["ideographic space", "110105\u300019491231002X"],
  ])("accepts %s", (_label, input) => {
    const r = validateResidentId(input, NOW);
    expect(r.normalized).toBe("11010519491231002X");
    expect(r.valid).toBe(true);
  });

  it("flags a digit where X is expected", () => {
    const r = validateResidentId("110105194912310020", NOW);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual(["CHECK_CHAR"]);
    expect(r.expectedCheckChar).toBe("X");
    expect(words(r)).toBe("身份证号码校验位应为 X，请核对");
  });
});

describe("validateResidentId — wrong check character", () => {
  it.each([
    ["110101200002290019", "8"],
    [`${"11010120000229000X".slice(0, 17)}1`, "X"],
    ["440524200001010014", residentIdCheckChar("44052420000101001")],
  ])("%s → expected %s", (id, expected) => {
    const r = validateResidentId(id, NOW);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual(["CHECK_CHAR"]);
    expect(r.expectedCheckChar).toBe(expected);
    expect(words(r)).toContain(`校验位应为 ${expected}`);
    // Birth date and sex are still decoded.
    expect(r.birthDate).toBeDefined();
    expect(r.sex).toBeDefined();
  });
});

describe("validateResidentId — length and format", () => {
  it.each([
    ["", "EMPTY"],
    ["   ", "EMPTY"],
    ["11010519491231002", "LENGTH"],
    ["11010519491231002X1", "LENGTH"],
    ["110105491231002", "LENGTH"], // legacy 15-digit numbers are not accepted
    ["11010519491231002Y", "FORMAT"],
    ["X10105194912310021", "FORMAT"],
    ["1101051949123100X2", "FORMAT"],
    ["11010519491231-02X", "FORMAT"],
  ])("%j → %s", (input, issue) => {
    const r = validateResidentId(input, NOW);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual([issue]);
    expect(r.birthDate).toBeUndefined();
    expect(words(r)).toBeTruthy();
  });

  it("reports the actual length in Chinese", () => {
    expect(words(validateResidentId("11010519491231002", NOW))).toBe("身份证号码应为18位，当前为17位");
  });

  it("never throws on non-string input at runtime", () => {
    const bogus = undefined as unknown as string;
    expect(() => validateResidentId(bogus)).not.toThrow();
    expect(validateResidentId(bogus).issues).toEqual(["EMPTY"]);
  });
});

describe("validateResidentId — birth date", () => {
  it.each([
    ["Feb 29 on non-leap 2001", "2001", "0229"],
    ["Feb 29 on century non-leap 1900", "1900", "0229"],
    ["Feb 29 on non-leap 2023", "2023", "0229"],
    ["Feb 30", "2000", "0230"],
    ["Apr 31", "1990", "0431"],
    ["month 13", "1990", "1301"],
    ["month 00", "1990", "0001"],
    ["day 00", "1990", "0100"],
    ["before 1900", "1899", "1231"],
    ["1880 (standard's example)", "1880", "0101"],
    ["future", "2030", "0101"],
  ])("rejects %s", (_label, year, mmdd) => {
    const id = makeResidentId(`110101${year}${mmdd}001`);
    const r = validateResidentId(id, NOW);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual(["BIRTH_DATE"]);
    expect(r.birthDate).toBeUndefined();
    expect(words(r)).toMatch(/出生日期/);
  });

  it.each([
    ["Feb 29 on leap 2000", "20000229"],
    ["Feb 29 on leap 2024", "20240229"],
    ["Feb 28 on non-leap 2023", "20230228"],
    ["Dec 31", "19991231"],
  ])("accepts %s", (_label, yyyymmdd) => {
    const r = validateResidentId(makeResidentId(`110101${yyyymmdd}001`), NOW);
    expect(r.valid).toBe(true);
    expect(r.birthDate).toBe(`${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6)}`);
  });

  it.each([
    // [birth date, now, valid]
    ["20250615", "2025-06-15T12:00:00+08:00", true], // born today
    ["20250616", "2025-06-15T12:00:00+08:00", false], // tomorrow
    ["20250616", "2025-06-16T00:30:00+08:00", true], // just after midnight in China
    ["20250616", "2025-06-15T16:30:00Z", true], // same instant expressed in UTC
    ["20250616", "2025-06-15T15:30:00Z", false], // 23:30 in China the day before
  ])("birth %s relative to now=%s → valid %s", (yyyymmdd, now, valid) => {
    const r = validateResidentId(makeResidentId(`110101${yyyymmdd}002`), new Date(now));
    expect(r.valid).toBe(valid);
    expect(r.issues).toEqual(valid ? [] : ["BIRTH_DATE"]);
  });

  it("defaults now to the current time", () => {
    const nextYear = new Date().getFullYear() + 1;
    const r = validateResidentId(makeResidentId(`110101${nextYear}0101001`));
    expect(r.issues).toEqual(["BIRTH_DATE"]);
  });

  it("reports BIRTH_DATE and CHECK_CHAR together", () => {
    const first17 = "11010120010229001";
    const wrong = residentIdCheckChar(first17) === "0" ? "1" : "0";
    const r = validateResidentId(first17 + wrong, NOW);
    expect(r.issues).toEqual(["BIRTH_DATE", "CHECK_CHAR"]);
    expect(r.expectedCheckChar).toBe(residentIdCheckChar(first17));
  });
});

describe("validateResidentId — sex", () => {
  it.each([
    ["0", "F"],
    ["1", "M"],
    ["2", "F"],
    ["7", "M"],
    ["8", "F"],
    ["9", "M"],
  ])("17th digit %s → %s", (digit, sex) => {
    const r = validateResidentId(makeResidentId(`1101011990010100${digit}`), NOW);
    expect(r.valid).toBe(true);
    expect(r.sex).toBe(sex);
  });
});

describe("makeResidentId", () => {
  it.each([
    ["11010519491231002", "11010519491231002X"],
    ["44052418800101001", "440524188001010014"],
  ])("%s → %s", (first17, full) => {
    expect(makeResidentId(first17)).toBe(full);
  });

  it("detects any single-digit substitution", () => {
    const id = "110101199003070019";
    expect(validateResidentId(makeResidentId(id.slice(0, 17)), NOW).valid).toBe(true);
    const base = makeResidentId(id.slice(0, 17));
    for (let pos = 0; pos < 18; pos++) {
      for (const ch of "0123456789X") {
        if (ch === base.charAt(pos)) continue;
        if (pos < 17 && ch === "X") continue;
        const mutated = base.slice(0, pos) + ch + base.slice(pos + 1);
        expect(validateResidentId(mutated, NOW).valid).toBe(false);
      }
    }
  });

  it.each(["1101051949", "1101051949123100A"])("throws on %s", (first17) => {
    expect(() => makeResidentId(first17)).toThrow();
  });
});

describe("maskResidentId", () => {
  it.each([
    ["11010519491231123X", "110***********123X"],
    ["11010519491231002x", "110***********002X"],
    ["440524188001010014", "440***********0014"],
    [" 110105 19491231002X ", "110***********002X"],
    ["12345678", "123*5678"],
    ["1234567", "*******"],
    ["", ""],
  ])("%j → %s", (input, masked) => {
    expect(maskResidentId(input)).toBe(masked);
  });

  it("does not leak the birth date", () => {
    expect(maskResidentId("11010519491231002X")).not.toContain("1949");
  });
});

describe("maskName", () => {
  it.each([
    ["张三", "张*"],
    ["欧阳娜娜", "欧***"],
    ["李小龙", "李**"],
    ["王", "*"],
    [" 张三 ", "张*"],
    ["买买提·艾力", "买*****"],
    ["𠀋小明", "𠀋**"], // astral-plane character counts as one
    ["", ""],
  ])("%j → %j", (input, masked) => {
    expect(maskName(input)).toBe(masked);
  });
});

describe("index re-exports", () => {
  it("exposes the resident-ID API", () => {
    expect(ids.validateResidentId).toBe(validateResidentId);
    expect(ids.makeResidentId).toBe(makeResidentId);
    expect(ids.residentIdCheckChar).toBe(residentIdCheckChar);
    expect(ids.maskResidentId).toBe(maskResidentId);
    expect(ids.maskName).toBe(maskName);
  });
});
