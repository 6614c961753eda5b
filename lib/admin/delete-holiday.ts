import "server-only";
// Removing a day from the holiday calendar: the date falls back to the Monday–Friday rule and every open
// approval task is re-timed in the same transaction (see save-holiday.ts).
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { CALENDAR_EDIT_TX, lockCalendar, rescheduleOpenTasks } from "./calendar-edit";
import type { TDeleteHoliday } from "@/lib/calendar/schemas";

export async function deleteHoliday(opts: { actor: SessionUser; now: Date; input: TDeleteHoliday }): Promise<{ date: string; rescheduled: number }> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "holiday.edit");
  const date = new Date(`${input.date}T00:00:00.000Z`);

  return getDb().$transaction(async (tx) => {
    await lockCalendar(tx);
    const before = await tx.holiday.findUnique({ where: { date }, select: { name: true, kind: true } });
    if (!before) throw new AppError("NOT_FOUND", "domain.calendar.errors.holiday.notInCalendar", { date: input.date });
    await tx.holiday.delete({ where: { date } });
    const rescheduled = await rescheduleOpenTasks(tx, input.date);
    await writeAudit(tx, { actorId: actor.id, action: "holiday.delete", entityType: "Holiday", entityId: input.date, before, after: { rescheduled }, at: now });
    return { date: input.date, rescheduled };
  }, CALENDAR_EDIT_TX);
}
