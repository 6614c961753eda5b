// The same filters as Prisma conditions, for the applications behind a number (drill-down), which are
// read live rather than from the rollup.
import type { Prisma } from "@/lib/generated/prisma/client";
import { NO_BATCH } from "./definitions";
import { WINDOW_UNIT } from "@/lib/base/units";
import type { TMetricFilters } from "./schemas";

/** Conditions on a matter; null when no matter-level filter is set. */
export function matterWhere(f: TMetricFilters): Prisma.MatterWhereInput | null {
  const where: Prisma.MatterWhereInput = {};
  if (f.matter) where.id = f.matter;
  if (f.dept && f.dept !== WINDOW_UNIT) where.departmentId = f.dept;
  if (f.industry) where.industry = f.industry;
  if (f.batch) where.rolloutBatch = f.batch === NO_BATCH ? null : Number(f.batch);
  return Object.keys(where).length ? where : null;
}

/** The unit a rating or ticket answers to: undefined = any, null = 综合窗口, else the department. */
export function unitWhere(f: TMetricFilters): string | null | undefined {
  if (!f.dept) return undefined;
  return f.dept === WINDOW_UNIT ? null : f.dept;
}
