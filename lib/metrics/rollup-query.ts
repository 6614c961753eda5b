import "server-only";
import { getDb } from "@/lib/db";
import { COUNTERS, zeroCounters, type Counters } from "./definitions";
import type { Dimensions } from "./contributions";
import { dbDate } from "./period";

// Reads of MetricRollup: a range of days for one filter combination (the primary key's order), summed
// whole or per month / day / department. Column names come from the COUNTERS constant, values are bound.
const SUMS = COUNTERS.map((c) => `COALESCE(SUM("${c}"), 0)::float8 AS "${c}"`).join(", ");

type Row = Counters & { bucket: string };

function toCounters(row: Partial<Record<string, unknown>>): Counters {
  const c = zeroCounters();
  for (const k of COUNTERS) c[k] = Number(row[k] ?? 0);
  return c;
}

export async function sumRollup(dims: Dimensions, from: string, to: string): Promise<Counters> {
  const rows = await getDb().$queryRawUnsafe<Row[]>(
    `SELECT ${SUMS} FROM "MetricRollup" WHERE dept = $1 AND industry = $2 AND batch = $3 AND matter = $4 AND day BETWEEN $5 AND $6`,
    dims.dept,
    dims.industry,
    dims.batch,
    dims.matter,
    dbDate(from),
    dbDate(to),
  );
  return toCounters(rows[0] ?? {});
}

/** Per month ("YYYY-MM") or day ("YYYY-MM-DD") of submission, in order; buckets without rows are absent. */
export async function sumRollupByTime(dims: Dimensions, from: string, to: string, bucket: "day" | "month"): Promise<{ bucket: string; counters: Counters }[]> {
  const format = bucket === "month" ? "YYYY-MM" : "YYYY-MM-DD";
  const rows = await getDb().$queryRawUnsafe<Row[]>(
    `SELECT to_char(day, '${format}') AS bucket, ${SUMS} FROM "MetricRollup"
     WHERE dept = $1 AND industry = $2 AND batch = $3 AND matter = $4 AND day BETWEEN $5 AND $6
     GROUP BY 1 ORDER BY 1`,
    dims.dept,
    dims.industry,
    dims.batch,
    dims.matter,
    dbDate(from),
    dbDate(to),
  );
  return rows.map((r) => ({ bucket: r.bucket, counters: toCounters(r) }));
}

/** Per unit (department id or "WINDOW") for an industry / batch combination; `from` null = all days. */
export async function sumRollupByUnit(
  industry: string,
  batch: string,
  from: string | null,
  to: string | null,
): Promise<{ unit: string; counters: Counters }[]> {
  const period = from && to ? `AND day BETWEEN $3 AND $4` : "";
  const rows = await getDb().$queryRawUnsafe<(Row & { unit: string })[]>(
    `SELECT dept AS unit, ${SUMS} FROM "MetricRollup"
     WHERE industry = $1 AND batch = $2 AND matter = '*' AND dept <> '*' ${period}
     GROUP BY dept`,
    industry,
    batch,
    ...(from && to ? [dbDate(from), dbDate(to)] : []),
  );
  return rows.map((r) => ({ unit: r.unit, counters: toCounters(r) }));
}
