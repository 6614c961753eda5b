"use client";
// 精准授权: choose licences, a purpose and the days the link lasts. The new link is shown here once, with a
// copy button and a plain note that it will not be shown again (only its hash is stored).
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { formatDateTime } from "@/components/ui/date-time";
import type { FormAction } from "@/lib/actions/types";
import type { ShareableLicence } from "@/lib/licences/list-shares";
import { SHARE_MAX_DAYS, SHARE_MAX_LICENCES } from "@/lib/licences/share-schemas";

export type CreateShareAction = FormAction<{ path: string; url: string; expiresAt: string }>;

export function CreateShareForm({ licences, action }: { licences: ShareableLicence[]; action: CreateShareAction }) {
  const { t, locale } = useI18n();
  const [state, formAction, pending] = useActionState(action, null);
  const [copy, setCopy] = useState<"copied" | "copyFailed" | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const created = state?.ok ? state : null;
  const link = created ? (created.url ?? (typeof window !== "undefined" ? `${window.location.origin}${created.path}` : created.path)) : "";

  useEffect(() => {
    if (!state) return;
    setCopy(null);
    resultRef.current?.focus();
    if (state.ok) formRef.current?.reset();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setCopy("copied");
    } catch {
      setCopy("copyFailed");
    }
  }

  return (
    <section aria-labelledby="share-create-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="share-create-heading" className="text-xl font-semibold">
        {t("share.create.heading")}
      </h2>
      <div ref={resultRef} tabIndex={-1} className="outline-none">
        {created ? (
          <div className="space-y-3 rounded-md border-2 border-green-700 bg-green-50 p-4" data-testid="share-created">
            <h3 className="text-lg font-semibold text-green-900">{t("share.created.heading")}</h3>
            <p className="font-medium text-slate-900">{t("share.created.note")}</p>
            <div>
              <label htmlFor="share-link" className="block font-medium">
                {t("share.created.linkLabel")}
              </label>
              <input
                id="share-link"
                readOnly
                value={link}
                onFocus={(e) => e.currentTarget.select()}
                className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 font-mono text-sm"
                data-testid="share-link"
              />
            </div>
            <p className="text-sm text-slate-800">{t("share.created.expires", { time: formatDateTime(new Date(created.expiresAt), locale) })}</p>
            <button type="button" onClick={copyLink} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
              {t("share.created.copy")}
            </button>
            <p role="status" className="text-sm font-medium text-slate-900">
              {copy ? t(`share.created.${copy}`) : ""}
            </p>
          </div>
        ) : state && !state.ok ? (
          <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 font-medium text-red-900" data-testid="share-error">
            {state.error}
          </p>
        ) : null}
      </div>
      {licences.length === 0 ? (
        <p className="text-slate-700" data-testid="share-no-licences">
          {t("share.create.noLicences")}
        </p>
      ) : (
        <form ref={formRef} onSubmit={onSubmit} className="space-y-4" data-testid="share-form">
          <fieldset>
            <legend className="font-medium">{t("share.create.licencesLegend", { max: SHARE_MAX_LICENCES })}</legend>
            <ul className="mt-2 space-y-2">
              {licences.map((l) => (
                <li key={l.id}>
                  <label className="flex items-start gap-2">
                    <input type="checkbox" name="licenceIds" value={l.id} className="mt-1 size-5" data-number={l.number} />
                    <span className="break-all">
                      {t("share.create.licenceOption", { kind: t(`licenceKind.${l.kind}`), number: l.number })}
                      {l.matter ? (
                        <span className="text-slate-700">
                          {t("common.listSeparator")}
                          {l.matter}
                        </span>
                      ) : null}
                      {l.status !== "VALID" ? (
                        <span className="text-amber-900">
                          {t("common.listSeparator")}
                          {t(`licenceStatus.${l.status}`)}
                        </span>
                      ) : null}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div>
            <label htmlFor="share-purpose" className="block font-medium">
              {t("share.create.purposeLabel")}
            </label>
            <p id="share-purpose-hint" className="text-sm text-slate-700">
              {t("share.create.purposeHint")}
            </p>
            <input
              id="share-purpose"
              name="purpose"
              required
              minLength={2}
              maxLength={100}
              aria-describedby="share-purpose-hint"
              className="mt-1 block w-full rounded-md border border-slate-500 px-3 py-2 text-base"
            />
          </div>
          <div>
            <label htmlFor="share-days" className="block font-medium">
              {t("share.create.daysLabel")}
            </label>
            <p id="share-days-hint" className="text-sm text-slate-700">
              {t("share.create.daysHint", { max: SHARE_MAX_DAYS })}
            </p>
            <input
              id="share-days"
              name="expiresInDays"
              type="number"
              inputMode="numeric"
              min={1}
              max={SHARE_MAX_DAYS}
              defaultValue={7}
              required
              aria-describedby="share-days-hint"
              className="mt-1 block w-32 rounded-md border border-slate-500 px-3 py-2 text-base"
            />
          </div>
          <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
            {pending ? t("share.create.submitting") : t("share.create.submit")}
          </button>
        </form>
      )}
    </section>
  );
}
