import "server-only";
// Draft autosave (resumable on any device): values are checked against the draft's own merged form and
// saved only on the version the browser last saw, so two devices never silently overwrite each other.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { draftProblems, isFilled, type FormValues } from "@/lib/forms/field-values";
import { getApplicationForm } from "./get-application-form";
import { ZSaveDraft } from "./schemas";
import { allFields } from "@/lib/forms/merge-form";

export type SaveDraftResult = { ok: true; version: number } | { ok: false; problems: Record<string, string> };

export async function saveDraft(opts: { actor: SessionUser; now: Date; input: unknown }): Promise<SaveDraftResult> {
  assertCan(opts.actor.role, "application.submit");
  const parsed = ZSaveDraft.safeParse(opts.input);
  if (!parsed.success) throw new AppError("BAD_INPUT", "草稿数据格式不正确，请刷新页面后重试");
  const { applicationId, expectedVersion, values } = parsed.data;
  const current = await getApplicationForm({ actor: opts.actor, applicationId });
  if (current.status !== "DRAFT") throw new AppError("CONFLICT", "申请已提交，不能再修改草稿");

  const allowed = new Set(allFields(current.form).map((f) => f.key));
  const problems = draftProblems(values, new Map(current.dictionary.map((d) => [d.key, d])), allowed);
  if (Object.keys(problems).length) return { ok: false, problems };

  // Only what the applicant typed is stored; empty values are dropped (a cleared field is not "typed").
  const kept: FormValues = {};
  for (const [k, v] of Object.entries(values)) if (isFilled(v)) kept[k] = Array.isArray(v) ? v : v.trim();

  const updated = await getDb().application.updateMany({
    where: { id: applicationId, applicantId: opts.actor.id, status: "DRAFT", version: expectedVersion },
    data: { formData: kept as Prisma.InputJsonValue, version: { increment: 1 }, updatedAt: opts.now },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "草稿已在其他设备或窗口中更新，请刷新页面获取最新内容后再修改");
  return { ok: true, version: expectedVersion + 1 };
}
