// Values that follow from what the applicant already gave, so they are never typed twice (SCENARIOS.md:
// fieldsTyped counts neither pre-filled nor derived fields). Each derived value is shown with its source
// and can be corrected; a correction wins. The rules are data; evaluated in order, so one derived value
// may feed the next (premises address → its subdistrict).
import { validateResidentId } from "@/lib/ids/resident-id";
import { holds } from "@/lib/guidance/evaluate";
import { parseShareholders, totalCapitalWan } from "./shareholders";
import { deriveScope, formatScope, scopeFacts, type ScopeTermLike } from "@/lib/scope/derive-scope";
import type { Answers, Condition } from "@/lib/guidance/schemas";
import type { FieldDef, KnownValue } from "./merge-form";
import type { FormValues } from "./field-values";
import { sourceWords, valueWords } from "./sources";

type Rule =
  | { kind: "copy"; field: string }
  | { kind: "idTypeOf"; field: string }
  | { kind: "optionInText"; field: string }
  /** From the structured shareholder list (shareholders.ts). */
  | { kind: "shareholders"; field: string; take: "count" | "capitalWan" }
  | { kind: "constant"; value: string; onlyForNewEnterprise: true }
  /** From the finder answers the application started from: the first case whose condition holds. */
  | { kind: "answers"; cases: { if: Condition; value: string }[] }
  /** A finder answer taken as it is (a number, say). */
  | { kind: "answer"; question: string }
  /** 经营范围 from the answers, the form's values and the chosen matters (lib/scope/derive-scope.ts). */
  | { kind: "businessScope" };

export interface Derivation {
  key: string;
  rule: Rule;
  source: string;
  /**
   * Computed, never typed: the value follows from another field and is not asked again (no 更正 — the
   * source field is what is corrected). 股东人数 is the number of lines of the shareholder list; 注册资本 is
   * the sum of the shareholders' subscribed capital (《公司法》（2023年修订）第四十七条).
   */
  computed?: true;
}

/** The standard scope terms and the chosen matters, for the businessScope rule (a new enterprise only). */
export interface ScopeInput {
  terms: ScopeTermLike[];
  matterCodes: string[];
}

const FROM_FINDER = sourceWords("fromFinder");
export const SCOPE_SOURCE = sourceWords("scope");

export const DERIVATIONS: Derivation[] = [
  { key: "premises.area", rule: { kind: "answer", question: "area" }, source: FROM_FINDER },
  {
    key: "business.foodCategories",
    rule: {
      kind: "answers",
      cases: [
        { if: { q: "food_kind", eq: "prepackaged" }, value: "prepackaged" },
        { if: { q: "food_kind", eq: "bulk" }, value: "bulk" },
      ],
    },
    source: FROM_FINDER,
  },
  {
    key: "business.operatorType",
    rule: {
      kind: "answers",
      cases: [
        { if: { q: "activities", includes: "catering" }, value: "catering" },
        { if: { q: "sells_food", eq: true }, value: "food-retail" },
      ],
    },
    source: FROM_FINDER,
  },
  {
    key: "facilities.refrigeration",
    rule: {
      kind: "answers",
      cases: [
        { if: { q: "sells_chilled", eq: true }, value: "yes" },
        { if: { q: "sells_chilled", eq: false }, value: "no" },
      ],
    },
    source: FROM_FINDER,
  },
  // A hotel (and not a shop) sells its liquor and cigarettes as a hotel; a catering business (and not a
  // shop) as a restaurant.
  {
    key: "business.retailFormat",
    rule: {
      kind: "answers",
      cases: [
        { if: { all: [{ q: "activities", includes: "accommodation" }, { not: { q: "activities", includes: "retail" } }] }, value: "hotel" },
        { if: { all: [{ q: "activities", includes: "catering" }, { not: { q: "activities", includes: "retail" } }] }, value: "restaurant" },
      ],
    },
    source: FROM_FINDER,
  },
  // 公共场所类别 of a lodging business that answered no bathing, beauty or pool: a 住宿场所. Asked in the
  // finder already ("住宿"), so not asked again; anything mixed is left to the applicant.
  {
    key: "business.publicPlaceType",
    rule: {
      kind: "answers",
      cases: [
        {
          if: {
            all: [
              { q: "activities", includes: "accommodation" },
              { not: { q: "activities", includes: "personal_care" } },
              { not: { q: "sport_high_risk", eq: true } },
            ],
          },
          value: "lodging",
        },
      ],
    },
    source: FROM_FINDER,
  },
  // 场所类型 of a public gathering place (消防安全检查, 《消防法》第七十三条): the finder's activity says it;
  // the first match, most specific first (a hotel's restaurant is part of the hotel).
  {
    key: "business.venueType",
    rule: {
      kind: "answers",
      cases: [
        { if: { q: "activities", includes: "accommodation" }, value: "hotel" },
        { if: { q: "activities", anyOf: ["entertainment", "internet_cafe"] }, value: "entertainment" },
        { if: { all: [{ q: "activities", includes: "sport" }, { not: { q: "activities", anyOf: ["retail", "catering"] } }] }, value: "sports" },
        { if: { all: [{ q: "activities", includes: "catering" }, { not: { q: "activities", anyOf: ["retail", "sport"] } }] }, value: "restaurant" },
        { if: { all: [{ q: "activities", includes: "retail" }, { not: { q: "activities", anyOf: ["catering", "sport"] } }] }, value: "mall" },
      ],
    },
    source: FROM_FINDER,
  },
  {
    key: "facilities.fuelType",
    rule: {
      kind: "answers",
      cases: [
        { if: { q: "gas_use", eq: "pipeline" }, value: "pipeline-gas" },
        { if: { q: "gas_use", eq: "bottled" }, value: "bottled-lpg" },
      ],
    },
    source: FROM_FINDER,
  },
  // A new enterprise's code is assigned when the business licence is issued (GB 32100), not typed.
  {
    key: "subject.uscc",
    rule: { kind: "constant", value: valueWords("usccPending"), onlyForNewEnterprise: true },
    source: sourceWords("assignedAtRegistration"),
  },
  { key: "subject.operatingTerm", rule: { kind: "constant", value: "long-term", onlyForNewEnterprise: true }, source: sourceWords("longTerm") },
  { key: "subject.legalRep.idType", rule: { kind: "idTypeOf", field: "subject.legalRep.idNumber" }, source: sourceWords("idType") },
  { key: "subject.contact.phone", rule: { kind: "copy", field: "subject.phone" }, source: sourceWords("samePhone") },
  { key: "premises.address", rule: { kind: "copy", field: "subject.address" }, source: sourceWords("sameAddress") },
  { key: "premises.subdistrict", rule: { kind: "optionInText", field: "premises.address" }, source: sourceWords("subdistrict") },
  // The shop's sign shows the shop's name: asked once.
  { key: "sign.content", rule: { kind: "copy", field: "premises.name" }, source: sourceWords("sameSign") },
  {
    key: "subject.shareholderCount",
    rule: { kind: "shareholders", field: "subject.shareholders", take: "count" },
    source: sourceWords("shareholderCount"),
    computed: true,
  },
  // 注册资本为全体股东认缴的出资额 (《中华人民共和国公司法》（2023年修订）第四十七条), in 万元 like the list.
  {
    key: "subject.registeredCapital",
    rule: { kind: "shareholders", field: "subject.shareholders", take: "capitalWan" },
    source: sourceWords("registeredCapital"),
    computed: true,
  },
  // Last: it reads the values derived above (食品经营项目, 公共场所类别, …).
  { key: "subject.businessScope", rule: { kind: "businessScope" }, source: SCOPE_SOURCE },
];

/** Keys whose derived value is computed from another field and never typed (Derivation.computed). */
export const COMPUTED_KEYS: ReadonlySet<string> = new Set(DERIVATIONS.filter((d) => d.computed).map((d) => d.key));

export function deriveKnown(opts: {
  dictionary: Map<string, FieldDef>;
  values: FormValues;
  known: Record<string, KnownValue>;
  isNewEnterprise: boolean;
  /** The finder answers the application started from, if any. */
  answers?: Answers;
  /** For a new enterprise: the scope terms and the chosen matters its 经营范围 is derived from. */
  scope?: ScopeInput;
}): Record<string, KnownValue> {
  const out: Record<string, KnownValue> = {};
  const valueFor = (key: string): string | undefined => {
    const typed = opts.values[key];
    if (typeof typed === "string" && typed.trim()) return typed.trim();
    return opts.known[key]?.value ?? out[key]?.value;
  };
  const effective = (): FormValues => {
    const all: FormValues = {};
    for (const [k, v] of Object.entries({ ...opts.known, ...out })) all[k] = v.value;
    for (const [k, v] of Object.entries(opts.values)) if (Array.isArray(v) ? v.length : v.trim()) all[k] = v;
    return all;
  };
  for (const d of DERIVATIONS) {
    if (opts.known[d.key] || (opts.values[d.key] !== undefined && !d.computed)) continue;
    const value =
      d.rule.kind === "businessScope"
        ? scopeOf(opts.scope, opts.answers ?? {}, effective())
        : evaluate(d.rule, valueFor, opts.dictionary.get(d.key), opts.isNewEnterprise, opts.answers ?? {});
    if (value) out[d.key] = { value, source: d.source };
  }
  return out;
}

function scopeOf(scope: ScopeInput | undefined, answers: Answers, values: FormValues): string | null {
  if (!scope) return null;
  return formatScope(
    deriveScope({ terms: scope.terms, matterCodes: scope.matterCodes, facts: scopeFacts({ answers, values, matterCodes: scope.matterCodes }) }),
  );
}

function evaluate(
  rule: Exclude<Rule, { kind: "businessScope" }>,
  valueFor: (k: string) => string | undefined,
  def: FieldDef | undefined,
  isNew: boolean,
  answers: Answers,
): string | null {
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
      return valueFor(rule.field) ?? null;
    case "idTypeOf": {
      const id = valueFor(rule.field);
      return id && validateResidentId(id).valid ? "resident-id" : null;
    }
    case "optionInText": {
      const text = valueFor(rule.field);
      const hit = text ? def?.options?.find((o) => text.includes(o.label)) : undefined;
      return hit?.value ?? null;
    }
    case "shareholders": {
      const text = valueFor(rule.field);
      const { rows, problems } = text ? parseShareholders(text) : { rows: [], problems: [] };
      if (!rows.length || problems.length) return null;
      return rule.take === "count" ? String(rows.length) : totalCapitalWan(rows);
    }
  }
}
