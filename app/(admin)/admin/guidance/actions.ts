"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { saveGuidanceRule, type SaveRuleResult } from "@/lib/guidance/save-rule";
import { isAppError } from "@/lib/errors";

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
    if (isAppError(e)) return { ok: false, errors: { condition: e.message } };
    console.error(e);
    return { ok: false, errors: { condition: "保存失败，请稍后重试" } };
  }
}
