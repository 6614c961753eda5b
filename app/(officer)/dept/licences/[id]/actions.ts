"use server";
// The department's step on a licence it issued: parsed with the domain's schema, then ONE domain call
// (changeLicenceStatus scopes to the issuing department, checks the status the officer saw, audits).
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure, stepInputFailure } from "@/lib/actions/legacy-failure";
import { AppError } from "@/lib/errors";
import type { LicenceStatus } from "@/lib/generated/prisma/enums";
import { changeLicenceStatus } from "@/lib/licences/change-licence-status";
import { ZChangeLicenceStatus } from "@/lib/licences/licence-status-rules";

export type LicenceStatusState = { ok: true; status: LicenceStatus } | { ok: false; error: string; field?: "action" | "reason" } | null;

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);

export async function changeLicenceStatusAction(_prev: LicenceStatusState, formData: FormData): Promise<LicenceStatusState> {
  try {
    const actor = await requirePermission("licence.revoke");
    if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录");
    const parsed = ZChangeLicenceStatus.safeParse({
      licenceId: text(formData.get("licenceId")),
      action: text(formData.get("action")),
      reason: text(formData.get("reason")),
      expectedStatus: text(formData.get("expectedStatus")) || undefined,
    });
    if (!parsed.success) return stepInputFailure(parsed.error.issues);
    const result = await changeLicenceStatus({ actor, now: new Date(), input: parsed.data });
    revalidatePath(`/dept/licences/${parsed.data.licenceId}`);
    revalidatePath("/dept/licences");
    return { ok: true, status: result.status };
  } catch (e) {
    return actionFailure(e, "dept.changeLicenceStatus");
  }
}
