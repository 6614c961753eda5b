"use server";
// Server actions of 精准授权: each checks the permission, reads its form and calls ONE domain function.
// The new link is returned once, to be shown once; it is never stored nor shown again.
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure, type ActionFailure } from "@/lib/action-error";
import { publicUrl } from "@/lib/licences/qr";
import { createShare } from "@/lib/licences/create-share";
import { revokeShare } from "@/lib/licences/revoke-share";
import { sharePath } from "@/lib/licences/share-token";

const PATH = "/my/shares";

export type CreateShareState = { ok: true; path: string; url: string | null; expiresAt: string } | ActionFailure | null;

export async function createShareAction(_state: CreateShareState, formData: FormData): Promise<CreateShareState> {
  try {
    const actor = (await requirePermission("licence.viewOwn"))!;
    const { token, expiresAt } = await createShare({
      actor,
      now: new Date(),
      input: {
        licenceIds: formData.getAll("licenceIds").map(String),
        purpose: String(formData.get("purpose") ?? ""),
        expiresInDays: String(formData.get("expiresInDays") ?? ""),
      },
    });
    revalidatePath(PATH);
    const path = sharePath(token);
    return { ok: true, path, url: publicUrl(path), expiresAt: expiresAt.toISOString() };
  } catch (e) {
    return actionFailure(e, "share.create");
  }
}

export async function revokeShareAction(formData: FormData): Promise<{ ok: true } | ActionFailure> {
  try {
    const actor = (await requirePermission("licence.viewOwn"))!;
    await revokeShare({ actor, now: new Date(), input: { shareId: String(formData.get("shareId") ?? "") } });
    revalidatePath(PATH);
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "share.revoke");
  }
}
