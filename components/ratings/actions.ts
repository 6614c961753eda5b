"use server";
// The 好差评 forms' server actions: each parses its form with the domain's schema and calls ONE domain
// function (which scopes, checks the status and audits). They live with the rating components because the
// same forms serve the applicant's application page, the department's desk (/dept/ratings) and the
// window's (/desk/ratings).
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure, stepInputFailure } from "@/lib/action-error";
import { AppError } from "@/lib/errors";
import { rateService, rerateService } from "@/lib/ratings/rate-service";
import { recordCallback, recordRectification } from "@/lib/ratings/record-ticket-step";
import { ZRateService, ZRerateService, ZTicketNote } from "@/lib/ratings/schemas";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { DIMENSIONS } from "@/lib/ratings/rules";

export type RatingFormState = { ok: true } | { ok: false; error: string } | null;

type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

/** Signed in with the permission, the form parsed by the domain's schema, then the ONE domain call. */
async function act<T>(
  context: string,
  permission: Permission,
  parsed: Parsed<T>,
  call: (actor: SessionUser, input: T) => Promise<unknown>,
): Promise<RatingFormState> {
  try {
    const actor = await requirePermission(permission);
    if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录");
    if (!parsed.success) return stepInputFailure(parsed.error.issues);
    await call(actor, parsed.data);
    return { ok: true };
  } catch (e) {
    return actionFailure(e, context);
  }
}

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);
const RATING_FIELDS = ["applicationId", "unit", ...DIMENSIONS, "comment"] as const;
const ratingForm = (formData: FormData) => Object.fromEntries(RATING_FIELDS.map((k) => [k, text(formData.get(k))]));

export async function rateServiceAction(_prev: RatingFormState, formData: FormData): Promise<RatingFormState> {
  return act("ratings.rate", "review.submit", ZRateService.safeParse(ratingForm(formData)), async (actor, input) => {
    await rateService({ actor, now: new Date(), input });
    revalidatePath(`/my/applications/${input.applicationId}`);
  });
}

export async function rerateServiceAction(_prev: RatingFormState, formData: FormData): Promise<RatingFormState> {
  return act("ratings.rerate", "review.submit", ZRerateService.safeParse(ratingForm(formData)), async (actor, input) => {
    await rerateService({ actor, now: new Date(), input });
    revalidatePath(`/my/applications/${input.applicationId}`);
  });
}

const noteForm = (formData: FormData) => {
  const version = text(formData.get("expectedVersion"));
  return {
    ticketId: text(formData.get("ticketId")),
    note: text(formData.get("note")),
    expectedVersion: version && /^\d+$/.test(version) ? Number(version) : undefined,
  };
};

/** Both units' ticket pages (the list and the ticket), whichever unit acted. */
function refreshTickets(ticketId: string) {
  for (const base of ["/dept/ratings", "/desk/ratings"]) {
    revalidatePath(base);
    revalidatePath(`${base}/${ticketId}`);
  }
}

export async function recordCallbackAction(_prev: RatingFormState, formData: FormData): Promise<RatingFormState> {
  return act("ratings.callback", "rating.rectify", ZTicketNote.safeParse(noteForm(formData)), async (actor, input) => {
    await recordCallback({ actor, now: new Date(), input });
    refreshTickets(input.ticketId);
  });
}

export async function recordRectificationAction(_prev: RatingFormState, formData: FormData): Promise<RatingFormState> {
  return act("ratings.rectify", "rating.rectify", ZTicketNote.safeParse(noteForm(formData)), async (actor, input) => {
    await recordRectification({ actor, now: new Date(), input });
    refreshTickets(input.ticketId);
  });
}
