import "server-only";
import { getDb } from "@/lib/db";
import { COUNTERS, zeroCounters, type Counters } from "./definitions";
import type { Dimensions } from "./contributions";
import { dbDate } from "@/lib/calendar/dates";
import { rollupSource, type RollupView } from "./rollup-view";

// Reads of the rollup (as ./rollup-view.ts presents it): a range of days for one filter combination (the
// primary key's order), summed whole or per month / day / department. Column names come from the COUNTERS
// constant, values are bound.
const SUMS = COUNTERS.map((c) => `COALESCE(SUM("${c}"), 0)::float8 AS "${c}"`).join(", ");

type Row = Counters & { bucket: string };

function toCounters(row: Partial<Record<string, unknown>>): Counters {
  const c = zeroCounters();
  for (const k of COUNTERS) c[k] = Number(row[k] ?? 0);
  return c;
}

export async function sumRollup(view: RollupView, dims: Dimensions, from: string, to: string): Promise<Counters> {
  const source = rollupSource(view, 6);
  const rows = await getDb().$queryRawUnsafe<Row[]>(
    `SELECT ${SUMS} FROM ${source.from} WHERE dept = $1 AND industry = $2 AND batch = $3 AND matter = $4 AND day BETWEEN $5 AND $6`,
    dims.dept,
    dims.industry,
    dims.batch,
    dims.matter,
    dbDate(from),
    dbDate(to),
    ...source.params,
  );
  return toCounters(rows[0] ?? {});
}

/** Per month ("YYYY-MM") or day ("YYYY-MM-DD") of submission, in order; buckets without rows are absent. */
export async function sumRollupByTime(
  view: RollupView,
  dims: Dimensions,
  from: string,
  to: string,
  bucket: "day" | "month",
): Promise<{ bucket: string; counters: Counters }[]> {
  const format = bucket === "month" ? "YYYY-MM" : "YYYY-MM-DD";
  const source = rollupSource(view, 6);
  const rows = await getDb().$queryRawUnsafe<Row[]>(
    `SELECT to_char(day, '${format}') AS bucket, ${SUMS} FROM ${source.from}
     WHERE dept = $1 AND industry = $2 AND batch = $3 AND matter = $4 AND day BETWEEN $5 AND $6
     GROUP BY 1 ORDER BY 1`,
    dims.dept,
    dims.industry,
    dims.batch,
    dims.matter,
    dbDate(from),
    dbDate(to),
    ...source.params,
  );
  return rows.map((r) => ({ bucket: r.bucket, counters: toCounters(r) }));
}

/** Per unit (department id or "WINDOW") for an industry / batch combination; `from` null = all days. */
export async function sumRollupByUnit(
  view: RollupView,
  industry: string,
  batch: string,
  from: string | null,
  to: string | null,
): Promise<{ unit: string; counters: Counters }[]> {
  const period = from && to ? `AND day BETWEEN $3 AND $4` : "";
  const own = from && to ? [industry, batch, dbDate(from), dbDate(to)] : [industry, batch];
  const source = rollupSource(view, own.length);
  const rows = await getDb().$queryRawUnsafe<(Row & { unit: string })[]>(
    `SELECT dept AS unit, ${SUMS} FROM ${source.from}
     WHERE industry = $1 AND batch = $2 AND matter = '*' AND dept <> '*' ${period}
     GROUP BY dept`,
    ...own,
    ...source.params,
  );
  return rows.map((r) => ({ unit: r.unit, counters: toCounters(r) }));
}

/** Σ of one counter over every day, all dimensions "*" (the regulator summary's application count). */
export async function sumAllDays(view: RollupView, counter: "applications"): Promise<number> {
  const source = rollupSource(view, 0);
  const rows = await getDb().$queryRawUnsafe<{ n: number }[]>(
    `SELECT COALESCE(SUM("${counter}"), 0)::int AS n FROM ${source.from} WHERE dept = '*' AND industry = '*' AND batch = '*' AND matter = '*'`,
    ...source.params,
  );
  return rows[0]?.n ?? 0;
}

/** The first day with a rating in force, all dimensions "*"; null without ratings. */
export async function firstRatedDay(view: RollupView): Promise<Date | null> {
  const source = rollupSource(view, 0);
  const rows = await getDb().$queryRawUnsafe<{ since: Date | null }[]>(
    `SELECT min(day) AS since FROM ${source.from} WHERE dept = '*' AND industry = '*' AND batch = '*' AND matter = '*' AND ratings > 0`,
    ...source.params,
  );
  return rows[0]?.since ?? null;
}
