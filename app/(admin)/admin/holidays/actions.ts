"use server";
// Server actions of the holiday calendar page: each checks the permission, validates with the domain's
// schema (so a message can be tied to its field) and calls ONE domain function, which validates again and
// re-times every open task in the same transaction.
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure, type ActionFailure } from "@/lib/action-error";
import { saveHoliday, type SaveHolidayResult } from "@/lib/calendar/save-holiday";
import { deleteHoliday } from "@/lib/calendar/delete-holiday";
import { ZSaveHoliday } from "@/lib/calendar/schemas";

export type HolidayField = "date" | "name" | "kind";

export type HolidayActionState =
  | ({ ok: true; done: "saved" } & SaveHolidayResult)
  | { ok: true; done: "deleted"; date: string; rescheduled: number }
  | (ActionFailure & { fieldErrors?: Partial<Record<HolidayField, string>> })
  | null;

function shown() {
  revalidatePath("/admin/holidays");
  // The admin home counts the calendar's rows.
  revalidatePath("/admin");
}

export async function saveHolidayAction(_prev: HolidayActionState, formData: FormData): Promise<HolidayActionState> {
  const input = { date: formData.get("date") ?? undefined, name: formData.get("name") ?? undefined, kind: formData.get("kind") ?? undefined };
  try {
    const actor = (await requirePermission("holiday.edit"))!;
    const parsed = ZSaveHoliday.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Partial<Record<HolidayField, string>> = {};
      for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as HolidayField] ??= issue.message;
      return { ok: false, code: "BAD_INPUT", error: Object.values(fieldErrors).join("；"), fieldErrors };
    }
    const result = await saveHoliday({ actor, now: new Date(), input: parsed.data });
    shown();
    return { ok: true, done: "saved", ...result };
  } catch (e) {
    return actionFailure(e, "admin.holidays.save");
  }
}

export async function deleteHolidayAction(_prev: HolidayActionState, formData: FormData): Promise<HolidayActionState> {
  try {
    const actor = (await requirePermission("holiday.edit"))!;
    const result = await deleteHoliday({ actor, now: new Date(), input: { date: formData.get("date") ?? undefined } });
    shown();
    return { ok: true, done: "deleted", ...result };
  } catch (e) {
    return actionFailure(e, "admin.holidays.delete");
  }
}
