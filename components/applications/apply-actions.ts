// The server actions of the one-form page (app/(applicant)/apply/[id]/actions.ts), as the page passes them
// to the form's client components (components/ never imports from app/). Types only.
import type { FormAction, TypedAction } from "@/lib/actions/types";
import type { TChooseCommitment, TSaveDraft, TSetPending, TSignDocument, TSubmitApplication } from "@/lib/applications/schemas";
import type { SubmitProblems } from "@/lib/applications/submit-application";
import type { Problem } from "@/lib/forms/problem";

export interface ApplyActions {
  saveDraft: TypedAction<TSaveDraft, { version: number; problems: Record<string, Problem> }>;
  chooseCommitment: TypedAction<TChooseCommitment, { useCommitment: boolean }>;
  setPending: TypedAction<TSetPending, { pending: boolean; deadline: string | null }>;
  signDocument: TypedAction<TSignDocument, { title: string }>;
  /** FormData: applicationId, documentKey, file. */
  uploadMaterial: FormAction<{ fileName: string }>;
  submit: TypedAction<TSubmitApplication, { submitted: true; id: string; alreadySubmitted: boolean } | ({ submitted: false } & SubmitProblems)>;
}
