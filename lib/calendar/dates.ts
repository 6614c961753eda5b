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
