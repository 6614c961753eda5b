/**
 * 统一社会信用代码 (Unified Social Credit Code, USCC) — GB 32100-2015.
 *
 * Layout (18 characters):
 *   pos 1      registration authority code (登记管理部门码)
 *   pos 2      entity type code (机构类别码)
 *   pos 3-8    administrative division code (登记管理机关行政区划码, 6 digits)
 *   pos 9-17   organization code (主体标识码 / 组织机构代码, 9 characters)
 *   pos 18     check character (校验码)
 *
 * Character set: 0-9 A-H J-N P-R T-U W-Y (31 characters; I O Z S V are never
 * used), valued 0..30 in that order. Weights for positions 1..17 are
 * 3^(i-1) mod 31; C18 = 31 - (Σ value_i × weight_i mod 31), where 31 → '0'.
 *
 * Pure module: safe for server, browser and seed scripts.
 */

import { normalizeCodeInput } from "./normalize";
import { problem, type Problem } from "./problem";

const E = "domain.ids.errors.uscc";

export const USCC_CHARSET: string = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** 3^(i-1) mod 31 for i = 1..17 → 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28 */
const USCC_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

const USCC_LENGTH = 18;

export type UsccIssue = "EMPTY" | "LENGTH" | "CHARSET" | "CHECK_CHAR";

export interface UsccResult {
  /** Input after trimming, removing whitespace, full-width → half-width and uppercasing. */
  normalized: string;
  valid: boolean;
  issues: UsccIssue[];
  /** Set when length and charset are fine but the 18th character is wrong. */
  expectedCheckChar?: string;
  /** The visitor's explanation of each problem: a catalog key (lib/i18n/messages/<locale>/domain/ids.ts) with its parameters; empty when valid. */
  problems: Problem[];
}

function charValue(ch: string): number {
  return USCC_CHARSET.indexOf(ch);
}

/**
 * Computes the check character for the first 17 characters of a USCC.
 * The input is used as-is (no normalization). Throws on wrong length or
 * characters outside {@link USCC_CHARSET}.
 */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) {
    throw new Error(`usccCheckChar: expected 17 characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = first17.charAt(i);
    const v = charValue(ch);
    if (v < 0) {
      throw new Error(`usccCheckChar: invalid character "${ch}" at position ${i + 1}`);
    }
    sum += v * (USCC_WEIGHTS[i] as number);
  }
  const c18 = 31 - (sum % 31);
  return c18 === 31 ? "0" : USCC_CHARSET.charAt(c18);
}

/**
 * Validates a USCC. Never throws.
 * `CHECK_CHAR` alone means the code is well-formed but the check character
 * does not match; callers may treat that as a warning.
 */
export function validateUscc(input: string): UsccResult {
  const normalized = normalizeCodeInput(typeof input === "string" ? input : "");
  if (normalized.length === 0) {
    return { normalized, valid: false, issues: ["EMPTY"], problems: [problem(`${E}.empty`)] };
  }

  const issues: UsccIssue[] = [];
  const messages: Problem[] = [];

  if (normalized.length !== USCC_LENGTH) {
    issues.push("LENGTH");
    messages.push(problem(`${E}.length`, { length: normalized.length }));
  }

  const bad: string[] = [];
  for (const ch of normalized) {
    if (charValue(ch) < 0 && !bad.includes(ch)) bad.push(ch);
  }
  if (bad.length > 0) {
    issues.push("CHARSET");
    messages.push(problem(`${E}.charset`, { chars: bad.join("”“") }));
  }

  if (issues.length > 0) {
    return { normalized, valid: false, issues, problems: messages };
  }

  const expected = usccCheckChar(normalized.slice(0, 17));
  if (normalized.charAt(17) !== expected) {
    return {
      normalized,
      valid: false,
      issues: ["CHECK_CHAR"],
      expectedCheckChar: expected,
      problems: [problem(`${E}.checkChar`, { expected })],
    };
  }

  return { normalized, valid: true, issues: [], problems: [] };
}

export function isValidUscc(input: string): boolean {
  return validateUscc(input).valid;
}

/**
 * Appends the check character to the first 17 characters (used to issue new
 * codes and by the seed). Input is used as-is; throws like {@link usccCheckChar}.
 */
export function makeUscc(first17: string): string {
  return first17 + usccCheckChar(first17);
}
