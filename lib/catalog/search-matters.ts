import "server-only";
// The public catalog (涉企经营许可事项清单): every active PERMIT matter, filtered and searched.
// Search uses the GIN-indexed searchTokens column (see search-tokens.ts), so it stays an index lookup as the
// catalog grows. Round trips: one for the facets (four small queries in parallel), then rows + count + the
// per-mode counts in parallel — never one query per row.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ReformMode, type AdminLevel, type ProcessingType } from "@/lib/generated/prisma/enums";
import { ADMIN_LEVELS, parseMatterSearchParams, type TMatterSearchInput, type TMatterSearchParams } from "./query-schemas";
import { queryTokens } from "./search-tokens";

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
  /** Batches present in the catalog, ascending; `unbatched` = some matters are outside every batch. */
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
}

const PUBLIC_CATALOG = { kind: "PERMIT", isActive: true } as const satisfies Prisma.MatterWhereInput;

const LEVEL_ORDER = new Map<string, number>(ADMIN_LEVELS.map((l, i) => [l, i]));

async function loadFacets(): Promise<CatalogFacets> {
  const db = getDb();
  const [departments, industries, levels, batches] = await Promise.all([
    db.department.findMany({
      where: { matters: { some: PUBLIC_CATALOG } },
      select: { id: true, name: true, shortName: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    }),
    db.matter.groupBy({ by: ["industry"], where: PUBLIC_CATALOG, _count: { _all: true } }),
    db.matter.groupBy({ by: ["level"], where: PUBLIC_CATALOG }),
    db.matter.groupBy({ by: ["rolloutBatch"], where: PUBLIC_CATALOG }),
  ]);
  return {
    departments,
    // Most common industries first: the list reads like the catalog itself.
    industries: industries
      .sort((a, b) => b._count._all - a._count._all || a.industry.localeCompare(b.industry, "zh-CN"))
      .map((r) => r.industry),
    levels: levels.map((r) => r.level).sort((a, b) => (LEVEL_ORDER.get(a) ?? 9) - (LEVEL_ORDER.get(b) ?? 9)),
    batches: batches.flatMap((r) => (r.rolloutBatch === null ? [] : [r.rolloutBatch])).sort((a, b) => a - b),
    hasUnbatched: batches.some((r) => r.rolloutBatch === null),
  };
}

/** Drops filter values the catalog does not hold, so the form never shows a filter that matches nothing. */
function applicableParams(p: TMatterSearchParams, facets: CatalogFacets): TMatterSearchParams {
  return {
    ...p,
    departmentId: p.departmentId && facets.departments.some((d) => d.id === p.departmentId) ? p.departmentId : undefined,
    industry: p.industry && facets.industries.includes(p.industry) ? p.industry : undefined,
    level: p.level && facets.levels.includes(p.level) ? p.level : undefined,
    batch:
      p.batch === "none"
        ? facets.hasUnbatched
          ? "none"
          : undefined
        : p.batch !== undefined && facets.batches.includes(p.batch)
          ? p.batch
          : undefined,
  };
}

function whereOf(p: TMatterSearchParams, tokens: string[], withMode: boolean): Prisma.MatterWhereInput {
  return {
    ...PUBLIC_CATALOG,
    ...(withMode && p.mode ? { reformMode: p.mode } : {}),
    ...(p.departmentId ? { departmentId: p.departmentId } : {}),
    ...(p.industry ? { industry: p.industry } : {}),
    ...(p.level ? { level: p.level } : {}),
    ...(p.batch === "none" ? { rolloutBatch: null } : p.batch !== undefined ? { rolloutBatch: p.batch } : {}),
    // `@>` on the GIN index: the row must hold every bigram (or the single character) of the query.
    ...(tokens.length > 0 ? { searchTokens: { hasEvery: tokens } } : {}),
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
  department: { select: { id: true, name: true, shortName: true } },
} as const satisfies Prisma.MatterSelect;

// Grouped by department as the published lists are, then by code for a stable order across pages.
const ROW_ORDER: Prisma.MatterOrderByWithRelationInput[] = [{ department: { sortOrder: "asc" } }, { code: "asc" }];

/**
 * Accepts raw query parameters (strings, arrays, garbage) or already-parsed ones; never throws on bad input.
 */
export async function searchMatters(input: TMatterSearchInput | Record<string, unknown> = {}): Promise<MatterSearchResult> {
  const db = getDb();
  const parsed = parseMatterSearchParams(input);
  const facets = await loadFacets();
  const params = applicableParams(parsed, facets);

  const tokens = params.q ? queryTokens(params.q) : [];
  const queryTooShort = Boolean(params.q) && tokens.length === 0;
  const where = whereOf(params, tokens, true);
  const pageSize = params.pageSize;

  const [total, grouped, firstTry] = await Promise.all([
    db.matter.count({ where }),
    db.matter.groupBy({ by: ["reformMode"], where: whereOf(params, tokens, false), _count: { _all: true } }),
    db.matter.findMany({ where, select: ROW_SELECT, orderBy: ROW_ORDER, skip: (params.page - 1) * pageSize, take: pageSize }),
  ]);

  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  let page = params.page;
  let rows = firstTry;
  // A page past the end (an old bookmark, a hand-edited URL) shows the last page instead of nothing.
  if (page > pageCount) {
    page = pageCount;
    rows = await db.matter.findMany({ where, select: ROW_SELECT, orderBy: ROW_ORDER, skip: (page - 1) * pageSize, take: pageSize });
  }

  const byMode = Object.fromEntries(Object.values(ReformMode).map((m) => [m, 0])) as Record<ReformMode, number>;
  for (const g of grouped) byMode[g.reformMode] = g._count._all;

  return { rows, total, byMode, facets, params: { ...params, page }, page, pageSize, pageCount, queryTooShort };
}
