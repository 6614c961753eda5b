"use client";
// The window's completeness check (前台综合受理): a verdict per provided document, the problems found,
// and then one of two outcomes — 受理并分办, or 退件 with every problem in one notice (一次性告知).
import { useActionState, useState } from "react";
import type { WindowDocument } from "@/lib/approvals/get-window-application";
import { useI18n } from "@/lib/i18n/client";
import { dataName } from "@/lib/i18n/data";
import type { ActionResult, FormAction } from "@/lib/actions/types";
import { DocumentProvision, DocumentTitle } from "./document-provision";

type Verdict = "ok" | "problem" | "pending";

const domId = (key: string) => `doc-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** The verdicts a document offers: 齐全 only for what is actually there, 容缺后补 only where allowed. */
function choicesOf(doc: WindowDocument, pendingAllowed: boolean): Verdict[] {
  const present = doc.provided === "uploaded" || doc.provided === "generated";
  return [...(present ? (["ok"] as const) : []), "problem", ...(pendingAllowed && doc.mayBePending ? (["pending"] as const) : [])];
}

export function CheckForm({
  applicationId,
  version,
  documents,
  pendingAllowed,
  acceptAction,
  returnAction,
}: {
  applicationId: string;
  version: number;
  documents: WindowDocument[];
  pendingAllowed: boolean;
  /** 受理并分办 (the page's acceptAction). */
  acceptAction: FormAction;
  /** 退件 (the page's returnAction). */
  returnAction: FormAction;
}) {
  const { t, locale } = useI18n();
  // What the applicant promised for later starts as 容缺后补 (where still allowed); everything else is looked at.
  const [verdicts, setVerdicts] = useState<Record<string, Verdict | undefined>>(() =>
    Object.fromEntries(documents.map((d) => [d.documentKey, d.provided === "pending" && pendingAllowed && d.mayBePending ? "pending" : undefined])),
  );
  const [acceptState, accept, accepting] = useActionState<ActionResult | null, FormData>(acceptAction, null);
  const [returnState, giveBack, returning] = useActionState<ActionResult | null, FormData>(returnAction, null);
  // Controlled, so what the officer typed survives the form reset React does after each action.
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [other, setOther] = useState("");
  const [pendingDays, setPendingDays] = useState("10");
  const [last, setLast] = useState<"accept" | "return" | null>(null);
  const state = last === "accept" ? acceptState : last === "return" ? returnState : null;
  const busy = accepting || returning;
  const hasProblem = Object.values(verdicts).includes("problem");
  const fieldError = (name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);

  return (
    <form className="space-y-4" noValidate>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="expectedVersion" value={version} />
      {documents.length === 0 ? <p className="text-slate-700">{t("window.docs.noneToCheck")}</p> : null}
      <ul className="space-y-3">
        {documents.map((d) => {
          const base = domId(d.documentKey);
          const verdictError = fieldError(`verdict:${d.documentKey}`);
          const problemError = fieldError(`problem:${d.documentKey}`);
          return (
            <li key={d.documentKey} className="rounded-md border border-slate-300 bg-white p-3" data-testid={`check-${d.documentKey}`}>
              <input type="hidden" name="doc" value={d.documentKey} />
              <fieldset aria-describedby={verdictError ? `${base}-verdict-error` : undefined}>
                <legend className="w-full">
                  <DocumentTitle doc={d} t={t} locale={locale} />
                </legend>
                <DocumentProvision doc={d} t={t} />
                <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
                  {choicesOf(d, pendingAllowed).map((v) => (
                    <label key={v} className="inline-flex items-center gap-2">
                      <input
                        type="radio"
                        className="h-5 w-5"
                        name={`verdict:${d.documentKey}`}
                        value={v}
                        checked={verdicts[d.documentKey] === v}
                        onChange={() => setVerdicts((old) => ({ ...old, [d.documentKey]: v }))}
                      />
                      <span>{t(`window.check.${v}`)}</span>
                    </label>
                  ))}
                </div>
                {verdictError ? (
                  <p id={`${base}-verdict-error`} className="mt-1 text-sm font-medium text-red-800">
                    {verdictError}
                  </p>
                ) : null}
              </fieldset>
              {verdicts[d.documentKey] === "problem" ? (
                <div className="mt-2">
                  <label htmlFor={`${base}-problem`} className="block font-medium">
                    {t("window.check.problemLabel", { name: dataName("material", null, d.name, locale) })}
                  </label>
                  <textarea
                    id={`${base}-problem`}
                    name={`problem:${d.documentKey}`}
                    rows={2}
                    maxLength={500}
                    value={problems[d.documentKey] ?? ""}
                    onChange={(e) => setProblems((old) => ({ ...old, [d.documentKey]: e.target.value }))}
                    className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
                    aria-invalid={problemError ? true : undefined}
                    aria-describedby={problemError ? `${base}-problem-error` : undefined}
                  />
                  {problemError ? (
                    <p id={`${base}-problem-error`} className="mt-1 text-sm font-medium text-red-800">
                      {problemError}
                    </p>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>

      <div>
        <label htmlFor="other-problems" className="block font-medium">
          {t("window.check.otherLabel")}
        </label>
        <p id="other-problems-hint" className="text-sm text-slate-700">
          {t("window.check.otherHint")}
        </p>
        <textarea
          id="other-problems"
          name="otherProblems"
          rows={3}
          value={other}
          onChange={(e) => setOther(e.target.value)}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
          aria-invalid={fieldError("otherProblems") ? true : undefined}
          aria-describedby={`other-problems-hint${fieldError("otherProblems") ? " other-problems-error" : ""}`}
        />
        {fieldError("otherProblems") ? (
          <p id="other-problems-error" className="mt-1 text-sm font-medium text-red-800">
            {fieldError("otherProblems")}
          </p>
        ) : null}
      </div>

      <div className="max-w-sm">
        <label htmlFor="pending-days" className="block font-medium">
          {t("window.check.pendingDaysLabel")}
        </label>
        <p id="pending-days-hint" className="text-sm text-slate-700">
          {t("window.check.pendingDaysHint")}
        </p>
        <input
          id="pending-days"
          name="pendingDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={30}
          step={1}
          value={pendingDays}
          onChange={(e) => setPendingDays(e.target.value)}
          className="mt-1 block w-32 rounded-md border border-slate-400 px-3 py-2"
          aria-invalid={fieldError("pendingDays") ? true : undefined}
          aria-describedby={`pending-days-hint${fieldError("pendingDays") ? " pending-days-error" : ""}`}
        />
        {fieldError("pendingDays") ? (
          <p id="pending-days-error" className="mt-1 text-sm font-medium text-red-800">
            {fieldError("pendingDays")}
          </p>
        ) : null}
      </div>

      {state && !state.ok ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900" data-testid="check-error">
          {state.error}
        </p>
      ) : null}

      <div className="flex flex-wrap items-start gap-4">
        <div className="space-y-1">
          <button
            type="submit"
            formAction={accept}
            onClick={() => setLast("accept")}
            disabled={busy || hasProblem}
            aria-describedby={hasProblem ? "accept-blocked" : undefined}
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {accepting ? t("window.check.accepting") : t("window.check.accept")}
          </button>
          {hasProblem ? (
            <p id="accept-blocked" className="max-w-xs text-sm text-amber-900">
              {t("window.check.acceptBlocked")}
            </p>
          ) : null}
        </div>
        <div className="space-y-1">
          <button
            type="submit"
            formAction={giveBack}
            onClick={() => setLast("return")}
            disabled={busy}
            aria-describedby="return-hint"
            className="rounded-md border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60"
          >
            {returning ? t("window.check.returning") : t("window.check.return")}
          </button>
          <p id="return-hint" className="max-w-xs text-sm text-slate-700">
            {t("window.check.returnHint")}
          </p>
        </div>
      </div>
    </form>
  );
}
