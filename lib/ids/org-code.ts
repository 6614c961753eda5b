// GB 11714 organization code (组织机构代码), positions 9–17 of a USCC. Pure module (server, browser, seed).
import { USCC_CHARSET, makeUscc } from "./uscc";

/**
 * 8 characters + check character. Character values: 0–9, A=10 … Z=35; weights 3,7,9,10,5,8,4,2;
 * C9 = 11 − (Σ mod 11), 10 → "X", 11 → "0". Codes issued since the 2015 USCC reform start with "MA"
 * (e.g. 91310116MA1J…), older ones are all digits.
 */
export function makeOrgCode(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) throw new Error(`makeOrgCode: expected 8 characters 0-9/A-Z, got "${first8}"`);
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const value = (ch: string): number => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55);
  const sum = weights.reduce((acc, w, i) => acc + w * value(first8.charAt(i)), 0);
  const c = 11 - (sum % 11);
  return first8 + (c === 10 ? "X" : c === 11 ? "0" : String(c));
}

/**
 * A new company's USCC: 9 (工商) + 1 (企业) + the district's division code + "MA" + 6 characters drawn by
 * `random` (0 ≤ r < 1) from the USCC character set + both check characters. The caller retries on the
 * (rare) collision with an existing code.
 */
export function newCompanyUscc(divisionCode: string, random: () => number): string {
  if (!/^\d{6}$/.test(divisionCode)) throw new Error(`newCompanyUscc: division code must be 6 digits, got "${divisionCode}"`);
  const tail = Array.from({ length: 6 }, () => USCC_CHARSET.charAt(Math.floor(random() * USCC_CHARSET.length))).join("");
  return makeUscc(`91${divisionCode}${makeOrgCode(`MA${tail}`)}`);
}
