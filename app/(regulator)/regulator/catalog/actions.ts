"use server";
// Regulator: decide department proposals (publish or reject) and import the catalog from Excel.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/types";
import { ZApproveProposal, ZRejectProposal, fieldIssuesOf, zhIssueMessage, type FieldIssue } from "@/lib/catalog/proposal-schemas";
import { approveProposal, rejectProposal } from "@/lib/catalog/decide-proposal";
import { IMPORT_MODES, importCatalog, type ImportSummary } from "@/lib/catalog/xlsx/import-catalog";
import { MAX_UPLOAD_BYTES } from "@/lib/catalog/xlsx/inspect-upload";
import { actionFailure } from "@/lib/actions/legacy-failure";

export type DecisionState = { ok: false; error: string; issues?: FieldIssue[] } | null;

async function regulator(): Promise<SessionUser> {
  const actor = await requirePermission("catalog.publish");
  if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录");
  return actor;
}

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);

function revalidateCatalog(proposalId: string) {
  revalidatePath("/regulator/catalog");
  revalidatePath(`/regulator/catalog/proposals/${proposalId}`);
  revalidatePath("/dept/catalog");
  revalidatePath("/matters", "layout");
}

export async function approveProposalAction(_prev: DecisionState, formData: FormData): Promise<DecisionState> {
  let proposalId: string;
  try {
    const actor = await regulator();
    const parsed = ZApproveProposal.safeParse({ proposalId: text(formData.get("proposalId")), note: text(formData.get("note")) }, { error: zhIssueMessage });
    if (!parsed.success) return { ok: false, error: "提交的内容有误，请按提示修改。", issues: fieldIssuesOf(parsed.error) };
    proposalId = parsed.data.proposalId;
    await approveProposal({ actor, now: new Date(), proposalId, note: parsed.data.note });
  } catch (e) {
    return actionFailure(e, "regulator.catalog.approve");
  }
  revalidateCatalog(proposalId);
  redirect(`/regulator/catalog/proposals/${encodeURIComponent(proposalId)}?done=1`);
}

export async function rejectProposalAction(_prev: DecisionState, formData: FormData): Promise<DecisionState> {
  let proposalId: string;
  try {
    const actor = await regulator();
    const parsed = ZRejectProposal.safeParse({ proposalId: text(formData.get("proposalId")), reason: text(formData.get("reason")) }, { error: zhIssueMessage });
    if (!parsed.success) return { ok: false, error: "提交的内容有误，请按提示修改。", issues: fieldIssuesOf(parsed.error) };
    proposalId = parsed.data.proposalId;
    await rejectProposal({ actor, now: new Date(), proposalId, reason: parsed.data.reason });
  } catch (e) {
    return actionFailure(e, "regulator.catalog.reject");
  }
  revalidateCatalog(proposalId);
  redirect(`/regulator/catalog/proposals/${encodeURIComponent(proposalId)}?done=1`);
}

const ZImportForm = z.object({
  file: z
    .instanceof(File, { message: "请选择要导入的 Excel 文件。" })
    .refine((f) => f.size > 0, "请选择要导入的 Excel 文件。")
    .refine((f) => f.size <= MAX_UPLOAD_BYTES, `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，请删除无关的工作表或图片后再上传。`),
  mode: z.enum(IMPORT_MODES, { message: "请选择导入方式" }),
});

export type ImportState = { ok: true; summary: ImportSummary } | { ok: false; error: string } | null;

export async function importCatalogAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  let summary: ImportSummary;
  try {
    const actor = await regulator();
    const parsed = ZImportForm.safeParse({ file: formData.get("file"), mode: formData.get("mode") ?? "all-or-nothing" });
    if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "请选择要导入的 Excel 文件。" };
    const file = Buffer.from(await parsed.data.file.arrayBuffer());
    summary = await importCatalog({ actor, now: new Date(), file, mode: parsed.data.mode });
  } catch (e) {
    return actionFailure(e, "regulator.catalog.import");
  }
  if (summary.created + summary.updated > 0) {
    revalidatePath("/regulator/catalog");
    revalidatePath("/matters", "layout");
  }
  return { ok: true, summary };
}
