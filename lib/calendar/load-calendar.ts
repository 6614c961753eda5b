import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CalendarDays } from "./working-days";
import { isoDay } from "@/lib/calendar/dates";

/** The holiday calendar as the working-day functions read it. */
export async function loadCalendar(db: Pick<Prisma.TransactionClient, "holiday">): Promise<CalendarDays> {
  const rows = await db.holiday.findMany({ select: { date: true, kind: true } });
  return new Map(rows.map((r) => [isoDay(r.date), r.kind]));
}
