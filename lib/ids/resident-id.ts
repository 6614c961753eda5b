/**
 * 公民身份号码 (Resident Identity Card number) — GB 11643-1999.
 *
 * Layout (18 characters):
 *   pos 1-6    address code (地址码)
 *   pos 7-14   birth date YYYYMMDD (出生日期码)
 *   pos 15-17  sequence code (顺序码); pos 17 odd = male, even = female
 *   pos 18     check character, ISO 7064 MOD 11-2 ('0'-'9' or 'X')
 *
 * Pure module: safe for server, browser and seed scripts.
 */

import { normalizeCodeInput } from "./normalize";
import { problem, type Problem } from "./problem";

const E = "domain.ids.errors.residentId";

const RID_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RID_CHECK_CHARS = "10X98765432";
const RID_LENGTH = 18;
const MIN_BIRTH_YEAR = 1900;
/** Birth dates on the card are Chinese calendar dates (UTC+8). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export type ResidentIdIssue = "EMPTY" | "LENGTH" | "FORMAT" | "BIRTH_DATE" | "CHECK_CHAR";

export interface ResidentIdResult {
  /** Input after trimming, removing whitespace, full-width → half-width and uppercasing. */
  normalized: string;
  valid: boolean;
  issues: ResidentIdIssue[];
  /** YYYY-MM-DD; set whenever the embedded birth date is a valid, plausible date. */
  birthDate?: string;
  /** From the 17th digit (odd = M); set whenever the format is right. */
  sex?: "M" | "F";
  /** Set when the 18th character does not match the computed check character. */
  expectedCheckChar?: string;
  /** The visitor's explanation of each problem: a catalog key (lib/i18n/messages/<locale>/domain/ids.ts) with its parameters; empty when valid. */
  problems: Problem[];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * Computes the ISO 7064 MOD 11-2 check character for 17 digits.
 * Throws unless the input is exactly 17 ASCII digits.
 */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new Error("residentIdCheckChar: expected exactly 17 digits");
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(first17.charAt(i)) * (RID_WEIGHTS[i] as number);
  }
  return RID_CHECK_CHARS.charAt(sum % 11);
}

/** Appends the check character to 17 digits. Throws like {@link residentIdCheckChar}. */
export function makeResidentId(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

type BirthCheck = { ok: true; iso: string } | { ok: false; problem: Problem };

function checkBirthDate(yyyymmdd: string, now: Date): BirthCheck {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;

  const date = new Date(Date.UTC(y, m - 1, d));
  const real = m >= 1 && m <= 12 && d >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  if (!real) {
    return { ok: false, problem: problem(`${E}.birthInvalid`, { date: iso }) };
  }
  if (y < MIN_BIRTH_YEAR) {
    return { ok: false, problem: problem(`${E}.birthTooEarly`, { date: iso, year: MIN_BIRTH_YEAR }) };
  }
  const nowMs = now.getTime();
  if (!Number.isNaN(nowMs)) {
    const cn = new Date(nowMs + CHINA_OFFSET_MS);
    const today = `${pad(cn.getUTCFullYear(), 4)}${pad(cn.getUTCMonth() + 1, 2)}${pad(cn.getUTCDate(), 2)}`;
    if (yyyymmdd > today) {
      return { ok: false, problem: problem(`${E}.birthInFuture`, { date: iso }) };
    }
  }
  return { ok: true, iso };
}

/**
 * Validates an 18-character resident ID number. Never throws.
 * Lowercase / full-width 'x' is accepted. `now` (default: current time) is the
 * reference for rejecting future birth dates; "today" is taken in China time.
 */
export function validateResidentId(input: string, now: Date = new Date()): ResidentIdResult {
  const normalized = normalizeCodeInput(typeof input === "string" ? input : "");
  if (normalized.length === 0) {
    return { normalized, valid: false, issues: ["EMPTY"], problems: [problem(`${E}.empty`)] };
  }
  if (normalized.length !== RID_LENGTH) {
    return {
      normalized,
      valid: false,
      issues: ["LENGTH"],
      problems: [problem(`${E}.length`, { length: normalized.length })],
    };
  }
  if (!/^\d{17}[\dX]$/.test(normalized)) {
    return {
      normalized,
      valid: false,
      issues: ["FORMAT"],
      problems: [problem(`${E}.format`)],
    };
  }

  const issues: ResidentIdIssue[] = [];
  const messages: Problem[] = [];
  const result: ResidentIdResult = { normalized, valid: false, issues, problems: messages };

  result.sex = Number(normalized.charAt(16)) % 2 === 1 ? "M" : "F";

  const birth = checkBirthDate(normalized.slice(6, 14), now);
  if (birth.ok) {
    result.birthDate = birth.iso;
  } else {
    issues.push("BIRTH_DATE");
    messages.push(birth.problem);
  }

  const expected = residentIdCheckChar(normalized.slice(0, 17));
  if (normalized.charAt(17) !== expected) {
    issues.push("CHECK_CHAR");
    result.expectedCheckChar = expected;
    messages.push(problem(`${E}.checkChar`, { expected }));
  }

  result.valid = issues.length === 0;
  return result;
}

/**
 * Masks a resident ID for public display: keeps the first 3 and last 4
 * characters, e.g. "110105194912310021" → "110***********0021".
 * Inputs shorter than 8 characters are masked entirely.
 */
export function maskResidentId(id: string): string {
  const chars = Array.from(normalizeCodeInput(id));
  if (chars.length === 0) return "";
  if (chars.length < 8) return "*".repeat(chars.length);
  return chars.slice(0, 3).join("") + "*".repeat(chars.length - 7) + chars.slice(-4).join("");
}

/**
 * Masks a person's name for public display: keeps the first character
 * (张三 → 张*, 欧阳娜娜 → 欧***). A single-character name becomes "*".
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return "";
  if (chars.length === 1) return "*";
  return (chars[0] as string) + "*".repeat(chars.length - 1);
}
