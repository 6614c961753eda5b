"use server";
// Server actions of the one-form page: each checks the permission, parses its input, calls ONE domain
// function and returns a plain result. The domain functions validate again and scope to the actor.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure, type ActionFailure } from "@/lib/actions/legacy-failure";
import { AppError } from "@/lib/errors";
import { saveDraft, type SaveDraftResult } from "@/lib/applications/save-draft";
import { chooseCommitment } from "@/lib/applications/choose-commitment";
import { setPendingMaterial } from "@/lib/applications/set-pending-material";
import { uploadMaterial } from "@/lib/applications/upload-material";
import { MAX_MATERIAL_BYTES } from "@/lib/files/upload";
import { submitApplication, type SubmitResult } from "@/lib/applications/submit-application";
import { signOnlineDocument } from "@/lib/applications/sign-online-document";
import { ZChooseCommitment, ZSaveDraft, ZSetPending, ZSignDocument, ZSubmitApplication } from "@/lib/applications/schemas";

type Failure = ActionFailure;
const bad = (message: string) => new AppError("BAD_INPUT", message);
const pathOf = (applicationId: string) => `/apply/${applicationId}`;

/** The draft saved with every acceptable value; `problems` names the values that were not saved (issue 15 §6). */
export async function saveDraftAction(input: unknown): Promise<SaveDraftResult | Failure> {
  try {
    const actor = (await requirePermission("application.submit"))!;
    const parsed = ZSaveDraft.safeParse(input);
    if (!parsed.success) throw bad("草稿数据格式不正确，请刷新页面后重试");
    const result = await saveDraft({ actor, now: new Date(), input: parsed.data });
    revalidatePath(pathOf(parsed.data.applicationId));
    return result;
  } catch (e) {
    return actionFailure(e, "apply.saveDraft");
  }
}

export async function chooseCommitmentAction(input: unknown): Promise<{ ok: true; useCommitment: boolean } | Failure> {
  try {
    const actor = (await requirePermission("application.submit"))!;
    const parsed = ZChooseCommitment.safeParse(input);
    if (!parsed.success) throw bad(parsed.error.issues.map((i) => i.message).join("；"));
    const result = await chooseCommitment({ actor, now: new Date(), input: parsed.data });
    revalidatePath(pathOf(parsed.data.applicationId));
    return { ok: true, ...result };
  } catch (e) {
    return actionFailure(e, "apply.chooseCommitment");
  }
}

export async function setPendingAction(input: unknown): Promise<{ ok: true; pending: boolean; deadline: string | null } | Failure> {
  try {
    const actor = (await requirePermission("application.submit"))!;
    const parsed = ZSetPending.safeParse(input);
    if (!parsed.success) throw bad("请求无效，请刷新页面后重试");
    const result = await setPendingMaterial({ actor, now: new Date(), input: parsed.data });
    revalidatePath(pathOf(parsed.data.applicationId));
    return { ok: true, pending: result.pending, deadline: result.deadline?.toISOString() ?? null };
  } catch (e) {
    return actionFailure(e, "apply.setPending");
  }
}

export async function signDocumentAction(input: unknown): Promise<{ ok: true; title: string } | Failure> {
  try {
    const actor = (await requirePermission("application.submit"))!;
    const parsed = ZSignDocument.safeParse(input);
    if (!parsed.success) throw bad(parsed.error.issues.map((i) => i.message).join("；"));
    const result = await signOnlineDocument({ actor, now: new Date(), input: parsed.data });
    revalidatePath(pathOf(parsed.data.applicationId));
    return { ok: true, ...result };
  } catch (e) {
    return actionFailure(e, "apply.signDocument");
  }
}

const ZUploadForm = z.object({
  applicationId: z.string().trim().min(1).max(64),
  documentKey: z.string().trim().min(1).max(80),
  file: z.instanceof(File, { message: "请选择要上传的文件" }),
});

export async function uploadMaterialAction(formData: FormData): Promise<{ ok: true; fileName: string } | Failure> {
  try {
    const actor = (await requirePermission("application.submit"))!;
    const parsed = ZUploadForm.safeParse({
      applicationId: formData.get("applicationId"),
      documentKey: formData.get("documentKey"),
      file: formData.get("file"),
    });
    if (!parsed.success) throw bad(parsed.error.issues.map((i) => i.message).join("；"));
    const { applicationId, documentKey, file } = parsed.data;
    // Refuse an oversized file before reading it into memory; uploadMaterial checks the real bytes again.
    if (file.size > MAX_MATERIAL_BYTES) throw bad(`文件“${file.name}”超过 5 MB 上限，请压缩或拆分后上传`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await uploadMaterial({ actor, now: new Date(), input: { applicationId, documentKey }, file: { name: file.name, type: file.type, bytes } });
    revalidatePath(pathOf(applicationId));
    return { ok: true, fileName: result.fileName };
  } catch (e) {
    return actionFailure(e, "apply.uploadMaterial");
  }
}

export async function submitApplicationAction(input: unknown): Promise<SubmitResult | Failure> {
  try {
    const actor = (await requirePermission("application.submit"))!;
    const parsed = ZSubmitApplication.safeParse(input);
    if (!parsed.success) throw bad("提交请求无效，请刷新页面后重试");
    const result = await submitApplication({ actor, now: new Date(), input: parsed.data });
    if (result.ok) {
      revalidatePath(pathOf(parsed.data.applicationId));
      revalidatePath("/my");
    }
    return result;
  } catch (e) {
    return actionFailure(e, "apply.submit");
  }
}
