import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CalendarDays } from "./working-days";

/** The holiday calendar as the working-day functions read it. */
export async function loadCalendar(db: Pick<Prisma.TransactionClient, "holiday">): Promise<CalendarDays> {
  const rows = await db.holiday.findMany({ select: { date: true, kind: true } });
  return new Map(rows.map((r) => [r.date.toISOString().slice(0, 10), r.kind]));
}
