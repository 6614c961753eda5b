"use client";
// The unit's step on a bad-rating ticket: the call-back, or (after it) the fix — a note, and the version the
// officer saw, so of two officers the second is told instead of acting on a stale page.
import { useI18n } from "@/lib/i18n/client";
import type { TicketStep } from "@/lib/ratings/rules";
import { NOTE_MAX, ZTicketNote } from "@/lib/ratings/schemas";
import { ActionResult } from "@/components/ui/action-result";
import { describedBy, fieldErrors, useCheckedForm, type RatingFormAction } from "./use-checked-form";

/** The two steps' actions (app/(officer)/rating-ticket-actions.ts), passed in by the ticket page. */
export type TicketStepActions = Record<TicketStep, RatingFormAction>;

export function TicketStepForm({ ticketId, version, step, actions }: { ticketId: string; version: number; step: TicketStep; actions: TicketStepActions }) {
  const { t } = useI18n();
  const { state, pending, errors, onSubmit } = useCheckedForm(actions[step], (data) => {
    const parsed = ZTicketNote.safeParse({ ticketId, note: data.get("note") ?? "", expectedVersion: version });
    return parsed.success ? {} : fieldErrors(parsed.error.issues, t);
  });
  const words =
    step === "callback"
      ? { label: t("ratings.ticket.callbackLabel"), submit: t("ratings.ticket.callbackSubmit") }
      : { label: t("ratings.ticket.rectifyLabel"), submit: t("ratings.ticket.rectifySubmit") };
  const id = `ticket-${step}-note`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-300 bg-white p-4" data-testid={`ticket-${step}-form`}>
      <input type="hidden" name="ticketId" value={ticketId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div>
        <label htmlFor={id} className="block font-medium">
          {words.label}
        </label>
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {t("ratings.ticket.noteHint")}
        </p>
        <textarea
          id={id}
          name="note"
          rows={4}
          maxLength={NOTE_MAX}
          className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
          {...describedBy(id, errors.note)}
        />
        {errors.note ? (
          <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
            {errors.note}
          </p>
        ) : null}
      </div>
      <ActionResult state={state} failed={t("ratings.ticket.failed")} testId={`ticket-${step}-result`} />
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("ratings.ticket.submitting") : words.submit}
      </button>
    </form>
  );
}
