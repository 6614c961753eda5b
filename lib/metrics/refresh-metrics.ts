import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { aggregate, type ApplicationFact, type FactItem, type FactRating, type FactTask, type FactTicket } from "./contributions";
import { WINDOW_UNIT } from "@/lib/base/units";
import { dayRange } from "./period";

// One refresher at a time per day's rows: a second caller waits, then finds the day already done.
const REFRESH_LOCK = 0x6d657472; // "metr"

/**
 * Incremental refresh of the pre-aggregated metrics (MetricRollup): every day the triggers marked dirty is
 * recomputed whole from the source tables — exact, never drifting — newest days first, each day in its own
 * transaction. Only the ids read are deleted, so a change committed meanwhile keeps its day dirty for the
 * next run. `maxDays` bounds the work of one call. Run by the `metrics-refresh` job (lib/jobs) only: readers
 * never write — they compute the newest dirty days in memory instead (./rollup-view.ts).
 */
export async function refreshMetrics({ maxDays = 60 }: { maxDays?: number } = {}): Promise<{ days: number; remaining: number }> {
  const db = getDb();
  const dirty = await db.$queryRaw<{ day: Date }[]>`SELECT DISTINCT day FROM "MetricDirtyDay" ORDER BY day DESC LIMIT ${maxDays}`;
  for (const { day } of dirty) {
    await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REFRESH_LOCK}::int, (${day}::date - DATE '2000-01-01'))`;
        const ids = await tx.$queryRaw<{ id: bigint }[]>`SELECT id FROM "MetricDirtyDay" WHERE day = ${day}::date`;
        if (ids.length === 0) return;
        await recomputeDay(tx, day);
        await tx.$executeRaw`DELETE FROM "MetricDirtyDay" WHERE id = ANY(${ids.map((r) => r.id)}::bigint[])`;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  }
  const [left] = await db.$queryRaw<{ remaining: number }[]>`SELECT count(DISTINCT day)::int AS remaining FROM "MetricDirtyDay"`;
  return { days: dirty.length, remaining: left?.remaining ?? 0 };
}

/** The rollup rows of one day, computed from the applications submitted that day. Reads only. */
export async function computeDayRows(db: Prisma.TransactionClient, day: Date) {
  const facts = await loadDayFacts(db, day);
  return aggregate(facts).map(({ dims, counters }) => ({ day, ...dims, ...counters }));
}

/** Replaces the day's rollup rows with a recomputation from the applications submitted that day. */
async function recomputeDay(tx: Prisma.TransactionClient, day: Date): Promise<void> {
  const rows = await computeDayRows(tx, day);
  await tx.metricRollup.deleteMany({ where: { day } });
  if (rows.length) await tx.metricRollup.createMany({ data: rows });
}

/**
 * Everything the metrics need about the applications submitted on one day (Asia/Shanghai): five set
 * queries driven by the submittedAt index (no id lists), joined here.
 */
async function loadDayFacts(tx: Prisma.TransactionClient, day: Date): Promise<ApplicationFact[]> {
  const { start, end } = dayRange(day);
  const inDay = Prisma.sql`a."submittedAt" >= ${start} AND a."submittedAt" < ${end} AND a.status <> 'DRAFT'`;
  // One after the other: a transaction runs one statement at a time.
  const apps = await tx.$queryRaw<
    {
      id: string;
      status: string;
      fieldsTyped: number;
      fieldsBaseline: number;
      materialsSubmitted: number;
      materialsBaseline: number;
      workingDaysTaken: number | null;
      returnCount: number;
      pending: number;
    }[]
  >`
      SELECT a.id, a.status::text AS status, a."fieldsTyped", a."fieldsBaseline", a."materialsSubmitted", a."materialsBaseline", a."workingDaysTaken", a."returnCount",
             (SELECT count(*)::int FROM "PendingMaterial" p WHERE p."applicationId" = a.id) AS pending
      FROM "Application" a WHERE ${inDay}`;
  const items = await tx.$queryRaw<(FactItem & { applicationId: string })[]>`
      SELECT i."applicationId", i."matterId", i."useCommitment", i."taskId", m."departmentId", m.industry, m."rolloutBatch", m."statutoryDays"
      FROM "ApplicationItem" i JOIN "Application" a ON a.id = i."applicationId" JOIN "Matter" m ON m.id = i."matterId" WHERE ${inDay}`;
  // On time = decided by the due dates the task's clock left on the row (lib/calendar/task-clock.ts
  // isDecidedOnTime; the due date is the end of its Shanghai day). The clock stops at the decision, so a
  // task decided while a 容缺 material or a 补正 answer was awaited carries its due date moved by the wait
  // (lib/approvals/clock.ts), the same date the desks flag overdue by.
  const tasks = await tx.$queryRaw<(FactTask & { applicationId: string })[]>`
      SELECT t."applicationId", t.id,
             (t.status IN ('APPROVED', 'REJECTED') AND t."decidedAt" IS NOT NULL) AS decided,
             (t.status IN ('APPROVED', 'REJECTED') AND t."decidedAt" <= t."promisedDueAt") IS TRUE AS "onTime",
             (t.status IN ('APPROVED', 'REJECTED') AND t."decidedAt" <= t."statutoryDueAt") IS TRUE AS "inStatutory",
             (SELECT count(*)::int FROM "TaskCorrection" c WHERE c."taskId" = t.id) AS corrections
      FROM "ApprovalTask" t JOIN "Application" a ON a.id = t."applicationId" WHERE ${inDay}`;
  const reviews = await tx.$queryRaw<(FactRating & { applicationId: string })[]>`
      SELECT r."applicationId", r."unitKey" AS unit, r.overall, r.efficiency, r."guideAccuracy", r.convenience, r.usability
      FROM "ServiceReview" r JOIN "Application" a ON a.id = r."applicationId" WHERE ${inDay} AND r."supersededAt" IS NULL`;
  const tickets = await tx.$queryRaw<(FactTicket & { applicationId: string })[]>`
      SELECT k."applicationId", COALESCE(k."departmentId", ${WINDOW_UNIT}) AS unit, k."rectifiedAt" IS NOT NULL AS rectified
      FROM "RectificationTicket" k JOIN "Application" a ON a.id = k."applicationId" WHERE ${inDay}`;
  const facts = new Map<string, ApplicationFact>(
    apps.map((a) => [
      a.id,
      {
        issued: a.status === "ISSUED",
        fieldsTyped: a.fieldsTyped,
        fieldsBaseline: a.fieldsBaseline,
        materialsSubmitted: a.materialsSubmitted,
        materialsBaseline: a.materialsBaseline,
        workingDaysTaken: a.workingDaysTaken,
        returnCount: a.returnCount,
        pendingMaterials: a.pending,
        items: [],
        tasks: [],
        ratings: [],
        tickets: [],
      },
    ]),
  );
  for (const { applicationId, ...i } of items) facts.get(applicationId)?.items.push(i);
  for (const { applicationId, ...t } of tasks) facts.get(applicationId)?.tasks.push(t);
  for (const { applicationId, ...r } of reviews) facts.get(applicationId)?.ratings.push(r);
  for (const { applicationId, ...k } of tickets) facts.get(applicationId)?.tickets.push(k);
  return [...facts.values()];
}
