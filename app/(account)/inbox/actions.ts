"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure } from "@/lib/action-error";
import { markNotificationRead } from "@/lib/notifications/mark-read";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-read";
import type { ButtonActionState } from "@/components/notifications/action-button";

// The whole layout is revalidated: the unread badge in the header changes with the list.
export async function markReadAction(_prev: ButtonActionState, formData: FormData): Promise<ButtonActionState> {
  try {
    const actor = (await requirePermission("inbox.view"))!;
    await markNotificationRead({ actor, now: new Date(), input: { id: formData.get("id") } });
    revalidatePath("/", "layout");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "inbox.markRead");
  }
}

export async function markAllReadAction(_prev: ButtonActionState, _formData: FormData): Promise<ButtonActionState> {
  try {
    const actor = (await requirePermission("inbox.view"))!;
    await markAllNotificationsRead({ actor, now: new Date() });
    revalidatePath("/", "layout");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "inbox.markAllRead");
  }
}
