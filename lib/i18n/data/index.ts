// English for the seeded catalog data (matter, department, material, field, guidance names), looked up by
// stable code. The Chinese stays in the database as the official name; in English mode the page shows the
// translation when one exists for exactly this Chinese text, otherwise the Chinese itself, which the caller
// marks lang="zh-CN" (components/i18n/data-name.tsx). Pure data and functions: usable on server and client.
import type { Locale } from "../core";
import { CONDITIONS } from "./conditions";
import { DEPARTMENT_NAMES, DEPARTMENT_SHORT_NAMES } from "./departments";
import { FIELD_LABELS, FIELD_OPTION_LABELS } from "./fields";
import { OPTIONS, QUESTION_HELP, QUESTIONS, RULE_REASONS } from "./guidance";
import { MATERIAL_NAMES } from "./materials";
import { CERTIFICATE_NAMES, INDUSTRIES, MATTER_NAMES } from "./matters";
import type { Pairs } from "./types";

/** Kinds keyed by code, each entry holding the Chinese it translates. */
const PAIRED = {
  matter: MATTER_NAMES,
  certificate: CERTIFICATE_NAMES,
  department: DEPARTMENT_NAMES,
  departmentShort: DEPARTMENT_SHORT_NAMES,
  field: FIELD_LABELS,
  question: QUESTIONS,
  questionHelp: QUESTION_HELP,
  /** code = "questionCode.optionCode" */
  option: OPTIONS,
  /** code = the rule's seed key */
  rule: RULE_REASONS,
} satisfies Record<string, Pairs>;

export type DataKind = keyof typeof PAIRED | "material" | "industry" | "fieldOption" | "condition";

export interface DataText {
  text: string;
  /** false: `text` is the Chinese original (no translation for this exact text); mark it lang="zh-CN". */
  translated: boolean;
}

// Chinese → English per kind, for text that reaches a page without its code (a name inside a sentence
// the domain built, an answer label): built once, on first use.
const byZh = new Map<DataKind, Map<string, string>>();
function reverse(kind: DataKind): Map<string, string> {
  let map = byZh.get(kind);
  if (map) return map;
  map = new Map();
  if (kind === "material") for (const names of Object.values(MATERIAL_NAMES)) for (const [zh, en] of Object.entries(names)) map.set(zh, en);
  else if (kind === "industry") for (const [zh, en] of Object.entries(INDUSTRIES)) map.set(zh, en);
  else if (kind === "fieldOption") for (const [zh, en] of Object.entries(FIELD_OPTION_LABELS)) map.set(zh, en);
  else if (kind === "condition") for (const lines of Object.values(CONDITIONS)) for (const [zh, en] of Object.entries(lines)) map.set(zh, en);
  else for (const [zh, en] of Object.values(PAIRED[kind])) map.set(zh, en);
  byZh.set(kind, map);
  return map;
}

function english(kind: DataKind, code: string | null | undefined, zh: string): string | undefined {
  if (code) {
    if (kind === "material") {
      const en = MATERIAL_NAMES[code]?.[zh];
      if (en) return en;
    } else if (kind === "condition") {
      const en = CONDITIONS[code]?.[zh];
      if (en) return en;
    } else if (kind in PAIRED) {
      const pair = PAIRED[kind as keyof typeof PAIRED][code];
      // Only for the very text translated: an edited name is shown as it now reads, in Chinese.
      if (pair && pair[0] === zh) return pair[1];
    }
  }
  return reverse(kind).get(zh);
}

/** The text of one piece of catalog data for the visitor's locale. */
export function dataText(kind: DataKind, code: string | null | undefined, zh: string, locale: Locale): DataText {
  if (locale === "zh-CN" || !zh) return { text: zh, translated: true };
  const en = english(kind, code, zh.trim());
  return en ? { text: en, translated: true } : { text: zh, translated: false };
}

/** The same as a plain string, for text placed inside a sentence (an untranslated name stays Chinese). */
export function dataName(kind: DataKind, code: string | null | undefined, zh: string, locale: Locale): string {
  return dataText(kind, code, zh, locale).text;
}

/** A list of names (materials, matters) as one string, each translated. */
export function dataNames(kind: DataKind, zhs: readonly string[], locale: Locale, separator: string): string {
  return zhs.map((zh) => dataName(kind, null, zh, locale)).join(separator);
}

/**
 * A list the domain joined with "、" (an answer's option labels, matter names) translated item by item. Labels
 * may themselves contain "、", so adjacent pieces are joined back until they form a known label; the whole
 * list stays Chinese (translated: false) when any item has no translation.
 */
export function dataList(kind: DataKind, joined: string, locale: Locale, separator = ", "): DataText {
  if (locale === "zh-CN" || !joined) return { text: joined, translated: true };
  const whole = english(kind, null, joined);
  if (whole) return { text: whole, translated: true };
  const pieces = joined.split("、");
  const out: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let found: string | undefined;
    let j = i;
    for (; j < pieces.length && !found; j++) found = english(kind, null, pieces.slice(i, j + 1).join("、"));
    if (!found) return { text: joined, translated: false };
    out.push(found);
    i = j;
  }
  return { text: out.join(separator), translated: true };
}
