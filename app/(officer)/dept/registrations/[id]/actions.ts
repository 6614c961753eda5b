"use server";
// The registration authority's decision on a 变更/注销 request: parsed with the domain's schema, then ONE
// domain call (decideRegistrationChange checks the authority, locks, re-reads, updates the licences, audits).
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure, stepInputFailure } from "@/lib/actions/legacy-failure";
import { AppError } from "@/lib/errors";
import { decideRegistrationChange } from "@/lib/registration/decide-registration-change";
import { ZDecideRegistrationChange } from "@/lib/registration/rules";
import type { StepFormState } from "@/components/ui/step-form";

export type RegistrationDecisionState = StepFormState<"APPROVED" | "REJECTED">;

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);

export async function decideRegistrationChangeAction(_prev: RegistrationDecisionState, formData: FormData): Promise<RegistrationDecisionState> {
  try {
    const actor = await requirePermission("registration.decide");
    if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录");
    const parsed = ZDecideRegistrationChange.safeParse({
      changeId: text(formData.get("changeId")),
      action: text(formData.get("action")),
      reason: text(formData.get("reason")),
    });
    if (!parsed.success) return stepInputFailure(parsed.error.issues);
    const result = await decideRegistrationChange({ actor, now: new Date(), input: parsed.data });
    revalidatePath(`/dept/registrations/${parsed.data.changeId}`);
    revalidatePath("/dept/registrations");
    return { ok: true, status: result.status };
  } catch (e) {
    return actionFailure(e, "dept.decideRegistration");
  }
}
