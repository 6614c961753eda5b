import "server-only";
// The public catalog (涉企经营许可事项清单): every active PERMIT matter, filtered and searched.
// Search uses the GIN-indexed searchTokens column (see search-tokens.ts), so it stays an index lookup as the
// catalog grows. Five statements per search, sent together: facets (one grouped scan + the departments),
// count, per-mode counts and the page of rows — never one query per row (scripts/bench-catalog-search.ts).
// A query adds one: the synonyms it contains (synonyms.ts), looked up before the row queries.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ReformMode, type AdminLevel, type ProcessingType } from "@/lib/generated/prisma/enums";
import { ADMIN_LEVELS, parseMatterSearchParams, type TMatterSearchInput, type TMatterSearchParams } from "./query-schemas";
import { queryTokens } from "./search-tokens";
import { expandQuery, synonymsIn, type Synonym } from "./synonyms";

export interface MatterRow {
  code: string;
  name: string;
  reformMode: ReformMode;
  level: AdminLevel;
  industry: string;
  rolloutBatch: number | null;
  liveDate: Date | null;
  processingType: ProcessingType;
  statutoryDays: number;
  promisedDays: number;
  department: { id: string; name: string; shortName: string };
}

export interface CatalogFacets {
  departments: { id: string; name: string; shortName: string }[];
  industries: string[];
  levels: AdminLevel[];
  /** Batches present in the catalog, ascending; `hasUnbatched` = some matters are outside every batch. */
  batches: number[];
  hasUnbatched: boolean;
}

export interface MatterSearchResult {
  rows: MatterRow[];
  total: number;
  /** Counts per reform mode under every filter except the mode itself. */
  byMode: Record<ReformMode, number>;
  facets: CatalogFacets;
  /** The filters actually applied (unknown department/industry/level/batch values are dropped). */
  params: TMatterSearchParams;
  page: number;
  pageSize: number;
  pageCount: number;
  /** q was given but holds nothing searchable (e.g. one Latin letter): it was not applied. */
  queryTooShort: boolean;
  /** The catalog wordings q was also searched as, through the synonyms it contains (网吧 → 上网服务). */
  alsoSearched: string[];
}

const PUBLIC_CATALOG = { kind: "PERMIT", isActive: true } as const satisfies Prisma.MatterWhereInput;

const LEVEL_ORDER = new Map<string, number>(ADMIN_LEVELS.map((l, i) => [l, i]));

type DepartmentRef = CatalogFacets["departments"][number];

/**
 * One scan of the catalog grouped by the four facet columns (a few hundred groups at most) gives every
 * facet; the departments table is tiny and read whole, which also names each row's department below.
 */
async function loadFacets(): Promise<{ facets: CatalogFacets; departmentsById: Map<string, DepartmentRef> }> {
  const db = getDb();
  const [groups, departments] = await Promise.all([
    db.matter.groupBy({ by: ["departmentId", "industry", "level", "rolloutBatch"], where: PUBLIC_CATALOG, _count: { _all: true } }),
    db.department.findMany({ select: { id: true, name: true, shortName: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
  ]);
  const industryCounts = new Map<string, number>();
  const departmentIds = new Set<string>();
  const levels = new Set<AdminLevel>();
  const batches = new Set<number>();
  let hasUnbatched = false;
  for (const g of groups) {
    industryCounts.set(g.industry, (industryCounts.get(g.industry) ?? 0) + g._count._all);
    departmentIds.add(g.departmentId);
    levels.add(g.level);
    if (g.rolloutBatch === null) hasUnbatched = true;
    else batches.add(g.rolloutBatch);
  }
  return {
    facets: {
      departments: departments.filter((d) => departmentIds.has(d.id)),
      // Most common industries first: the list reads like the catalog itself.
      industries: [...industryCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh-CN")).map(([i]) => i),
      levels: [...levels].sort((a, b) => (LEVEL_ORDER.get(a) ?? 9) - (LEVEL_ORDER.get(b) ?? 9)),
      batches: [...batches].sort((a, b) => a - b),
      hasUnbatched,
    },
    departmentsById: new Map(departments.map((d) => [d.id, d])),
  };
}

/** Drops filter values the catalog does not hold, so the form never shows a filter that matches nothing. */
function applicableParams(p: TMatterSearchParams, facets: CatalogFacets): TMatterSearchParams {
  return {
    ...p,
    departmentId: p.departmentId && facets.departments.some((d) => d.id === p.departmentId) ? p.departmentId : undefined,
    industry: p.industry && facets.industries.includes(p.industry) ? p.industry : undefined,
    level: p.level && facets.levels.includes(p.level) ? p.level : undefined,
    batch: p.batch === "none" ? (facets.hasUnbatched ? "none" : undefined) : p.batch !== undefined && facets.batches.includes(p.batch) ? p.batch : undefined,
  };
}

/** The rows a search shows (also what the Excel export writes for the same filters), synonyms applied. */
export async function matterSearchWhere(p: TMatterSearchParams): Promise<Prisma.MatterWhereInput> {
  return whereOf(p, p.q ? variantTokens(p.q, await synonymsIn(p.q)) : [], true);
}

/** Token lists of the query and of its synonym variants (those with nothing searchable dropped). */
function variantTokens(q: string, synonyms: Synonym[]): string[][] {
  const lists = expandQuery(q, synonyms)
    .map(queryTokens)
    .filter((t) => t.length > 0);
  return lists.filter((t, i) => lists.findIndex((u) => u.join("|") === t.join("|")) === i);
}

function whereOf(p: TMatterSearchParams, variants: string[][], withMode: boolean): Prisma.MatterWhereInput {
  return {
    ...PUBLIC_CATALOG,
    ...(withMode && p.mode ? { reformMode: p.mode } : {}),
    ...(p.departmentId ? { departmentId: p.departmentId } : {}),
    ...(p.industry ? { industry: p.industry } : {}),
    ...(p.level ? { level: p.level } : {}),
    ...(p.batch === "none" ? { rolloutBatch: null } : p.batch !== undefined ? { rolloutBatch: p.batch } : {}),
    // `@>` on the GIN index: the row must hold every bigram (or the single character) of the query, or of
    // one of its synonym variants (one index condition each, OR-ed).
    ...(variants.length === 1
      ? { searchTokens: { hasEvery: variants[0]! } }
      : variants.length > 1
        ? { OR: variants.map((tokens) => ({ searchTokens: { hasEvery: tokens } })) }
        : {}),
  };
}

const ROW_SELECT = {
  code: true,
  name: true,
  reformMode: true,
  level: true,
  industry: true,
  rolloutBatch: true,
  liveDate: true,
  processingType: true,
  statutoryDays: true,
  promisedDays: true,
  departmentId: true,
} as const satisfies Prisma.MatterSelect;

// Grouped by department as the published lists are, then by code for a stable order across pages.
const ROW_ORDER: Prisma.MatterOrderByWithRelationInput[] = [{ department: { sortOrder: "asc" } }, { code: "asc" }];

type RowData = Prisma.MatterGetPayload<{ select: typeof ROW_SELECT }>;

async function runSearch(params: TMatterSearchParams, synonyms: Synonym[]) {
  const db = getDb();
  const variants = params.q ? variantTokens(params.q, synonyms) : [];
  const where = whereOf(params, variants, true);
  const [total, grouped, rows] = await Promise.all([
    db.matter.count({ where }),
    db.matter.groupBy({ by: ["reformMode"], where: whereOf(params, variants, false), _count: { _all: true } }),
    db.matter.findMany({ where, select: ROW_SELECT, orderBy: ROW_ORDER, skip: (params.page - 1) * params.pageSize, take: params.pageSize }),
  ]);
  return { total, grouped, rows, queryTooShort: Boolean(params.q) && queryTokens(params.q ?? "").length === 0 && variants.length === 0 };
}

const sameFilters = (a: TMatterSearchParams, b: TMatterSearchParams) =>
  a.departmentId === b.departmentId && a.industry === b.industry && a.level === b.level && a.batch === b.batch;

/**
 * Accepts raw query parameters (strings, arrays, garbage) or already-parsed ones; never throws on bad input.
 * The common case is one round trip: facets, count, per-mode counts and the page in parallel. Only a filter
 * the catalog does not hold, or a page past the end, costs a second one.
 */
export async function searchMatters(input: TMatterSearchInput | Record<string, unknown> = {}): Promise<MatterSearchResult> {
  const parsed = parseMatterSearchParams(input);
  // The synonym lookup (one probe of the unique index on word) runs beside the facets; the row queries follow it.
  const synonymsFound: Promise<Synonym[]> = parsed.q ? synonymsIn(parsed.q) : Promise.resolve([]);
  const [{ facets, departmentsById }, synonyms, first] = await Promise.all([
    loadFacets(),
    synonymsFound,
    synonymsFound.then((found) => runSearch(parsed, found)),
  ]);

  let params = applicableParams(parsed, facets);
  let result = sameFilters(parsed, params) ? first : await runSearch(params, synonyms);

  const pageCount = Math.max(1, Math.ceil(result.total / params.pageSize));
  // A page past the end (an old bookmark, a hand-edited URL) shows the last page instead of nothing.
  if (params.page > pageCount) {
    params = { ...params, page: pageCount };
    result = await runSearch(params, synonyms);
  }

  const byMode = Object.fromEntries(Object.values(ReformMode).map((m) => [m, 0])) as Record<ReformMode, number>;
  for (const g of result.grouped) byMode[g.reformMode] = g._count._all;

  const rows: MatterRow[] = result.rows.map(({ departmentId, ...row }: RowData) => ({
    ...row,
    department: departmentsById.get(departmentId) ?? { id: departmentId, name: "", shortName: "" },
  }));

  return {
    rows,
    total: result.total,
    byMode,
    facets,
    params,
    page: params.page,
    pageSize: params.pageSize,
    pageCount,
    queryTooShort: result.queryTooShort,
    alsoSearched: params.q ? expandQuery(params.q, synonyms).slice(1) : [],
  };
}
