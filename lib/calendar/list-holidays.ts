import "server-only";
// The administrator's view of one year of the holiday calendar: its rows, and what they amount to — the
// working days of each month, counted by the same rule the approval clocks use (working-days.ts).
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { shanghaiDay, isoDay } from "./dates";
import { workingDaysByMonth } from "./working-days-by-month";
import { isWeekend, weekdayOf, ZHolidayYear, type THolidayKind } from "./schemas";

export interface HolidayRow {
  date: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  name: string;
  kind: THolidayKind;
  /** false: the row changes nothing (a day off on a weekend, as the seeded schedules list whole spans). */
  changesDay: boolean;
}

export interface HolidayYear {
  year: number;
  /** Years to offer: every year with rows, and the years around the current one. */
  years: { year: number; days: number }[];
  rows: HolidayRow[];
  /** Working days of January … December of `year`. */
  workingDaysByMonth: number[];
}

export async function listHolidays(opts: { actor: SessionUser; now: Date; year?: unknown }): Promise<HolidayYear> {
  assertCan(opts.actor.role, "holiday.edit");
  const currentYear = Number(shanghaiDay(opts.now).slice(0, 4));
  const year = ZHolidayYear.parse(opts.year) ?? currentYear;
  const db = getDb();
  const [found, counts] = await Promise.all([
    db.holiday.findMany({
      where: { date: { gte: new Date(`${year}-01-01T00:00:00Z`), lt: new Date(`${year + 1}-01-01T00:00:00Z`) } },
      orderBy: { date: "asc" },
    }),
    db.$queryRaw<{ year: number; days: number }[]>`SELECT EXTRACT(YEAR FROM "date")::int AS year, COUNT(*)::int AS days FROM "Holiday" GROUP BY 1`,
  ]);
  const rows: HolidayRow[] = found.map((h) => {
    const date = isoDay(h.date);
    return { date, weekday: weekdayOf(date), name: h.name, kind: h.kind, changesDay: (h.kind === "HOLIDAY") !== isWeekend(date) };
  });
  const byYear = new Map(counts.map((c) => [c.year, c.days]));
  const years = [...new Set([...byYear.keys(), currentYear - 1, currentYear, currentYear + 1, year])].sort((a, b) => a - b);
  return {
    year,
    years: years.map((y) => ({ year: y, days: byYear.get(y) ?? 0 })),
    rows,
    workingDaysByMonth: workingDaysByMonth(year, new Map(rows.map((r) => [r.date, r.kind]))),
  };
}
