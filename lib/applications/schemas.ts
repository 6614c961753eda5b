import { z } from "zod";
import { ZMatterCode } from "@/lib/catalog/schemas";
import { msg } from "@/lib/i18n/core";

const requestInvalid = msg("domain.applications.errors.requestInvalid");

/** Starting a one-form application from a finder result or from picked matters (or one matter: 双轨). */
export const ZStartApplication = z.object({
  matterCodes: z
    .array(ZMatterCode, { error: msg("domain.applications.errors.start.chooseMatter") })
    .min(1, msg("domain.applications.errors.start.chooseMatter"))
    .max(30, msg("domain.applications.errors.start.tooManyMatters")),
  /** Generated when the start page is rendered: a double click or a retry makes one draft. */
  clientKey: z.string({ error: requestInvalid }).trim().min(16, requestInvalid).max(64, requestInvalid),
  /** The finder result's query string (its answers), when the application starts from a one-time notice. */
  guideQuery: z.string().max(2000, requestInvalid).optional(),
});
export type TStartApplication = z.infer<typeof ZStartApplication>;

/** The start, and optionally the premises it is for (a second shop of the same enterprise); absent: the registered address. */
export const ZStartApplicationAt = ZStartApplication.extend({
  premisesAddress: z.string().trim().min(1).max(200, msg("domain.applications.errors.start.premisesTooLong")).optional(),
});
export type TStartApplicationAt = z.infer<typeof ZStartApplicationAt>;

const draftInvalid = msg("domain.applications.errors.draft.invalid");
// A transport bound only: a value over a field's own limit (2,000 characters, field-values.ts) is that
// field's problem, answered per field, and must not fail the whole autosave (issue 15 §6).
const ZFieldValue = z.union([z.string().max(20_000, draftInvalid), z.array(z.string().max(200, draftInvalid)).max(50, draftInvalid)], { error: draftInvalid });

/** Autosave of a draft: the values typed so far, against the version the browser last saw. */
export const ZSaveDraft = z.object(
  {
    applicationId: z.string({ error: draftInvalid }).trim().min(1, draftInvalid).max(64, draftInvalid),
    expectedVersion: z.number({ error: draftInvalid }).int(draftInvalid).min(0, draftInvalid),
    values: z.record(z.string().max(100, draftInvalid), ZFieldValue, { error: draftInvalid }),
  },
  { error: draftInvalid },
);
export type TSaveDraft = z.infer<typeof ZSaveDraft>;

const ZApplicationId = z
  .string({ error: msg("domain.applications.errors.applicationIdMissing") })
  .trim()
  .min(1, msg("domain.applications.errors.applicationIdMissing"))
  .max(64, requestInvalid);
const ZDocumentKey = z.string({ error: requestInvalid }).trim().min(1, requestInvalid).max(80, requestInvalid);

/** Signing (or withdrawing) the commitment for one COMMITMENT-mode matter of a draft. */
export const ZChooseCommitment = z.object({
  applicationId: ZApplicationId,
  matterCode: ZMatterCode,
  commit: z.boolean({ error: requestInvalid }),
  /** Hash of the text the applicant was shown: signing confirms that exact version. */
  textHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, msg("domain.applications.errors.commitment.versionInvalid"))
    .optional(),
});
export type TChooseCommitment = z.infer<typeof ZChooseCommitment>;

/** Marking a non-key material as "to supplement" (容缺) or taking that back. */
export const ZSetPending = z.object({
  applicationId: ZApplicationId,
  documentKey: ZDocumentKey,
  pending: z.boolean({ error: requestInvalid }),
});
export type TSetPending = z.infer<typeof ZSetPending>;

const submitInvalid = msg("domain.applications.errors.submit.invalid");
export const ZSubmitApplication = z.object({
  applicationId: ZApplicationId,
  expectedVersion: z.number({ error: submitInvalid }).int(submitInvalid).min(0, submitInvalid),
});
export type TSubmitApplication = z.infer<typeof ZSubmitApplication>;

/** E-signing a document the portal generated from the form: the hash of the text the applicant read. */
export const ZSignDocument = z.object({
  applicationId: ZApplicationId,
  documentKey: ZDocumentKey,
  textHash: z
    .string({ error: msg("domain.applications.errors.sign.versionInvalid") })
    .regex(/^[0-9a-f]{64}$/, msg("domain.applications.errors.sign.versionInvalid")),
});
export type TSignDocument = z.infer<typeof ZSignDocument>;

/** lib/files/upload.ts MAX_MATERIAL_BYTES (that module is server-only): an oversized file is refused before it is read. */
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** A file chosen in a form (an empty file input sends none); its content is checked where it is stored. */
export const ZUploadFile = z.instanceof(File, { error: msg("domain.applications.errors.material.chooseFile") }).superRefine((file, ctx) => {
  // `name` is the message's {name} parameter (issueOf takes the issue's own fields).
  if (file.size > MAX_UPLOAD_BYTES) ctx.addIssue({ code: "custom", message: msg("domain.applications.errors.material.tooLarge"), name: file.name } as never);
});

/** Uploading one material: the application, the document type and the file (read from the form). */
export const ZUploadMaterial = z.object({
  applicationId: ZApplicationId,
  documentKey: ZDocumentKey,
  file: ZUploadFile,
});
export type TUploadMaterial = z.infer<typeof ZUploadMaterial>;
