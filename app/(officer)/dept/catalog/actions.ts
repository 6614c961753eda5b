"use server";
// Department officer: propose a change to one of the department's own catalog entries.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { parseProposalForm, type FieldIssue } from "@/lib/catalog/proposal-schemas";
import { proposeMatterChange } from "@/lib/catalog/propose-change";
import { actionFailure } from "@/lib/actions/legacy-failure";

export type ProposeState = { ok: false; error: string; issues?: FieldIssue[] } | null;

export async function proposeChangeAction(_prev: ProposeState, formData: FormData): Promise<ProposeState> {
  let duplicate: boolean;
  try {
    const actor = await requirePermission("catalog.propose");
    if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录");
    const parsed = parseProposalForm(formData);
    if (!parsed.ok) return { ok: false, error: "提交的内容有误，请按提示修改。", issues: parsed.issues };
    const result = await proposeMatterChange({ actor, now: new Date(), input: parsed.data });
    duplicate = result.duplicate;
  } catch (e) {
    return actionFailure(e, "dept.catalog.propose");
  }
  revalidatePath("/dept/catalog");
  revalidatePath("/regulator/catalog");
  redirect(`/dept/catalog?submitted=${duplicate ? "duplicate" : "1"}`);
}
