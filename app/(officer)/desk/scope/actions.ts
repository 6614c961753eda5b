"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { registerEnterpriseScope, type RegisterScopeResult } from "@/lib/scope/register-enterprise-scope";
import { actionFailure } from "@/lib/actions/legacy-failure";

export type RegisterScopeState = { ok: true; result: RegisterScopeResult } | { ok: false; error: string } | null;

export async function registerScopeAction(_prev: RegisterScopeState, formData: FormData): Promise<RegisterScopeState> {
  try {
    const actor = (await requirePermission("scope.register"))!;
    const result = await registerEnterpriseScope({
      actor,
      now: new Date(),
      input: { enterpriseId: formData.get("enterpriseId"), termCodes: formData.getAll("terms").map(String) },
    });
    revalidatePath("/desk/scope");
    return { ok: true, result };
  } catch (e) {
    return actionFailure(e, "desk.scope.register");
  }
}
