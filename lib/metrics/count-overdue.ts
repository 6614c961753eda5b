import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { UNDECIDED_TASK } from "@/lib/base/application-lock";
import { NO_BATCH } from "./definitions";
import { WINDOW_UNIT } from "@/lib/base/units";
import type { TMetricFilters } from "./schemas";

// "Overdue now" is live, not pre-aggregated: the open and overdue rows are few, so each count starts from
// them (a MATERIALIZED CTE on the status/due-date indexes) and checks the matter filter per row with a
// scalar sub-select (an EXISTS would be turned into a semi-join). Left to itself the planner hash-joins
// every item of the filtered matters — at 1M applications 0.8–2.9 s against 30 ms (bench-metrics).

/** The matter conditions of the filters on `m`, or null when no matter-level filter is set. */
function matterSql(f: TMetricFilters): Prisma.Sql | null {
  const parts: Prisma.Sql[] = [];
  if (f.matter) parts.push(Prisma.sql`m.id = ${f.matter}`);
  if (f.dept && f.dept !== WINDOW_UNIT) parts.push(Prisma.sql`m."departmentId" = ${f.dept}`);
  if (f.industry) parts.push(Prisma.sql`m.industry = ${f.industry}`);
  if (f.batch) parts.push(f.batch === NO_BATCH ? Prisma.sql`m."rolloutBatch" IS NULL` : Prisma.sql`m."rolloutBatch" = ${Number(f.batch)}`);
  return parts.length ? Prisma.join(parts, " AND ") : null;
}

// Literals from a constant (not parameters): compared as the enum, so the (status, promisedDueAt) index serves.
const UNDECIDED_SQL = Prisma.raw(UNDECIDED_TASK.map((s) => `'${s}'`).join(", "));

/** Dispatched, undecided tasks past their promised due date (the portal's own "overdue"), in scope. */
function overdueTasks(f: TMetricFilters, now: Date): Prisma.Sql {
  const matter = matterSql(f);
  return Prisma.sql`
    WITH open AS MATERIALIZED (
      SELECT id, "applicationId" FROM "ApprovalTask"
      WHERE status IN (${UNDECIDED_SQL}) AND "dispatchedAt" IS NOT NULL AND "promisedDueAt" < ${now}),
    overdue AS (
      SELECT o.id, o."applicationId" FROM open o
      ${matter ? Prisma.sql`WHERE (SELECT true FROM "ApplicationItem" i JOIN "Matter" m ON m.id = i."matterId" WHERE i."taskId" = o.id AND ${matter} LIMIT 1)` : Prisma.empty})`;
}

export async function countOverdueTasks(f: TMetricFilters, now: Date): Promise<number> {
  const [row] = await getDb().$queryRaw<{ n: number }[]>`${overdueTasks(f, now)} SELECT count(*)::int AS n FROM overdue`;
  return row?.n ?? 0;
}

/** One page of the applications with a task overdue now, newest submission first. */
export async function overdueApplicationIds(f: TMetricFilters, now: Date, skip: number, take: number): Promise<string[]> {
  const rows = await getDb().$queryRaw<{ id: string }[]>`${overdueTasks(f, now)}
    SELECT o.id FROM (SELECT DISTINCT "applicationId" AS id FROM overdue) o
    ORDER BY (SELECT a."submittedAt" FROM "Application" a WHERE a.id = o.id) DESC, o.id DESC OFFSET ${skip} LIMIT ${take}`;
  return rows.map((r) => r.id);
}

const overdueTicket = (now: Date) =>
  Prisma.sql`((status = 'OPEN' AND "callbackDueAt" < ${now}) OR (status IN ('OPEN', 'CALLED_BACK') AND "fixDueAt" < ${now}))`;

/** Overdue tickets now per unit (department id or "WINDOW"), for the public ranking. */
export async function overdueTicketsByUnit(now: Date): Promise<Map<string, number>> {
  const rows = await getDb().$queryRaw<{ unit: string; n: number }[]>`
    SELECT COALESCE("departmentId", ${WINDOW_UNIT}) AS unit, count(*)::int AS n FROM "RectificationTicket" WHERE ${overdueTicket(now)} GROUP BY 1`;
  return new Map(rows.map((r) => [r.unit, r.n]));
}

/** Tickets past the call-back or the rectification deadline, for the unit in scope. */
export async function countOverdueTickets(f: TMetricFilters, now: Date): Promise<number> {
  const matter = matterSql({ ...f, dept: null });
  const unit = !f.dept ? Prisma.empty : f.dept === WINDOW_UNIT ? Prisma.sql`AND "departmentId" IS NULL` : Prisma.sql`AND "departmentId" = ${f.dept}`;
  const [row] = await getDb().$queryRaw<{ n: number }[]>`
    WITH open AS MATERIALIZED (
      SELECT id, "applicationId" FROM "RectificationTicket"
      WHERE ${overdueTicket(now)} ${unit})
    SELECT count(*)::int AS n FROM open o
    ${matter ? Prisma.sql`WHERE (SELECT true FROM "ApplicationItem" i JOIN "Matter" m ON m.id = i."matterId" WHERE i."applicationId" = o."applicationId" AND ${matter} LIMIT 1)` : Prisma.empty}`;
  return row?.n ?? 0;
}
