"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure } from "@/lib/action-error";
import { requeueOutboxMessage } from "@/lib/notifications/requeue-outbox";
import type { ButtonActionState } from "@/components/notifications/action-button";

export async function requeueOutboxAction(_prev: ButtonActionState, formData: FormData): Promise<ButtonActionState> {
  try {
    const actor = (await requirePermission("outbox.manage"))!;
    await requeueOutboxMessage({ actor, now: new Date(), input: { id: formData.get("id") } });
    revalidatePath("/admin/outbox");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "admin.outbox.requeue");
  }
}
