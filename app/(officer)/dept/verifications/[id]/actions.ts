"use server";
// The inspector's steps on a 告知承诺核查 (/dept/verifications/[id]): each ONE domain call behind defineAction
// (permission checked, the form and its evidence file parsed once); the domain scopes to the department and audits.
import { defineAction } from "@/lib/actions/define-action";
import { formObject } from "@/lib/actions/form-data";
import { confirmRectification, recordVerification } from "@/lib/supervision/record-verification";
import { ZConfirmRectification, ZRecordVerificationForm } from "@/lib/supervision/verification-rules";

const paths = (input: { verificationId: string }) => ["/dept/verifications", `/dept/verifications/${input.verificationId}`];

export const recordVerificationAction = defineAction({
  name: "verification.record",
  permission: "verification.record",
  schema: ZRecordVerificationForm,
  // An empty days box (a "kept" finding hides it) is no period at all, not 0 days.
  fromForm: (formData) => ({ ...formObject(formData), rectifyDays: formData.get("rectifyDays") || undefined }),
  run: async ({ input: { evidence, ...input }, actor, now }) => {
    const file = evidence ? { name: evidence.name, type: evidence.type, bytes: new Uint8Array(await evidence.arrayBuffer()) } : null;
    await recordVerification({ actor, now, input, evidence: file });
  },
  revalidate: paths,
});

export const confirmRectificationAction = defineAction({
  name: "verification.rectified",
  permission: "verification.record",
  schema: ZConfirmRectification,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await confirmRectification({ actor, now, input });
  },
  revalidate: paths,
});
