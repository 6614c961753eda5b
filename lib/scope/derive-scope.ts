// 经营范围 of a new enterprise, derived only from what the applicant answered (the finder's answers and the
// merged form's values) and the matters the application asks for, in the standard wording of the
// 经营范围规范表述 (BusinessScopeTerm, prisma/seed/data/scope-terms.ts), licensed items (许可项目) apart from
// general items (一般项目) as the registry writes them (see the registered scopes in
// prisma/seed/data/enterprises.ts). Policy: seeds/004 (晋中方案) 四(一) "推行经营范围规范化登记，将涉企经营
// 许可规范用语和经营范围的表述一一对应，并进行分类处理"; seeds/000 (金山方案) 三(一)1 "开展经营范围规范化登记…
// 为企业自主选择经营范围提供服务".
//
// A term is in the scope when
// - it maps to a chosen matter (or maps to none) and its condition below holds, or
// - it maps to a chosen matter and has no condition: the matter alone says it (烟草专卖零售许可 → 烟草制品零售).
// A term that maps to no matter needs a condition (日用百货销售 for a shop). So a matter that several terms
// map to (食品经营许可: 食品销售, 餐饮服务, 食品互联网销售) never brings a term the answers do not say.
// Pure: no database.
import { holds } from "@/lib/guidance/evaluate";
import type { Answer, Answers, Condition } from "@/lib/guidance/schemas";

export interface ScopeTermLike {
  code: string;
  name: string;
  isLicensed: boolean;
  /** Matters the term's wording triggers (BusinessScopeTermMatter). */
  matterCodes: string[];
}

/** The registry's closing words after each group (as on a 营业执照, e.g. prisma/seed/data/enterprises.ts). */
export const LICENSED_HEAD = "许可项目：";
export const GENERAL_HEAD = "一般项目：";
export const LICENSED_NOTE = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）";
export const GENERAL_NOTE = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）";

/** The fact name under which the chosen matter codes are visible to a condition. */
export const MATTER_FACT = "matter";

const answered = (question: string, ...values: string[]): Condition => ({ q: question, anyOf: values });
const chosen = (matterCode: string): Condition => ({ q: MATTER_FACT, includes: matterCode });
const any = (...c: Condition[]): Condition => ({ any: c });
const all = (...c: Condition[]): Condition => ({ all: c });

/**
 * Conditions by term code, over the facts: the finder's answers by question code (activities, food_kind, …),
 * the form's values by field key (business.onlineSales = "yes", business.publicPlaceType, …) and the chosen
 * matters under MATTER_FACT. `anyOf` also reads a multi-select (any chosen option), so it is used for both.
 */
export const SCOPE_CONDITIONS: Record<string, Condition> = {
  // 食品经营许可 covers selling food (also prepackaged food, then not filed apart), catering and selling
  // food online: each only when answered so.
  L1001: any(
    answered("food_kind", "bulk", "prepackaged"),
    answered("business.foodCategories", "prepackaged", "bulk", "health-food"),
    answered("business.operatorType", "food-retail"),
  ),
  L1002: any(
    answered("activities", "catering"),
    answered("business.operatorType", "catering", "canteen"),
    answered("business.foodCategories", "hot-meals", "cold-meals", "raw-food", "pastry", "drinks"),
  ),
  // 网络经营 = 否 → no 食品互联网销售.
  L1004: answered("business.onlineSales", "yes"),
  // 公共场所卫生许可 covers lodging and bathing: a hotel without baths is not a 洗浴服务.
  L1008: any(answered("activities", "accommodation"), answered("business.publicPlaceType", "lodging"), chosen("HOTEL_SPECIAL_TRADE")),
  L1009: answered("business.publicPlaceType", "bathing"),
  L1013: answered("business.entertainmentType", "song-dance"),
  L1014: answered("business.entertainmentType", "amusement"),
  // 高危险性体育项目经营许可: one term per sport the venue opens.
  L1016: answered("business.sportsItems", "swimming"),
  L1029: answered("business.sportsItems", "alpine-skiing", "freestyle-skiing", "snowboarding"),
  L1030: answered("business.sportsItems", "diving"),
  L1031: answered("business.sportsItems", "climbing"),
  // Selling only prepackaged food is filed (一般项目) unless a 食品经营许可 is applied for, which covers it.
  G2001: { not: chosen("FOOD_OPERATION") },
  G2003: answered("medical_devices", "class1"),
  G2018: answered("activities", "retail"),
  G2024: all(answered("activities", "retail"), answered("business.onlineSales", "yes")),
  G2027: answered("activities", "sport"),
};

export interface DerivedScope {
  licensed: string[];
  general: string[];
}

/** The facts a condition reads: finder answers, then the form's values, then the chosen matters. */
export function scopeFacts(opts: { answers: Answers; values: Record<string, string | string[] | undefined>; matterCodes: string[] }): Answers {
  const facts: Answers = { ...opts.answers };
  for (const [k, v] of Object.entries(opts.values)) {
    if (v === undefined) continue;
    const value: Answer = Array.isArray(v) ? v : v.trim();
    if (value !== "" && !(Array.isArray(value) && value.length === 0)) facts[k] = value;
  }
  facts[MATTER_FACT] = [...opts.matterCodes];
  return facts;
}

/** The terms the facts and the chosen matters give, licensed and general apart, in catalog (code) order. */
export function deriveScope(opts: { terms: ScopeTermLike[]; matterCodes: string[]; facts: Answers; conditions?: Record<string, Condition> }): DerivedScope {
  const conditions = opts.conditions ?? SCOPE_CONDITIONS;
  const matters = new Set(opts.matterCodes);
  const picked = [...opts.terms]
    .sort((a, b) => a.code.localeCompare(b.code))
    .filter((t) => {
      const cond = Object.hasOwn(conditions, t.code) ? conditions[t.code] : undefined;
      const forChosenMatter = t.matterCodes.some((c) => matters.has(c));
      if (t.matterCodes.length && !forChosenMatter) return false;
      return cond ? holds(cond, opts.facts) : forChosenMatter;
    });
  return { licensed: picked.filter((t) => t.isLicensed).map((t) => t.name), general: picked.filter((t) => !t.isLicensed).map((t) => t.name) };
}

/** The registry's text: "许可项目：…。（…）一般项目：…。（…）"; null when there is nothing. */
export function formatScope(scope: DerivedScope): string | null {
  const part = (head: string, names: string[], note: string) => (names.length ? `${head}${names.join("；")}。${note}` : "");
  const text = part(LICENSED_HEAD, scope.licensed, LICENSED_NOTE) + part(GENERAL_HEAD, scope.general, GENERAL_NOTE);
  return text || null;
}

/**
 * A scope as written (the registry's text, or items separated by ；), matched against the standard terms:
 * licensed and general items apart, and what is not a standard term. An item of the wrong group (a licensed
 * term written under 一般项目) is put where the catalog says it belongs.
 */
export function parseScope(text: string, terms: ScopeTermLike[]): DerivedScope & { unknown: string[] } {
  const byName = new Map(terms.map((t) => [t.name, t]));
  const body = text.split(LICENSED_NOTE).join("；").split(GENERAL_NOTE).join("；").split(LICENSED_HEAD).join("；").split(GENERAL_HEAD).join("；");
  const items = [
    ...new Set(
      body
        .split(/[；;。\n]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  const found = items.map((name) => byName.get(name)).filter((t): t is ScopeTermLike => t !== undefined);
  found.sort((a, b) => a.code.localeCompare(b.code));
  return {
    licensed: found.filter((t) => t.isLicensed).map((t) => t.name),
    general: found.filter((t) => !t.isLicensed).map((t) => t.name),
    unknown: items.filter((name) => !byName.has(name)),
  };
}

/**
 * A written scope in the registry's wording when every item is a standard term (a plain list typed as
 * "A；B" becomes "许可项目：…。（…）一般项目：…。（…）"); otherwise the text as written, for a person to fix.
 */
export function registryScope(text: string, terms: ScopeTermLike[]): string {
  const parsed = parseScope(text, terms);
  return (parsed.unknown.length ? null : formatScope(parsed)) ?? text.trim();
}
