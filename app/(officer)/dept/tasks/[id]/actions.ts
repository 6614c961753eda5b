"use server";
// The department's step on its task: parsed with the domain's schema, then ONE domain call (decideTask
// scopes to the officer's department, checks the version the officer saw, and writes the audit row).
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure, stepInputFailure } from "@/lib/actions/legacy-failure";
import { AppError } from "@/lib/errors";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { decideTask } from "@/lib/approvals/decide-task";
import { ZDecideTask } from "@/lib/approvals/schemas";

export type DecideState = { ok: true; status: TaskStatus } | { ok: false; error: string; field?: "action" | "reason" } | null;

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);

export async function decideTaskAction(_prev: DecideState, formData: FormData): Promise<DecideState> {
  try {
    const actor = await requirePermission("task.decide");
    if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录");
    const version = text(formData.get("expectedVersion"));
    const parsed = ZDecideTask.safeParse({
      taskId: text(formData.get("taskId")),
      expectedVersion: version && /^\d+$/.test(version) ? Number(version) : undefined,
      action: text(formData.get("action")),
      reason: text(formData.get("reason")),
    });
    if (!parsed.success) return stepInputFailure(parsed.error.issues);
    const result = await decideTask({ actor, now: new Date(), input: parsed.data });
    revalidatePath(`/dept/tasks/${parsed.data.taskId}`);
    revalidatePath("/dept");
    return { ok: true, status: result.status };
  } catch (e) {
    return actionFailure(e, "dept.decideTask");
  }
}
