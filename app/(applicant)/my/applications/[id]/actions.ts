"use server";
// Server actions of the tracking page (lib/actions/define-action.ts): each form is parsed ONCE with the
// domain's schema, then ONE domain function runs (scoped to the applicant); revising a returned application
// goes on to the form, withdrawing shows the withdrawn application, deleting a draft goes home.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import type { UploadedFile } from "@/lib/files/upload";
import { toSafeFileName } from "@/lib/files/sniff";
import { answerCorrection } from "@/lib/approvals/answer-correction";
import { supplementPending } from "@/lib/approvals/supplement-pending";
import { reviseReturned } from "@/lib/approvals/revise-returned";
import { ZAnswerCorrection, ZApplicationStep, ZSupplementPending } from "@/lib/approvals/schemas";
import { ZUploadFile } from "@/lib/applications/schemas";
import { withdrawApplication, ZWithdrawApplication } from "@/lib/applications/withdraw-application";
import { deleteDraft, ZDeleteDraft } from "@/lib/applications/delete-draft";

const pathOf = (applicationId: string) => `/my/applications/${applicationId}`;

/** The chosen file's bytes (its content is checked where it is stored: checkAndStoreUpload). */
const bytesOf = async (file: File): Promise<UploadedFile> => ({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) });

export const answerCorrectionAction = defineAction({
  name: "track.answerCorrection",
  permission: "application.supplement",
  // The page the answer was given on (revalidated), and an optional file.
  schema: ZAnswerCorrection.extend({ applicationId: z.string().trim().max(64).default(""), file: ZUploadFile.optional() }),
  fromForm: true,
  run: async ({ input, actor, now }) => {
    const { file, applicationId: _page, ...answer } = input;
    await answerCorrection({ actor, now, input: answer, file: file ? await bytesOf(file) : null });
  },
  revalidate: (input) => [pathOf(input.applicationId)],
});

export const supplementPendingAction = defineAction({
  name: "track.supplementPending",
  permission: "application.supplement",
  schema: ZSupplementPending.extend({ file: ZUploadFile }),
  fromForm: true,
  run: async ({ input, actor, now }) => {
    const { file, ...which } = input;
    await supplementPending({ actor, now, input: which, file: await bytesOf(file) });
    return { fileName: toSafeFileName(file.name) ?? file.name };
  },
  revalidate: (input) => [pathOf(input.applicationId)],
});

/** For useActionState: a failure comes back as the state; success goes on to the form (/apply/<id>). */
export const reviseReturnedAction = defineAction({
  name: "track.reviseReturned",
  permission: "application.submit",
  schema: ZApplicationStep,
  fromForm: true,
  run: ({ input, actor, now }) => reviseReturned({ actor, now, input }),
  revalidate: ["/my"],
  redirect: (_input, result) => `/apply/${result.id}`,
});

/** 撤回申请 (after the confirmation step): a failure comes back as the state; success shows the withdrawn application. */
export const withdrawApplicationAction = defineAction({
  name: "track.withdraw",
  permission: "application.submit",
  schema: ZWithdrawApplication,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await withdrawApplication({ actor, now, input });
  },
  revalidate: (input) => ["/my", pathOf(input.applicationId)],
  redirect: (input) => pathOf(input.applicationId),
});

/** 删除草稿 (after the confirmation step), from the applicant's home: back there with a notice. */
export const deleteDraftAction = defineAction({
  name: "track.deleteDraft",
  permission: "application.submit",
  schema: ZDeleteDraft,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await deleteDraft({ actor, now, input });
  },
  revalidate: ["/my"],
  redirect: () => "/my?deleted=1",
});
