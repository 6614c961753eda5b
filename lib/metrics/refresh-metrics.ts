import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { aggregate, type ApplicationFact } from "./contributions";
import { WINDOW_UNIT } from "./definitions";
import { dayRange } from "./period";

// One refresher at a time per day's rows: a second caller waits, then finds the day already done.
const REFRESH_LOCK = 0x6d657472; // "metr"
const DECIDED = new Set(["APPROVED", "REJECTED"]);

/**
 * Incremental refresh of the pre-aggregated metrics (MetricRollup): every day the triggers marked dirty is
 * recomputed whole from the source tables — exact, never drifting — newest days first, each day in its own
 * transaction. Only the ids read are deleted, so a change committed meanwhile keeps its day dirty for the
 * next run. `maxDays` bounds the work of one call (the dashboard refreshes a few days before it reads; the
 * cron sweep does the rest).
 */
export async function refreshMetrics({ maxDays = 60 }: { maxDays?: number } = {}): Promise<{ days: number; remaining: number }> {
  const db = getDb();
  const dirty = await db.$queryRaw<{ day: Date }[]>`SELECT DISTINCT day FROM "MetricDirtyDay" ORDER BY day DESC LIMIT ${maxDays}`;
  for (const { day } of dirty) {
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REFRESH_LOCK}::int, (${day}::date - DATE '2000-01-01'))`;
      const ids = await tx.$queryRaw<{ id: bigint }[]>`SELECT id FROM "MetricDirtyDay" WHERE day = ${day}::date`;
      if (ids.length === 0) return;
      await recomputeDay(tx, day);
      await tx.$executeRaw`DELETE FROM "MetricDirtyDay" WHERE id = ANY(${ids.map((r) => r.id)}::bigint[])`;
    }, { timeout: 120_000, maxWait: 30_000 });
  }
  const [left] = await db.$queryRaw<{ remaining: number }[]>`SELECT count(DISTINCT day)::int AS remaining FROM "MetricDirtyDay"`;
  return { days: dirty.length, remaining: left?.remaining ?? 0 };
}

/** Replaces the day's rollup rows with a recomputation from the applications submitted that day. */
async function recomputeDay(tx: Prisma.TransactionClient, day: Date): Promise<void> {
  const facts = await loadDayFacts(tx, day);
  await tx.metricRollup.deleteMany({ where: { day } });
  const rows = aggregate(facts).map(({ dims, counters }) => ({ day, ...dims, ...counters }));
  if (rows.length) await tx.metricRollup.createMany({ data: rows });
}

/** Everything the metrics need about the applications submitted on one day (Asia/Shanghai). */
export async function loadDayFacts(tx: Prisma.TransactionClient, day: Date): Promise<ApplicationFact[]> {
  const { start, end } = dayRange(day);
  const apps = await tx.application.findMany({
    where: { submittedAt: { gte: start, lt: end }, status: { not: "DRAFT" } },
    select: {
      status: true,
      fieldsTyped: true,
      fieldsBaseline: true,
      materialsSubmitted: true,
      materialsBaseline: true,
      workingDaysTaken: true,
      returnCount: true,
      _count: { select: { pending: true } },
      items: { select: { matterId: true, useCommitment: true, taskId: true, matter: { select: { departmentId: true, industry: true, rolloutBatch: true, statutoryDays: true } } } },
      tasks: { select: { id: true, status: true, decidedAt: true, promisedDueAt: true, statutoryDueAt: true, _count: { select: { corrections: true } } } },
      reviews: { where: { supersededAt: null }, select: { unitKey: true, overall: true, efficiency: true, guideAccuracy: true, convenience: true, usability: true } },
      tickets: { select: { departmentId: true, rectifiedAt: true } },
    },
  });
  return apps.map((a) => ({
    issued: a.status === "ISSUED",
    fieldsTyped: a.fieldsTyped,
    fieldsBaseline: a.fieldsBaseline,
    materialsSubmitted: a.materialsSubmitted,
    materialsBaseline: a.materialsBaseline,
    workingDaysTaken: a.workingDaysTaken,
    returnCount: a.returnCount,
    pendingMaterials: a._count.pending,
    items: a.items.map((i) => ({
      matterId: i.matterId,
      departmentId: i.matter.departmentId,
      industry: i.matter.industry,
      rolloutBatch: i.matter.rolloutBatch,
      statutoryDays: i.matter.statutoryDays,
      useCommitment: i.useCommitment,
      taskId: i.taskId,
    })),
    tasks: a.tasks.map((t) => {
      const decided = DECIDED.has(t.status) && t.decidedAt !== null;
      const by = (due: Date | null) => decided && due !== null && t.decidedAt! <= due;
      return { id: t.id, decided, onTime: by(t.promisedDueAt), inStatutory: by(t.statutoryDueAt), corrections: t._count.corrections };
    }),
    ratings: a.reviews.map((r) => ({ unit: r.unitKey, overall: r.overall, efficiency: r.efficiency, guideAccuracy: r.guideAccuracy, convenience: r.convenience, usability: r.usability })),
    tickets: a.tickets.map((t) => ({ unit: t.departmentId ?? WINDOW_UNIT, rectified: t.rectifiedAt !== null })),
  }));
}
