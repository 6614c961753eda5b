"use server";
// Server actions of the holiday calendar page, each ONE domain function behind defineAction (the schema
// parses once, its problems land on their fields); saving or deleting a day re-times every open task in the
// same transaction.
import { defineAction } from "@/lib/actions/define-action";
import { saveHoliday } from "@/lib/admin/save-holiday";
import { deleteHoliday } from "@/lib/admin/delete-holiday";
import { ZDeleteHoliday, ZSaveHoliday } from "@/lib/calendar/schemas";

// The admin home counts the calendar's rows.
const SHOWN = ["/admin/holidays", "/admin"];

export const saveHolidayAction = defineAction({
  name: "admin.holidays.save",
  permission: "holiday.edit",
  schema: ZSaveHoliday,
  fromForm: true,
  run: async ({ input, actor, now }) => ({ done: "saved" as const, ...(await saveHoliday({ actor, now, input })) }),
  revalidate: SHOWN,
});

export const deleteHolidayAction = defineAction({
  name: "admin.holidays.delete",
  permission: "holiday.edit",
  schema: ZDeleteHoliday,
  fromForm: true,
  run: async ({ input, actor, now }) => ({ done: "deleted" as const, ...(await deleteHoliday({ actor, now, input })) }),
  revalidate: SHOWN,
});
