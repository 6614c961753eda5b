// Days of the metrics (pure). A rollup day is the Asia/Shanghai date of submission, stored as the UTC
// midnight Date a @db.Date column holds.
import { shanghaiDay } from "@/lib/calendar/dates";

const DAY_MS = 86_400_000;

/** The instants [start, end) of a Shanghai calendar day. */
export function dayRange(day: Date | string): { start: Date; end: Date } {
  const iso = typeof day === "string" ? day : day.toISOString().slice(0, 10);
  const start = new Date(Date.parse(`${iso}T00:00:00+08:00`));
  return { start, end: new Date(start.getTime() + DAY_MS) };
}

/** "YYYY-MM-DD" as the Date a @db.Date column holds. */
export const dbDate = (day: string) => new Date(`${day}T00:00:00.000Z`);

export const addDays = (day: string, n: number) => new Date(dbDate(day).getTime() + n * DAY_MS).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string) => Math.round((dbDate(to).getTime() - dbDate(from).getTime()) / DAY_MS);

/** The default period: the 365 days ending today (Asia/Shanghai). */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const to = shanghaiDay(now);
  return { from: addDays(to, -364), to };
}

/** Trend buckets: days for a period of up to 62 days, months beyond. */
export const bucketOf = (from: string, to: string): "day" | "month" => (daysBetween(from, to) <= 61 ? "day" : "month");
