import "server-only";
// The administrator keeps the holiday calendar (节假日与调休) as data: each year's 国务院办公厅 schedule
// of days off and make-up working days is entered here, not in code. Saving a day re-times every open
// approval task in the same transaction, because their due dates are counted over this calendar.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { CALENDAR_EDIT_TX, lockCalendar, rescheduleOpenTasks } from "./calendar-edit";
import type { THolidayKind, TSaveHoliday } from "@/lib/calendar/schemas";

export interface SaveHolidayResult {
  date: string;
  name: string;
  kind: THolidayKind;
  /** true: the date had no row before. */
  created: boolean;
  /** Open tasks whose promised or statutory due date moved. */
  rescheduled: number;
}

export async function saveHoliday(opts: { actor: SessionUser; now: Date; input: TSaveHoliday }): Promise<SaveHolidayResult> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "holiday.edit");
  const date = new Date(`${input.date}T00:00:00.000Z`);

  return getDb().$transaction(async (tx) => {
    await lockCalendar(tx);
    const before = await tx.holiday.findUnique({ where: { date }, select: { name: true, kind: true } });
    const row = { name: input.name, kind: input.kind };
    await tx.holiday.upsert({ where: { date }, create: { date, ...row }, update: row });
    // A new name alone changes no working day, so no due date.
    const rescheduled = before?.kind === row.kind ? 0 : await rescheduleOpenTasks(tx, input.date);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "holiday.save",
      entityType: "Holiday",
      entityId: input.date,
      ...(before ? { before } : {}),
      after: { ...row, rescheduled },
      at: now,
    });
    return { date: input.date, ...row, created: !before, rescheduled };
  }, CALENDAR_EDIT_TX);
}
