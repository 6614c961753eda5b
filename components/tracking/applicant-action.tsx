"use client";
// Delete a draft / withdraw an application, behind a confirmation step. The step is a native
// <details> disclosure (its summary is a button with its expanded state, keyboard-operable, and works
// without JavaScript); the form inside posts to the server action. Escape closes it and returns focus.
import { useActionState, useId, useRef, type KeyboardEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { MarkData } from "@/components/i18n/mark-data";
import type { FormAction } from "@/lib/actions/types";

export function ApplicantAction({
  kind,
  applicationId,
  version,
  subject,
  action: run,
}: {
  kind: "delete" | "withdraw";
  applicationId: string;
  version: number;
  subject: string;
  /** The page's deleteDraftAction or withdrawApplicationAction (success leaves the page). */
  action: FormAction;
}) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(run, null);
  const failure = state && !state.ok ? state : null;
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const id = useId();
  const key = kind === "delete" ? "deleteDraft" : "withdraw";

  function close() {
    if (details.current) details.current.open = false;
    summary.current?.focus();
  }
  function onKeyDown(e: KeyboardEvent) {
    if (e.key === "Escape" && details.current?.open) {
      e.preventDefault();
      close();
    }
  }

  return (
    <details ref={details} onKeyDown={onKeyDown} className="group" data-testid={`${kind}-application`}>
      <summary
        ref={summary}
        className="inline-flex cursor-pointer list-none items-center rounded-md border border-red-700 bg-white px-3 py-1.5 font-medium text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 [&::-webkit-details-marker]:hidden"
      >
        <span aria-hidden="true">{t(`track.${key}.button`)}</span>
        <span className="sr-only">
          <MarkData text={t(`track.${key}.buttonFor`, { subject })} data={[subject]} />
        </span>
      </summary>
      <div
        role="group"
        aria-labelledby={`${id}-title`}
        className="mt-2 max-w-prose space-y-2 rounded-md border border-red-300 bg-red-50 p-3 text-left whitespace-normal"
      >
        <p id={`${id}-title`} className="font-semibold text-red-900">
          {t(`track.${key}.confirmTitle`)}
        </p>
        <p className="break-words text-slate-800">
          <MarkData text={t(`track.${key}.confirmBody`, { subject })} data={[subject]} />
        </p>
        <form action={action} className="space-y-2">
          <input type="hidden" name="applicationId" value={applicationId} />
          <input type="hidden" name="expectedVersion" value={version} />
          {kind === "withdraw" ? (
            <div>
              <label htmlFor={`${id}-reason`} className="block font-medium">
                {t("track.withdraw.reasonLabel")}
              </label>
              <textarea
                id={`${id}-reason`}
                name="reason"
                maxLength={500}
                rows={2}
                aria-describedby={`${id}-hint`}
                className="mt-1 w-full rounded border border-slate-400 bg-white p-2"
              />
              <p id={`${id}-hint`} className="text-sm text-slate-700">
                {t("track.withdraw.reasonHint")}
              </p>
            </div>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              disabled={pending}
              className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60"
              data-testid={`${kind}-confirm`}
            >
              {pending ? t(`track.${key}.confirming`) : t(`track.${key}.confirm`)}
            </button>
            <button
              type="button"
              onClick={close}
              className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2"
            >
              {t(`track.${key}.cancel`)}
            </button>
          </div>
          {failure ? (
            <p role="alert" className="text-sm font-medium text-red-800">
              {failure.error}
            </p>
          ) : null}
        </form>
      </div>
    </details>
  );
}
