import { describe, it, expect } from "vitest";
import { USCC_CHARSET, usccCheckChar, validateUscc, isValidUscc, makeUscc } from "./uscc";
import * as ids from "./index";
import { problemText } from "./problem";
import { zh } from "@/tests/support/messages";

/** The problem's words as a Chinese visitor reads them. */
const words = (r: { problems: Parameters<typeof problemText>[1][] }) => (r.problems.length ? r.problems.map((p) => problemText(zh, p)).join("；") : undefined);

describe("USCC_CHARSET", () => {
  it("has the 31 GB 32100-2015 characters in value order", () => {
    expect(USCC_CHARSET).toBe("0123456789ABCDEFGHJKLMNPQRTUWXY");
    expect(USCC_CHARSET).toHaveLength(31);
  });

  it.each(["I", "O", "Z", "S", "V"])("excludes %s", (ch) => {
    expect(USCC_CHARSET.includes(ch)).toBe(false);
  });
});

describe("usccCheckChar", () => {
  // Expected values computed independently with weights 3^(i-1) mod 31.
  it.each([
    ["91350100M000100Y4", "3"], // GB 32100-2015 published example
    ["91110108000000000", "7"],
    ["91110108000000001", "A"],
    ["91110108000000008", "0"], // 31 - 0 = 31 → '0'
    ["91110108000000009", "3"],
    ["9111010800000000W", "X"],
    ["9111010800000000X", "1"],
    ["9111010800000000Y", "4"],
  ])("%s → %s", (first17, expected) => {
    expect(usccCheckChar(first17)).toBe(expected);
  });

  it("uses weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28", () => {
    const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    weights.forEach((w, i) => {
      // A single '1' at position i gives sum = w, so C18 = 31 - w.
      const first17 = `${"0".repeat(i)}1${"0".repeat(16 - i)}`;
      expect(usccCheckChar(first17)).toBe(USCC_CHARSET.charAt(31 - w));
    });
  });

  it.each([
    ["too short", "91350100M000100Y"],
    ["too long", "91350100M000100Y43"],
    ["forbidden I", "91350100I000100Y4"],
    ["lowercase", "91350100m000100Y4"],
    ["empty", ""],
  ])("throws on %s", (_label, first17) => {
    expect(() => usccCheckChar(first17)).toThrow();
  });
});

describe("validateUscc — valid codes", () => {
  it.each(["91350100M000100Y43", "911101080000000007", "91110108000000001A", "911101080000000080", "9111010800000000WX"])("%s is valid", (code) => {
    const r = validateUscc(code);
    expect(r).toEqual({ normalized: code, valid: true, issues: [], problems: [] });
    expect(isValidUscc(code)).toBe(true);
  });
});

describe("validateUscc — wrong check character is a CHECK_CHAR warning", () => {
  it.each([
    ["91350100M000100Y44", "3"],
    ["91350100M000100Y4A", "3"],
    ["911101080000000081", "0"],
    ["91110108000000001B", "A"],
  ])("%s → expected %s", (code, expected) => {
    const r = validateUscc(code);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual(["CHECK_CHAR"]);
    expect(r.expectedCheckChar).toBe(expected);
    expect(words(r)).toBe(`统一社会信用代码校验位应为 ${expected}，请核对`);
    expect(isValidUscc(code)).toBe(false);
  });
});

describe("validateUscc — length", () => {
  it.each([
    ["91350100M000100Y4", 17],
    ["91350100M000100Y433", 19],
    ["9135", 4],
  ])("%s has %i characters", (code, len) => {
    const r = validateUscc(code);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual(["LENGTH"]);
    expect(r.expectedCheckChar).toBeUndefined();
    expect(words(r)).toBe(`统一社会信用代码应为18位，当前为${len}位`);
  });

  it.each(["", "   ", "\u3000\t\n"])("empty input %j gives EMPTY", (input) => {
    const r = validateUscc(input);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual(["EMPTY"]);
    expect(r.normalized).toBe("");
    expect(words(r)).toMatch(/统一社会信用代码/);
  });
});

describe("validateUscc — forbidden characters", () => {
  it.each([
    ["I", "91350100I000100Y43"],
    ["O", "91350100O000100Y43"],
    ["Z", "91350100Z000100Y43"],
    ["S", "91350100S000100Y43"],
    ["V", "91350100V000100Y43"],
    ["-", "91350100-000100Y43"],
    ["中", "91350100中000100Y43"],
  ])("rejects %s", (ch, code) => {
    const r = validateUscc(code);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual(["CHARSET"]);
    expect(r.expectedCheckChar).toBeUndefined();
    expect(words(r)).toContain(`“${ch}”`);
  });

  it("rejects a forbidden check character", () => {
    const r = validateUscc("91350100M000100Y4I");
    expect(r.issues).toEqual(["CHARSET"]);
  });

  it("reports both LENGTH and CHARSET when both are wrong", () => {
    const r = validateUscc("9135O");
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual(["LENGTH", "CHARSET"]);
    expect(words(r)).toContain("当前为5位");
    expect(words(r)).toContain("“O”");
  });
});

describe("validateUscc — normalization", () => {
  it.each([
    ["lowercase", "91350100m000100y43"],
    ["surrounding whitespace", "  91350100M000100Y43\n"],
    ["inner spaces", "9135 0100 M000 100Y 43"],
    ["full-width", "９１３５０１００Ｍ０００１００Ｙ４３"],
    ["full-width lowercase + ideographic space", "９１３５０１００\u3000ｍ０００１００ｙ４３"],
    ["tab and NBSP", "91350100\tM000100\u00a0Y43"],
  ])("%s", (_label, input) => {
    const r = validateUscc(input);
    expect(r.normalized).toBe("91350100M000100Y43");
    expect(r.valid).toBe(true);
    expect(isValidUscc(input)).toBe(true);
  });

  it("normalizes before reporting a wrong check char", () => {
    const r = validateUscc("９１３５０１００ｍ０００１００ｙ４ａ");
    expect(r.normalized).toBe("91350100M000100Y4A");
    expect(r.issues).toEqual(["CHECK_CHAR"]);
    expect(r.expectedCheckChar).toBe("3");
  });

  it("never throws on non-string input at runtime", () => {
    const bogus = null as unknown as string;
    expect(() => validateUscc(bogus)).not.toThrow();
    expect(validateUscc(bogus).issues).toEqual(["EMPTY"]);
  });
});

describe("makeUscc", () => {
  it.each([
    ["91350100M000100Y4", "91350100M000100Y43"],
    ["91110108000000008", "911101080000000080"],
    ["92440300MA5F00000", `92440300MA5F00000${usccCheckChar("92440300MA5F00000")}`],
  ])("%s → %s", (first17, full) => {
    expect(makeUscc(first17)).toBe(full);
    expect(isValidUscc(makeUscc(first17))).toBe(true);
  });

  it("round-trips for every character in every position", () => {
    for (let pos = 0; pos < 17; pos++) {
      for (const ch of USCC_CHARSET) {
        const first17 = "91350100M000100Y4".slice(0, pos) + ch + "91350100M000100Y4".slice(pos + 1);
        const code = makeUscc(first17);
        expect(validateUscc(code).valid).toBe(true);
      }
    }
  });

  it("detects any single-character substitution", () => {
    const code = "91350100M000100Y43";
    for (let pos = 0; pos < 18; pos++) {
      for (const ch of USCC_CHARSET) {
        if (ch === code.charAt(pos)) continue;
        const mutated = code.slice(0, pos) + ch + code.slice(pos + 1);
        expect(isValidUscc(mutated)).toBe(false);
      }
    }
  });

  it.each(["9135", "91350100O000100Y4"])("throws on bad input %s", (first17) => {
    expect(() => makeUscc(first17)).toThrow();
  });
});

describe("index re-exports", () => {
  it("exposes the USCC API", () => {
    expect(ids.validateUscc).toBe(validateUscc);
    expect(ids.makeUscc).toBe(makeUscc);
    expect(ids.usccCheckChar).toBe(usccCheckChar);
    expect(ids.isValidUscc).toBe(isValidUscc);
    expect(ids.USCC_CHARSET).toBe(USCC_CHARSET);
  });
});
