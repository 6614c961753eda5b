// Time is stored in UTC and computed in Asia/Shanghai (UTC+8 all year, no daylight saving).
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Asia/Shanghai calendar date of an instant, as "YYYY-MM-DD". */
export function shanghaiDay(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The Asia/Shanghai calendar date of an instant, as the Date a @db.Date column stores (UTC midnight). */
export function shanghaiDate(instant: Date): Date {
  return new Date(`${shanghaiDay(instant)}T00:00:00.000Z`);
}

const DAY_MS = 86_400_000;

/** The calendar date a @db.Date value holds (its UTC date), as "YYYY-MM-DD". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" as the Date a @db.Date column holds. */
export const dbDate = (day: string) => new Date(`${day}T00:00:00.000Z`);

export const addDays = (day: string, n: number) => new Date(dbDate(day).getTime() + n * DAY_MS).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string) => Math.round((dbDate(to).getTime() - dbDate(from).getTime()) / DAY_MS);
