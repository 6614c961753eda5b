// Days of the metrics (pure). A rollup day is the Asia/Shanghai date of submission, stored as the UTC
// midnight Date a @db.Date column holds.
import { shanghaiDay, isoDay } from "@/lib/calendar/dates";
import { addDays, daysBetween } from "@/lib/calendar/dates";

const DAY_MS = 86_400_000;

/** The instants [start, end) of a Shanghai calendar day. */
export function dayRange(day: Date | string): { start: Date; end: Date } {
  const iso = typeof day === "string" ? day : isoDay(day);
  const start = new Date(Date.parse(`${iso}T00:00:00+08:00`));
  return { start, end: new Date(start.getTime() + DAY_MS) };
}

/** The default period: the 365 days ending today (Asia/Shanghai). */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const to = shanghaiDay(now);
  return { from: addDays(to, -364), to };
}

/** Trend buckets: days for a period of up to 62 days, months beyond. */
export const bucketOf = (from: string, to: string): "day" | "month" => (daysBetween(from, to) <= 61 ? "day" : "month");
