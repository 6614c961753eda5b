import "server-only";
// Draft autosave (resumable on any device): values are checked against the draft's own merged form and
// saved only on the version the browser last saw, so two devices never silently overwrite each other.
// One bad field does not stop the rest (issue 15 §6): every acceptable value is saved, each refused one is
// answered per field and keeps what was stored for it before; the browser keeps what was typed there.
// Registry facts of an existing enterprise (known-values.ts REGISTRY_FIELDS) are never taken from the
// client (issue 15 §2): a value sent for one is refused and nothing is stored for it.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { draftProblems, splitDraft, type FormValues } from "@/lib/forms/field-values";
import { registryKeys } from "@/lib/forms/known-values";
import { getApplicationForm } from "./get-application-form";
import { ZSaveDraft } from "./schemas";
import { allFields } from "@/lib/forms/merge-form";

/**
 * `ok`: the draft was saved (as a new version) with every acceptable value; `problems` names each value
 * that was not (empty when everything was saved).
 */
export type SaveDraftResult = { ok: true; version: number; problems: Record<string, string> };

export async function saveDraft(opts: { actor: SessionUser; now: Date; input: unknown }): Promise<SaveDraftResult> {
  assertCan(opts.actor.role, "application.submit");
  const parsed = ZSaveDraft.safeParse(opts.input);
  if (!parsed.success) throw new AppError("BAD_INPUT", "草稿数据格式不正确，请刷新页面后重试");
  const { applicationId, expectedVersion, values } = parsed.data;
  const current = await getApplicationForm({ actor: opts.actor, applicationId });
  if (current.status !== "DRAFT") throw new AppError("CONFLICT", "申请已提交，不能再修改草稿");

  const fields = allFields(current.form);
  const registry = registryKeys(Object.fromEntries(fields.filter((f) => f.known).map((f) => [f.key, f.known!])));
  const problems = draftProblems(values, new Map(current.dictionary.map((d) => [d.key, d])), new Set(fields.map((f) => f.key)), registry);
  // Only what the applicant typed is stored (current.values never holds a registry fact).
  const kept: FormValues = splitDraft({ values, previous: current.values, problems, registry });

  const updated = await getDb().application.updateMany({
    where: { id: applicationId, applicantId: opts.actor.id, status: "DRAFT", version: expectedVersion },
    data: { formData: kept as Prisma.InputJsonValue, version: { increment: 1 }, updatedAt: opts.now },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "草稿已在其他设备或窗口中更新，请刷新页面获取最新内容后再修改");
  return { ok: true, version: expectedVersion + 1, problems };
}
