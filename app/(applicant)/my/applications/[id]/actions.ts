"use server";
// Server actions of the tracking page: each checks the permission, reads its form, calls ONE domain
// function (which parses the input with its zod schema and scopes it to the applicant) and returns a plain
// result; revising a returned application goes on to the form.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure, type ActionFailure } from "@/lib/actions/legacy-failure";
import { toSafeFileName } from "@/lib/files/sniff";
import { fileFromForm } from "@/lib/files/upload";
import { answerCorrection } from "@/lib/approvals/answer-correction";
import { supplementPending } from "@/lib/approvals/supplement-pending";
import { reviseReturned } from "@/lib/approvals/revise-returned";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import { deleteDraft } from "@/lib/applications/delete-draft";

const pathOf = (applicationId: string) => `/my/applications/${applicationId}`;
const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
};

const fileOf = (formData: FormData, required: boolean) => fileFromForm(formData, "file", required);

export async function answerCorrectionAction(formData: FormData): Promise<{ ok: true } | ActionFailure> {
  try {
    const actor = (await requirePermission("application.supplement"))!;
    const file = await fileOf(formData, false);
    await answerCorrection({ actor, now: new Date(), input: { correctionId: text(formData, "correctionId"), answer: text(formData, "answer") }, file });
    revalidatePath(pathOf(text(formData, "applicationId")));
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "track.answerCorrection");
  }
}

export async function supplementPendingAction(formData: FormData): Promise<{ ok: true; fileName: string } | ActionFailure> {
  try {
    const actor = (await requirePermission("application.supplement"))!;
    const file = (await fileOf(formData, true))!;
    const applicationId = text(formData, "applicationId");
    await supplementPending({ actor, now: new Date(), input: { applicationId, documentKey: text(formData, "documentKey") }, file });
    revalidatePath(pathOf(applicationId));
    return { ok: true, fileName: toSafeFileName(file.name) ?? file.name };
  } catch (e) {
    return actionFailure(e, "track.supplementPending");
  }
}

/** For useActionState: a failure comes back as the state; success goes on to the form (/apply/<id>). */
export async function reviseReturnedAction(_state: ActionFailure | null, formData: FormData): Promise<ActionFailure | null> {
  let id: string;
  try {
    const actor = (await requirePermission("application.submit"))!;
    ({ id } = await reviseReturned({
      actor,
      now: new Date(),
      input: { applicationId: text(formData, "applicationId"), expectedVersion: Number(text(formData, "expectedVersion")) },
    }));
  } catch (e) {
    return actionFailure(e, "track.reviseReturned");
  }
  revalidatePath("/my");
  redirect(`/apply/${id}`);
}

/** 撤回申请 (after the confirmation step): a failure comes back as the state; success shows the withdrawn application. */
export async function withdrawApplicationAction(_state: ActionFailure | null, formData: FormData): Promise<ActionFailure | null> {
  const applicationId = text(formData, "applicationId");
  try {
    const actor = (await requirePermission("application.submit"))!;
    await withdrawApplication({
      actor,
      now: new Date(),
      input: { applicationId, expectedVersion: text(formData, "expectedVersion"), reason: text(formData, "reason") },
    });
  } catch (e) {
    return actionFailure(e, "track.withdraw");
  }
  revalidatePath("/my");
  revalidatePath(pathOf(applicationId));
  redirect(pathOf(applicationId));
}

/** 删除草稿 (after the confirmation step), from the applicant's home: back there with a notice. */
export async function deleteDraftAction(_state: ActionFailure | null, formData: FormData): Promise<ActionFailure | null> {
  try {
    const actor = (await requirePermission("application.submit"))!;
    await deleteDraft({ actor, now: new Date(), input: { applicationId: text(formData, "applicationId") } });
  } catch (e) {
    return actionFailure(e, "track.deleteDraft");
  }
  revalidatePath("/my");
  redirect("/my?deleted=1");
}
