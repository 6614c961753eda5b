"use server";
// The inspector's steps on a 告知承诺核查: each reads its form (and the evidence file) and calls ONE domain
// function, which validates, scopes to the department and audits.
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure, type ActionFailure } from "@/lib/action-error";
import { AppError } from "@/lib/errors";
import { fileFromForm } from "@/lib/applications/upload-material";
import { confirmRectification, recordVerification } from "@/lib/supervision/record-verification";

export type VerificationStepState = { ok: true } | ActionFailure | null;

const text = (formData: FormData, key: string) => {
  const v = formData.get(key);
  return typeof v === "string" ? v : undefined;
};

async function inspector() {
  const actor = await requirePermission("verification.record");
  if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录");
  return actor;
}

function refresh(id: string | undefined) {
  revalidatePath("/dept/verifications");
  if (id) revalidatePath(`/dept/verifications/${id}`);
}

export async function recordVerificationAction(_state: VerificationStepState, formData: FormData): Promise<VerificationStepState> {
  try {
    const actor = await inspector();
    const input = {
      verificationId: text(formData, "verificationId"),
      outcome: text(formData, "outcome"),
      findings: text(formData, "findings"),
      rectifyDays: text(formData, "rectifyDays") || undefined,
    };
    await recordVerification({ actor, now: new Date(), input, evidence: await fileFromForm(formData, "evidence", false) });
    refresh(input.verificationId);
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "verification.record");
  }
}

export async function confirmRectificationAction(_state: VerificationStepState, formData: FormData): Promise<VerificationStepState> {
  try {
    const actor = await inspector();
    const input = { verificationId: text(formData, "verificationId"), note: text(formData, "note") };
    await confirmRectification({ actor, now: new Date(), input });
    refresh(input.verificationId);
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "verification.rectified");
  }
}
