// Values that follow from what the applicant already gave, so they are never typed twice (SCENARIOS.md:
// fieldsTyped counts neither pre-filled nor derived fields). Each derived value is shown with its source
// and can be corrected; a correction wins. The rules are data; evaluated in order, so one derived value
// may feed the next (premises address → its subdistrict).
import { validateResidentId } from "@/lib/ids/resident-id";
import { holds } from "@/lib/guidance/evaluate";
import { parseShareholders, totalCapitalYuan } from "./shareholders";
import type { Answers, Condition } from "@/lib/guidance/schemas";
import type { FieldDef, KnownValue } from "./merge-form";
import type { FormValues } from "./field-values";

type Rule =
  | { kind: "copy"; field: string }
  | { kind: "idTypeOf"; field: string }
  | { kind: "optionInText"; field: string }
  /** From the structured shareholder list (shareholders.ts). */
  | { kind: "shareholders"; field: string; take: "count" | "capitalYuan" }
  | { kind: "constant"; value: string; onlyForNewEnterprise: true }
  /** From the finder answers the application started from: the first case whose condition holds. */
  | { kind: "answers"; cases: { if: Condition; value: string }[] }
  /** A finder answer taken as it is (a number, say). */
  | { kind: "answer"; question: string };

export interface Derivation {
  key: string;
  rule: Rule;
  source: string;
}

const FROM_FINDER = "来自智能导办的回答，可更正";

export const DERIVATIONS: Derivation[] = [
  { key: "premises.area", rule: { kind: "answer", question: "area" }, source: FROM_FINDER },
  {
    key: "business.foodCategories",
    rule: { kind: "answers", cases: [{ if: { q: "food_kind", eq: "prepackaged" }, value: "prepackaged" }, { if: { q: "food_kind", eq: "bulk" }, value: "bulk" }] },
    source: FROM_FINDER,
  },
  {
    key: "business.operatorType",
    rule: { kind: "answers", cases: [{ if: { q: "activities", includes: "catering" }, value: "catering" }, { if: { q: "sells_food", eq: true }, value: "food-retail" }] },
    source: FROM_FINDER,
  },
  {
    key: "facilities.refrigeration",
    rule: { kind: "answers", cases: [{ if: { q: "sells_chilled", eq: true }, value: "yes" }, { if: { q: "sells_chilled", eq: false }, value: "no" }] },
    source: FROM_FINDER,
  },
  // A catering business (and not a shop) sells its liquor as a restaurant.
  {
    key: "business.retailFormat",
    rule: { kind: "answers", cases: [{ if: { all: [{ q: "activities", includes: "catering" }, { not: { q: "activities", includes: "retail" } }] }, value: "restaurant" }] },
    source: FROM_FINDER,
  },
  {
    key: "facilities.fuelType",
    rule: { kind: "answers", cases: [{ if: { q: "gas_use", eq: "pipeline" }, value: "pipeline-gas" }, { if: { q: "gas_use", eq: "bottled" }, value: "bottled-lpg" }] },
    source: FROM_FINDER,
  },
  // A new enterprise's code is assigned when the business licence is issued (GB 32100), not typed.
  { key: "subject.uscc", rule: { kind: "constant", value: "设立登记后自动赋码", onlyForNewEnterprise: true }, source: "设立登记时赋予" },
  { key: "subject.operatingTerm", rule: { kind: "constant", value: "long-term", onlyForNewEnterprise: true }, source: "默认长期，可更正" },
  { key: "subject.legalRep.idType", rule: { kind: "idTypeOf", field: "subject.legalRep.idNumber" }, source: "由证件号码识别" },
  { key: "subject.contact.phone", rule: { kind: "copy", field: "subject.phone" }, source: "同联系电话，可更正" },
  { key: "premises.address", rule: { kind: "copy", field: "subject.address" }, source: "同企业住所，可更正" },
  { key: "premises.subdistrict", rule: { kind: "optionInText", field: "premises.address" }, source: "由经营场所地址识别" },
  // The shop's sign shows the shop's name: asked once.
  { key: "sign.content", rule: { kind: "copy", field: "premises.name" }, source: "同门店招牌名称，可更正" },
  { key: "subject.shareholderCount", rule: { kind: "shareholders", field: "subject.shareholders", take: "count" }, source: "按股东名单计数" },
  // 注册资本为全体股东认缴的出资额 (《中华人民共和国公司法》（2023年修订）第四十七条).
  { key: "subject.registeredCapital", rule: { kind: "shareholders", field: "subject.shareholders", take: "capitalYuan" }, source: "按股东认缴出资额合计，可更正" },
];

export function deriveKnown(opts: {
  dictionary: Map<string, FieldDef>;
  values: FormValues;
  known: Record<string, KnownValue>;
  isNewEnterprise: boolean;
  /** The finder answers the application started from, if any. */
  answers?: Answers;
}): Record<string, KnownValue> {
  const out: Record<string, KnownValue> = {};
  const valueOf = (key: string): string | undefined => {
    const typed = opts.values[key];
    if (typeof typed === "string" && typed.trim()) return typed.trim();
    return opts.known[key]?.value ?? out[key]?.value;
  };
  for (const d of DERIVATIONS) {
    if (opts.known[d.key] || opts.values[d.key] !== undefined) continue;
    const value = evaluate(d.rule, valueOf, opts.dictionary.get(d.key), opts.isNewEnterprise, opts.answers ?? {});
    if (value) out[d.key] = { value, source: d.source };
  }
  return out;
}

function evaluate(rule: Rule, valueOf: (k: string) => string | undefined, def: FieldDef | undefined, isNew: boolean, answers: Answers): string | null {
  switch (rule.kind) {
    case "answer": {
      const a = answers[rule.question];
      return typeof a === "number" || typeof a === "string" ? String(a) : null;
    }
    case "answers":
      return rule.cases.find((c) => holds(c.if, answers))?.value ?? null;
    case "constant":
      return rule.onlyForNewEnterprise && !isNew ? null : rule.value;
    case "copy":
      return valueOf(rule.field) ?? null;
    case "idTypeOf": {
      const id = valueOf(rule.field);
      return id && validateResidentId(id).valid ? "resident-id" : null;
    }
    case "optionInText": {
      const text = valueOf(rule.field);
      const hit = text ? def?.options?.find((o) => text.includes(o.label)) : undefined;
      return hit?.value ?? null;
    }
    case "shareholders": {
      const text = valueOf(rule.field);
      const { rows, problems } = text ? parseShareholders(text) : { rows: [], problems: [] };
      if (!rows.length || problems.length) return null;
      return String(rule.take === "count" ? rows.length : totalCapitalYuan(rows));
    }
  }
}
