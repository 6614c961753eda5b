"use client";
// Upload form of the Excel import: the file, the mode (all-or-nothing by default), and the result with
// every bad row listed as "第N行：…" in the reader's language.
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/core";
import type { ActionResult, FormAction } from "@/lib/actions/types";
import type { ImportSummary } from "@/lib/catalog/xlsx/import-catalog";
import { importErrorText } from "@/lib/catalog/xlsx/import-errors";
import { MAX_UPLOAD_BYTES as MAX_BYTES } from "@/lib/catalog/xlsx/inspect-upload";

type ImportState = ActionResult<{ summary: ImportSummary }> | null;

/** `action`: the page's importCatalogAction (app/(regulator)/regulator/catalog/actions.ts). */
export function ImportForm({ action }: { action: FormAction<{ summary: ImportSummary }> }) {
  const { t } = useI18n();
  const [state, formAction, pending] = useActionState<ImportState, FormData>(action, null);
  const [fileError, setFileError] = useState<MessageKey | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (state) resultRef.current?.focus();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const file = formData.get("file");
    let error: MessageKey | null = null;
    if (!(file instanceof File) || file.size === 0) error = "catalogAdmin.importer.fileRequired";
    else if (!/\.xlsx$/i.test(file.name)) error = "catalogAdmin.importer.fileType";
    else if (file.size > MAX_BYTES) error = "catalogAdmin.importer.fileTooLarge";
    setFileError(error);
    if (error) {
      fileRef.current?.focus();
      return;
    }
    startTransition(() => formAction(formData));
  }

  const summary = state?.ok ? state.summary : null;
  return (
    <div className="space-y-6">
      <form
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        encType="multipart/form-data"
        className="space-y-5 rounded-lg border border-slate-200 bg-white p-4"
        data-testid="import-form"
      >
        <div>
          <label htmlFor="import-file" className="block font-medium">
            {t("catalogAdmin.importer.fileLabel")}
          </label>
          <p id="import-file-hint" className="mt-0.5 text-sm text-slate-700">
            {t("catalogAdmin.importer.fileHint")}
          </p>
          <input
            ref={fileRef}
            id="import-file"
            name="file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "import-file-hint import-file-error" : "import-file-hint"}
            className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:text-brand-800"
          />
          {fileError ? (
            <p id="import-file-error" className="mt-1 text-sm font-medium text-red-800">
              {t(fileError)}
            </p>
          ) : null}
        </div>
        <fieldset>
          <legend className="font-medium">{t("catalogAdmin.importer.modeLegend")}</legend>
          <div className="mt-2 space-y-3">
            {(
              [
                ["all-or-nothing", "catalogAdmin.importer.modeAll", "catalogAdmin.importer.modeAllHint"],
                ["good-rows-only", "catalogAdmin.importer.modeGood", "catalogAdmin.importer.modeGoodHint"],
              ] as const
            ).map(([value, label, hint]) => (
              <div key={value} className="flex items-start gap-2">
                <input
                  id={`mode-${value}`}
                  type="radio"
                  name="mode"
                  value={value}
                  defaultChecked={value === "all-or-nothing"}
                  aria-describedby={`mode-${value}-hint`}
                  className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
                />
                <div>
                  <label htmlFor={`mode-${value}`} className="font-medium">
                    {t(label)}
                  </label>
                  <p id={`mode-${value}-hint`} className="text-sm text-slate-700">
                    {t(hint)}
                  </p>
                </div>
              </div>
            ))}
          </div>
        </fieldset>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? t("catalogAdmin.importer.submitting") : t("catalogAdmin.importer.submit")}
        </button>
      </form>

      {state ? (
        <section
          ref={resultRef}
          tabIndex={-1}
          aria-labelledby="import-result"
          className="space-y-4 rounded-lg border border-slate-300 bg-white p-4"
          data-testid="import-result"
        >
          <h2 id="import-result" className="text-lg font-semibold">
            {t("catalogAdmin.importer.resultHeading")}
          </h2>
          {!state.ok ? (
            <div role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
              <p className="font-bold">{t("catalogAdmin.importer.failed")}</p>
              <p className="mt-1" data-testid="import-error">
                {state.error}
              </p>
            </div>
          ) : summary ? (
            <>
              <p
                role="status"
                data-testid="import-outcome"
                className={`rounded border p-3 ${!summary.applied ? "border-red-700 bg-red-50 text-red-900" : summary.errors.length ? "border-amber-600 bg-amber-50 text-amber-900" : "border-green-300 bg-green-50 text-green-900"}`}
              >
                {!summary.applied
                  ? t("catalogAdmin.importer.refused")
                  : summary.errors.length
                    ? t("catalogAdmin.importer.appliedWithErrors")
                    : t("catalogAdmin.importer.applied")}
              </p>
              <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" aria-label={t("catalogAdmin.importer.resultHeading")}>
                {(
                  [
                    ["rows", summary.rows],
                    ["created", summary.created],
                    ["updated", summary.updated],
                    ["unchanged", summary.unchanged],
                    ["errorRows", new Set(summary.errors.map((e) => e.row)).size],
                  ] as const
                ).map(([key, value]) => (
                  <div key={key} className="rounded-md border border-slate-200 p-3">
                    <dt className="text-sm text-slate-700">{t(`catalogAdmin.importer.${key}`)}</dt>
                    <dd className="text-2xl font-semibold tabular-nums" data-testid={`import-${key}`}>
                      {value}
                    </dd>
                  </div>
                ))}
              </dl>
              {summary.errors.length > 0 ? (
                <div>
                  <h3 className="font-semibold">{t("catalogAdmin.importer.errorsHeading", { count: summary.errors.length })}</h3>
                  <ul className="mt-2 list-disc space-y-1 pl-5 text-red-900" data-testid="import-errors">
                    {summary.errors.map((e, i) => (
                      <li key={i}>{importErrorText(e, t)}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {summary.changes.length > 0 ? (
                <div>
                  <h3 className="font-semibold">{t("catalogAdmin.importer.changesHeading")}</h3>
                  <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="import-changes">
                    {summary.changes.map((c) => (
                      <li key={c.code}>
                        {c.kind === "created"
                          ? t("catalogAdmin.importer.changeCreated", { row: c.row, code: c.code, name: c.name })
                          : t("catalogAdmin.importer.changeUpdated", { row: c.row, code: c.code, name: c.name, version: c.version })}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
