// The same filters as Prisma conditions, for what is read live rather than from the rollup: the
// applications behind a number (drill-down) and what is overdue right now.
import type { Prisma } from "@/lib/generated/prisma/client";
import { NO_BATCH, WINDOW_UNIT } from "./definitions";
import type { TMetricFilters } from "./schemas";
import { UNDECIDED_TASK } from "@/lib/approvals/clock";

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

/** Dispatched, undecided tasks past their promised due date (the portal's own "overdue"), in scope. */
export function overdueTaskWhere(f: TMetricFilters, now: Date): Prisma.ApprovalTaskWhereInput {
  const matter = matterWhere(f);
  return {
    status: { in: [...UNDECIDED_TASK] },
    dispatchedAt: { not: null },
    promisedDueAt: { lt: now },
    ...(matter ? { items: { some: { matter } } } : {}),
  };
}

/** Tickets past the call-back or the rectification deadline, for the unit in scope. */
export function overdueTicketWhere(f: TMetricFilters, now: Date): Prisma.RectificationTicketWhereInput {
  const unit = unitWhere(f);
  const matter = matterWhere({ ...f, dept: null });
  return {
    OR: [
      { status: "OPEN", callbackDueAt: { lt: now } },
      { status: { in: ["OPEN", "CALLED_BACK"] }, fixDueAt: { lt: now } },
    ],
    ...(unit !== undefined ? { departmentId: unit } : {}),
    ...(matter ? { application: { items: { some: { matter } } } } : {}),
  };
}
