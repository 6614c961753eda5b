// 精准授权 inputs: which of the enterprise's licences, for what purpose, for how long; and which link to revoke.
import { z } from "zod";
import { msg } from "@/lib/i18n/core";

export const SHARE_MAX_LICENCES = 20;
export const SHARE_MAX_DAYS = 90;

export const ZCreateShare = z.object({
  licenceIds: z
    .array(z.string().trim().min(1, msg("domain.licences.errors.share.licenceInvalid")), { error: msg("domain.licences.errors.share.chooseLicences") })
    .min(1, msg("domain.licences.errors.share.chooseLicences"))
    .max(SHARE_MAX_LICENCES, msg("domain.licences.errors.share.tooManyLicences"))
    .transform((ids) => [...new Set(ids)]),
  purpose: z
    .string({ error: msg("domain.licences.errors.share.purposeRequired") })
    .trim()
    .min(2, msg("domain.licences.errors.share.purposeTooShort"))
    .max(100, msg("domain.licences.errors.share.purposeTooLong")),
  expiresInDays: z.coerce
    .number({ error: msg("domain.licences.errors.share.daysRequired") })
    .int(msg("domain.licences.errors.share.daysWhole"))
    .min(1, msg("domain.licences.errors.share.daysTooFew"))
    .max(SHARE_MAX_DAYS, msg("domain.licences.errors.share.daysTooMany")),
});
export type CreateShareInput = z.infer<typeof ZCreateShare>;

export const ZRevokeShare = z.object({
  shareId: z
    .string({ error: msg("domain.licences.errors.share.linkInvalid") })
    .trim()
    .min(1, msg("domain.licences.errors.share.linkInvalid")),
});
export type TRevokeShare = z.infer<typeof ZRevokeShare>;
