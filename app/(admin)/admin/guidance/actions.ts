"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { saveGuidanceRule, type SaveRuleResult } from "@/lib/guidance/save-rule";
import { actionFailure } from "@/lib/action-error";

export async function saveRuleAction(_prev: SaveRuleResult | null, formData: FormData): Promise<SaveRuleResult> {
  try {
    const actor = (await requirePermission("guidance.edit"))!;
    const ruleId = formData.get("ruleId");
    const result = await saveGuidanceRule({
      actor,
      now: new Date(),
      ruleId: typeof ruleId === "string" && ruleId ? ruleId : undefined,
      input: {
        matterCode: formData.get("matterCode"),
        reason: formData.get("reason"),
        condition: formData.get("condition"),
        isActive: formData.get("isActive") === "on",
      },
    });
    if (result.ok) revalidatePath("/admin/guidance");
    return result;
  } catch (e) {
    return { ok: false, errors: { condition: (await actionFailure(e, "admin.guidance.save")).error } };
  }
}
