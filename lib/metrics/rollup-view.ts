import "server-only";
// What readers of the rollup (dashboard, drill-down, regulator summary, public ranking) read: MetricRollup as
// stored, except that the newest few days the triggers marked dirty are computed in memory from the source
// tables — the same computation the refresh job stores (./refresh-metrics.ts computeDayRows). So a change is
// visible at once, and a page never writes: it can be served from a read replica. The `metrics-refresh` job
// (lib/jobs) stores the dirty days every minute; days beyond LIVE_DAYS wait for it and are counted as stale.
import { getDb } from "@/lib/db";
import { computeDayRows } from "./refresh-metrics";
import { isoDay } from "@/lib/calendar/dates";

/** Dirty days computed per read, newest first; older dirty days are left to the refresh job. */
export const LIVE_DAYS = 7;

export interface RollupView {
  /** Days ("YYYY-MM-DD") whose stored rows are replaced by `rows`. */
  liveDays: string[];
  /** Their rows, as JSON for jsonb_populate_recordset. */
  rows: string;
  /** Dirty days read as stored (may lag until the refresh job reaches them). */
  staleDays: number;
}

export async function loadRollupView(): Promise<RollupView> {
  const db = getDb();
  const dirty = await db.$queryRaw<{ day: Date }[]>`SELECT DISTINCT day FROM "MetricDirtyDay" ORDER BY day DESC`;
  const live = dirty.slice(0, LIVE_DAYS).map((d) => d.day);
  if (live.length === 0) return { liveDays: [], rows: "[]", staleDays: 0 };
  // One snapshot for every day's queries, so a day's facts agree with each other.
  const rows = await db.$transaction(
    async (tx) => {
      const all = [];
      for (const day of live) for (const r of await computeDayRows(tx, day)) all.push({ ...r, day: isoDay(r.day) });
      return all;
    },
    { isolationLevel: "RepeatableRead", timeout: 60_000, maxWait: 10_000 },
  );
  return { liveDays: live.map(isoDay), rows: JSON.stringify(rows), staleDays: dirty.length - live.length };
}

/**
 * The FROM item for a rollup query whose own parameters are $1…$n (`used` = n), and the parameters it adds.
 * Without live days it is the table itself.
 */
export function rollupSource(view: RollupView, used: number): { from: string; params: unknown[] } {
  if (view.liveDays.length === 0) return { from: `"MetricRollup"`, params: [] };
  return {
    from: `(SELECT * FROM "MetricRollup" WHERE NOT (day = ANY($${used + 1}::date[]))
            UNION ALL SELECT * FROM jsonb_populate_recordset(NULL::"MetricRollup", $${used + 2}::jsonb)) AS r`,
    params: [view.liveDays, view.rows],
  };
}
