import { describe, expect, it } from "vitest";
import { makeOrgCode, newCompanyUscc } from "./org-code";
import { validateUscc } from "./uscc";

describe("new company USCC", () => {
  it("is valid under GB 32100, in the district, with a valid GB 11714 organization code, for any draw", () => {
    for (const r of [0, 0.13, 0.5, 0.77, 0.999999]) {
      const uscc = newCompanyUscc("310116", () => r);
      expect(validateUscc(uscc)).toMatchObject({ valid: true });
      expect(uscc.slice(0, 10)).toBe("91310116MA");
      expect(makeOrgCode(uscc.slice(8, 16))).toBe(uscc.slice(8, 17));
    }
  });

  it("differs between draws and refuses a malformed division code", () => {
    let n = 0;
    const seq = () => (n += 0.173) % 1;
    expect(newCompanyUscc("310116", seq)).not.toBe(newCompanyUscc("310116", seq));
    expect(() => newCompanyUscc("31011", Math.random)).toThrow();
  });
});
