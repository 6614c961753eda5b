"use server";
// A regulator's review of a 信用修复 application: parsed with the domain's schema, then ONE domain call.
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure, stepInputFailure } from "@/lib/action-error";
import { AppError } from "@/lib/errors";
import { reviewCreditRepair } from "@/lib/supervision/review-credit-repair";
import { ZReviewRepair } from "@/lib/supervision/repair-rules";
import { addCreditRecord } from "@/lib/supervision/add-credit-record";
import type { StepFormState } from "@/components/ui/step-form";

export type RepairReviewState = StepFormState<"APPROVED" | "REJECTED">;

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);

export async function reviewRepairAction(_prev: RepairReviewState, formData: FormData): Promise<RepairReviewState> {
  try {
    const actor = await requirePermission("supervision.manage");
    if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录");
    const parsed = ZReviewRepair.safeParse({
      recordId: text(formData.get("recordId")),
      action: text(formData.get("action")),
      reason: text(formData.get("reason")),
    });
    if (!parsed.success) return stepInputFailure(parsed.error.issues);
    const result = await reviewCreditRepair({ actor, now: new Date(), input: parsed.data });
    revalidatePath("/regulator/credit");
    return { ok: true, status: result.repairStatus };
  } catch (e) {
    return actionFailure(e, "regulator.reviewRepair");
  }
}

export type AddRecordState = { ok: true } | { ok: false; error: string } | null;

export async function addCreditRecordAction(_prev: AddRecordState, formData: FormData): Promise<AddRecordState> {
  try {
    const actor = await requirePermission("supervision.manage");
    if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录");
    const field = (k: string) => String(formData.get(k) ?? "");
    await addCreditRecord({
      actor,
      now: new Date(),
      input: {
        uscc: field("uscc"),
        type: field("type"),
        severity: field("severity"),
        description: field("description"),
        occurredOn: field("occurredOn"),
        expiresOn: field("expiresOn"),
      },
    });
    revalidatePath("/regulator/credit");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "regulator.addCreditRecord");
  }
}
