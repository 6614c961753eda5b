"use server";
// The inspector's steps in 双随机: record a drawn inspection's result; declare a conflict of interest.
// Each parsed by the domain (zod) and ONE domain call, scoped to the actor.
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure } from "@/lib/action-error";
import { AppError } from "@/lib/errors";
import { declareConflict, recordInspection } from "@/lib/supervision/record-inspection";
import type { StepFormState } from "@/components/ui/step-form";

export type InspectionResultState = StepFormState<"PASSED" | "FAILED">;
export type ConflictState = { ok: true } | { ok: false; error: string } | null;

async function inspector() {
  const actor = await requirePermission("verification.record");
  if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录");
  return actor;
}

export async function recordInspectionAction(_prev: InspectionResultState, formData: FormData): Promise<InspectionResultState> {
  try {
    const result = String(formData.get("action") ?? "");
    await recordInspection({
      actor: await inspector(),
      now: new Date(),
      input: { inspectionId: String(formData.get("inspectionId") ?? ""), result, findings: String(formData.get("reason") ?? "") },
    });
    revalidatePath("/dept/inspections");
    revalidatePath("/public/inspections");
    return { ok: true, status: result as "PASSED" | "FAILED" };
  } catch (e) {
    return actionFailure(e, "inspection.record");
  }
}

export async function declareConflictAction(_prev: ConflictState, formData: FormData): Promise<ConflictState> {
  try {
    await declareConflict({
      actor: await inspector(),
      now: new Date(),
      input: { uscc: String(formData.get("uscc") ?? ""), reason: String(formData.get("reason") ?? "") },
    });
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "inspection.conflict");
  }
}
