"use server";
// 信用修复 application: the permission, the form, ONE domain call (which validates, scopes and audits).
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure, type ActionFailure } from "@/lib/action-error";
import { AppError } from "@/lib/errors";
import { requestCreditRepair } from "@/lib/supervision/request-credit-repair";

export type RepairRequestState = { ok: true } | ActionFailure | null;

export async function requestRepairAction(_state: RepairRequestState, formData: FormData): Promise<RepairRequestState> {
  try {
    const actor = await requirePermission("credit.viewOwn");
    if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录");
    await requestCreditRepair({
      actor,
      now: new Date(),
      input: { recordId: String(formData.get("recordId") ?? ""), statement: String(formData.get("statement") ?? "") },
    });
    revalidatePath("/my/credit");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "credit.requestRepair");
  }
}
