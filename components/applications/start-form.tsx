"use client";
// The start form of a one-form application: the chosen matters as checkboxes (all checked) and one
// button. The clientKey was made when the page was rendered, so a double click or a retry makes one draft.
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import { dataName } from "@/lib/i18n/data";
import type { StartMatter } from "@/lib/applications/list-matters-for-start";
import type { FormAction } from "@/lib/actions/types";

/** Starts the draft (and goes on to its form); a refused duplicate answers with `link` to the pending application. */
export type StartApplicationAction = FormAction<{ id: string; created: boolean }>;

export function StartForm({
  matters,
  clientKey,
  guideQuery,
  action,
}: {
  matters: StartMatter[];
  clientKey: string;
  guideQuery: string;
  action: StartApplicationAction;
}) {
  const { t, locale } = useI18n();
  const [state, formAction, pending] = useActionState(action, null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  // Submitting through startTransition (not the form's own action) skips React's automatic form reset,
  // so after an error the applicant's choice of matters is kept. Without JavaScript the form still posts.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  useEffect(() => {
    if (state && !state.ok) errorRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-5 rounded-lg border border-slate-200 bg-white p-4" data-testid="start-form">
      <input type="hidden" name="clientKey" value={clientKey} />
      {guideQuery ? <input type="hidden" name="guideQuery" value={guideQuery} /> : null}
      <fieldset>
        <legend className="font-semibold">{t("apply.start.mattersLegend", { count: matters.length })}</legend>
        <p className="mt-1 text-sm text-slate-700">{t("apply.start.mattersHint")}</p>
        <ul className="mt-3 space-y-2" data-testid="start-matters">
          {matters.map((m) => (
            <li key={m.code} className="rounded-md border border-slate-200 p-3">
              <label className="flex items-start gap-3">
                <input type="checkbox" name="matters" value={m.code} defaultChecked className="mt-1 size-5 shrink-0" />
                <span>
                  <span className="font-medium text-slate-900">{dataName("matter", m.code, m.name, locale)}</span>
                  <span className="mt-0.5 block text-sm text-slate-700">
                    {t("common.labelValue", { label: t("apply.start.mode"), value: t(`modes.${m.reformMode}`) })}
                    {" · "}
                    {t("common.labelValue", { label: t("apply.start.department"), value: dataName("department", null, m.department, locale) })}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {state && !state.ok ? (
        <p ref={errorRef} tabIndex={-1} role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900" data-testid="start-error">
          {state.error}
          {state.link ? (
            <>
              {" "}
              <Link href={state.link} className="font-medium underline" data-testid="start-existing">
                {t("apply.start.openExisting")}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60"
      >
        {t("apply.start.submit")}
      </button>
    </form>
  );
}
