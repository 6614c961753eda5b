"use server";
// Server actions of the one-form page (lib/actions/define-action.ts): each parses its input ONCE with the
// domain's schema, then ONE domain function runs (scoped to the applicant) with the typed input.
import { defineAction } from "@/lib/actions/define-action";
import { saveDraft } from "@/lib/applications/save-draft";
import { chooseCommitment } from "@/lib/applications/choose-commitment";
import { setPendingMaterial } from "@/lib/applications/set-pending-material";
import { uploadMaterial } from "@/lib/applications/upload-material";
import { submitApplication } from "@/lib/applications/submit-application";
import { signOnlineDocument } from "@/lib/applications/sign-online-document";
import { ZChooseCommitment, ZSaveDraft, ZSetPending, ZSignDocument, ZSubmitApplication, ZUploadMaterial } from "@/lib/applications/schemas";

const pathOf = (input: { applicationId: string }) => [`/apply/${input.applicationId}`];

/** The draft saved with every acceptable value; `problems` names the values that were not saved (issue 15 §6). */
export const saveDraftAction = defineAction({
  name: "apply.saveDraft",
  permission: "application.submit",
  schema: ZSaveDraft,
  run: ({ input, actor, now }) => saveDraft({ actor, now, input }),
  revalidate: pathOf,
});

export const chooseCommitmentAction = defineAction({
  name: "apply.chooseCommitment",
  permission: "application.submit",
  schema: ZChooseCommitment,
  run: ({ input, actor, now }) => chooseCommitment({ actor, now, input }),
  revalidate: pathOf,
});

export const setPendingAction = defineAction({
  name: "apply.setPending",
  permission: "application.submit",
  schema: ZSetPending,
  run: async ({ input, actor, now }) => {
    const result = await setPendingMaterial({ actor, now, input });
    return { pending: result.pending, deadline: result.deadline?.toISOString() ?? null };
  },
  revalidate: pathOf,
});

export const signDocumentAction = defineAction({
  name: "apply.signDocument",
  permission: "application.submit",
  schema: ZSignDocument,
  run: ({ input, actor, now }) => signOnlineDocument({ actor, now, input }),
  revalidate: pathOf,
});

/** One material from the form (applicationId, documentKey, file); an oversized file is refused by the schema before it is read. */
export const uploadMaterialAction = defineAction({
  name: "apply.uploadMaterial",
  permission: "application.submit",
  schema: ZUploadMaterial,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    const { file, ...which } = input;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await uploadMaterial({ actor, now, input: which, file: { name: file.name, type: file.type, bytes } });
    return { fileName: result.fileName };
  },
  revalidate: pathOf,
});

/**
 * Submitting: `submitted` with the application, or not, with every problem (each a catalog key with its
 * parameters, translated in the browser where the field labels are in the visitor's locale).
 */
export const submitApplicationAction = defineAction({
  name: "apply.submit",
  permission: "application.submit",
  schema: ZSubmitApplication,
  run: async ({ input, actor, now }) => {
    const r = await submitApplication({ actor, now, input });
    return r.ok
      ? { submitted: true as const, id: r.id, alreadySubmitted: r.alreadySubmitted }
      : { submitted: false as const, problems: r.problems, fieldProblems: r.fieldProblems };
  },
  revalidate: (input, result) => (result.submitted ? [...pathOf(input), "/my"] : []),
});
