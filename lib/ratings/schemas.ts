// 好差评 input schemas, shared by the forms (checked in the browser first) and the domain functions. Pure.
import { z } from "zod";
import { msg, type MessageKey } from "@/lib/i18n/core";
import { SCORE_MAX, SCORE_MIN, type Dimension } from "./rules";

export const COMMENT_MAX = 500;
export const NOTE_MIN = 2;
export const NOTE_MAX = 1000;

const id = (missing: MessageKey, invalid: MessageKey) => z.string({ error: missing }).trim().min(1, missing).max(64, invalid);

const score = (dimension: Dimension) => {
  const key = msg(`domain.ratings.errors.input.score.${dimension}`);
  return z.coerce.number({ error: key }).int(key).min(SCORE_MIN, key).max(SCORE_MAX, key);
};

/** The rating form: the application, the unit ("WINDOW" = 综合窗口, else a department id), five scores, a comment. */
export const ZRateService = z.object({
  applicationId: id(msg("domain.ratings.errors.input.applicationMissing"), msg("domain.ratings.errors.input.applicationInvalid")),
  unit: id(msg("domain.ratings.errors.input.unitMissing"), msg("domain.ratings.errors.input.unitInvalid")),
  overall: score("overall"),
  efficiency: score("efficiency"),
  guideAccuracy: score("guideAccuracy"),
  convenience: score("convenience"),
  usability: score("usability"),
  comment: z
    .string({ error: msg("domain.ratings.errors.input.commentText") })
    .trim()
    .max(COMMENT_MAX, msg("domain.ratings.errors.input.commentTooLong"))
    .optional()
    .default(""),
});
export type TRateService = z.infer<typeof ZRateService>;

/** The one re-rating after rectification: the same form. */
export const ZRerateService = ZRateService;
export type TRerateService = TRateService;

/** The unit's call-back or fix on a ticket; the version the officer saw, so a stale page is told, not acted on. */
export const ZTicketNote = z.object({
  ticketId: id(msg("domain.ratings.errors.input.ticketMissing"), msg("domain.ratings.errors.input.ticketInvalid")),
  note: z
    .string({ error: msg("domain.ratings.errors.input.noteRequired") })
    .trim()
    .min(NOTE_MIN, msg("domain.ratings.errors.input.noteTooShort"))
    .max(NOTE_MAX, msg("domain.ratings.errors.input.noteTooLong")),
  // The form sends the version it showed; empty (or anything not a whole number) is no version.
  expectedVersion: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce
      .number({ error: msg("domain.ratings.errors.input.versionInvalid") })
      .int(msg("domain.ratings.errors.input.versionInvalid"))
      .min(0, msg("domain.ratings.errors.input.versionInvalid"))
      .optional(),
  ),
});
export type TTicketNote = z.infer<typeof ZTicketNote>;

/** The officers' list: tickets still to act on, or all. */
export const ZListTickets = z.object({
  filter: z
    .enum(["open", "all"], { error: msg("domain.ratings.errors.input.filterInvalid") })
    .optional()
    .default("open"),
});
export type TListTickets = z.infer<typeof ZListTickets>;
