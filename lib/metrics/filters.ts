// Reading the dashboard filters against the catalog (pure). A filter on a matter implies its department,
// industry and batch, so the rollup keeps one combination per matter; a contradiction (a matter of another
// department) is said, and answers an empty result rather than a wrong one.
import { ANY, NO_BATCH } from "./definitions";
import { WINDOW_NAME, WINDOW_UNIT } from "@/lib/base/units";
import { batchKey, type Dimensions } from "./contributions";
import { defaultPeriod } from "./period";
import { daysBetween } from "@/lib/calendar/dates";
import { ZBatch, ZIndustry, ZMetricFilters, isDayParam, isIdParam, param, type TMetricFilters } from "./schemas";

export interface FilterOptions {
  departments: { id: string; name: string }[];
  matters: { id: string; code: string; name: string; departmentId: string; industry: string; rolloutBatch: number | null }[];
  industries: string[];
  batches: string[];
}

export interface ResolvedFilters {
  filters: TMetricFilters;
  /** The rollup combination to read; null when the filters contradict each other (nothing matches). */
  dims: Dimensions | null;
  problems: string[];
}

const MAX_PERIOD_DAYS = 5 * 366;

export function resolveFilters(input: unknown, now: Date, options: FilterOptions): ResolvedFilters {
  const raw = ZMetricFilters.safeParse(Object.fromEntries(Object.entries((input ?? {}) as Record<string, unknown>).map(([k, v]) => [k, param(v)])));
  const given = raw.success ? raw.data : {};
  const problems: string[] = [];
  const period = defaultPeriod(now);

  let from = period.from;
  let to = period.to;
  if (given.from !== undefined) {
    if (isDayParam(given.from)) from = given.from;
    else problems.push(`开始日期“${given.from}”无法识别，已使用默认期间的开始日期 ${from}`);
  }
  if (given.to !== undefined) {
    if (isDayParam(given.to)) to = given.to;
    else problems.push(`结束日期“${given.to}”无法识别，已使用今天 ${to}`);
  }
  if (from > to) {
    problems.push(`开始日期 ${from} 晚于结束日期 ${to}，已对调`);
    [from, to] = [to, from];
  }
  if (daysBetween(from, to) > MAX_PERIOD_DAYS) {
    problems.push(`期间最长 5 年，已缩短为截至 ${to} 的 5 年`);
    from = new Date(Date.parse(`${to}T00:00:00Z`) - MAX_PERIOD_DAYS * 86_400_000).toISOString().slice(0, 10);
  }

  const pick = <T>(value: string | undefined, ok: boolean, found: T | undefined, label: string): T | null => {
    if (value === undefined) return null;
    if (ok && found !== undefined) return found;
    problems.push(`${label}“${value}”不存在，已忽略此筛选条件`);
    return null;
  };
  const deptId = given.dept;
  const dept = pick(deptId, deptId !== undefined && isIdParam(deptId), options.departments.find((d) => d.id === deptId)?.id, "部门");
  const matter = pick(
    given.matter,
    given.matter !== undefined && isIdParam(given.matter),
    options.matters.find((m) => m.id === given.matter),
    "事项",
  );
  const industry = pick(
    given.industry,
    ZIndustry.safeParse(given.industry).success,
    options.industries.find((i) => i === given.industry),
    "行业",
  );
  const batch = pick(
    given.batch,
    ZBatch.safeParse(given.batch).success,
    options.batches.find((b) => b === given.batch),
    "批次",
  );
  const filters: TMetricFilters = { from, to, dept, matter: matter?.id ?? null, industry, batch };

  if (matter) {
    const contradicts =
      (dept !== null && dept !== WINDOW_UNIT && dept !== matter.departmentId) ||
      (industry !== null && industry !== matter.industry) ||
      (batch !== null && batch !== batchKey(matter.rolloutBatch));
    if (contradicts) {
      problems.push(`所选事项“${matter.name}”不属于所选部门、行业或批次，没有符合全部条件的申请`);
      return { filters, dims: null, problems };
    }
    return { filters, dims: { dept: ANY, industry: ANY, batch: ANY, matter: matter.id }, problems };
  }
  if (dept === WINDOW_UNIT && (industry !== null || batch !== null)) {
    problems.push("综合窗口受理全部申请，不按行业或批次细分；已按全部行业、批次显示");
    return { filters: { ...filters, industry: null, batch: null }, dims: { dept: WINDOW_UNIT, industry: ANY, batch: ANY, matter: ANY }, problems };
  }
  return { filters, dims: { dept: dept ?? ANY, industry: industry ?? ANY, batch: batch ?? ANY, matter: ANY }, problems };
}

/** The catalog values the rollup knows, in the order the filter menus show them. */
export function filterOptionsFrom(departments: { id: string; name: string }[], matters: FilterOptions["matters"]): FilterOptions {
  const withMatters = new Set(matters.map((m) => m.departmentId));
  return {
    departments: [{ id: WINDOW_UNIT, name: WINDOW_NAME }, ...departments.filter((d) => withMatters.has(d.id))],
    matters,
    industries: [...new Set(matters.map((m) => m.industry))].sort((a, b) => a.localeCompare(b, "zh-CN")),
    batches: [...new Set(matters.map((m) => batchKey(m.rolloutBatch)))].sort((a, b) => (a === NO_BATCH ? 1 : b === NO_BATCH ? -1 : Number(a) - Number(b))),
  };
}
