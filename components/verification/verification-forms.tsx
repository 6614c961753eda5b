"use client";
// The inspector's two forms on a 告知承诺核查: the result (kept, or not kept with a rectification period and
// evidence), and the re-check after rectification. The domain's schema checks the fields in the browser
// first; the server's error comes back as a focused alert; success re-renders the page.
import { startTransition, useActionState, useState, type FormEvent, type ReactNode } from "react";
import { ActionResult } from "@/components/ui/action-result";
import { useI18n } from "@/lib/i18n/client";
import { translate, type TFunction } from "@/lib/i18n/core";
import { issueOf } from "@/lib/errors";
import type { FormAction } from "@/lib/actions/types";
import { FINDINGS_MAX, RECTIFY_MAX_DAYS, RECTIFY_MIN_DAYS, ZConfirmRectification, ZRecordVerificationForm } from "@/lib/supervision/verification-rules";

const INPUT = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
type Errors = Record<string, string>;

function useStepForm(action: FormAction, check: (data: FormData) => Errors) {
  const [state, formAction, pending] = useActionState(action, null);
  const [errors, setErrors] = useState<Errors>({});
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = check(data);
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) {
      (event.currentTarget.querySelector(`[name="${first}"]`) as HTMLElement | null)?.focus();
      return;
    }
    startTransition(() => formAction(data));
  }
  return { state, pending, errors, onSubmit };
}

function issuesOf(issues: readonly { path: readonly PropertyKey[]; message: string }[], t: TFunction): Errors {
  const out: Errors = {};
  for (const i of issues) {
    const key = String(i.path[0] ?? "");
    const issue = issueOf(i);
    if (key && !out[key]) out[key] = translate(t, issue.key, issue.params);
  }
  return out;
}

function Field({ id, label, hint, error, children }: { id: string; label: string; hint: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {hint}
      </p>
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const described = (id: string, error?: string) => ({
  "aria-invalid": error ? true : undefined,
  "aria-describedby": `${id}-hint${error ? ` ${id}-error` : ""}`,
});

export function RecordVerificationForm({ verificationId, action }: { verificationId: string; action: FormAction }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<"pass" | "fail" | null>(null);
  const { state, pending, errors, onSubmit } = useStepForm(action, (data) => {
    const file = data.get("evidence");
    const parsed = ZRecordVerificationForm.safeParse({
      verificationId,
      outcome: data.get("outcome") ?? undefined,
      findings: data.get("findings") ?? "",
      rectifyDays: data.get("rectifyDays") || undefined,
      evidence: file instanceof File && file.size > 0 ? file : undefined,
    });
    return parsed.success ? {} : issuesOf(parsed.error.issues, t);
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      encType="multipart/form-data"
      className="space-y-4 rounded-lg border border-slate-300 bg-white p-4"
      data-testid="verification-record-form"
    >
      <input type="hidden" name="verificationId" value={verificationId} />
      <fieldset aria-describedby={errors.outcome ? "v-outcome-error" : undefined}>
        <legend className="font-medium">{t("verification.record.legend")}</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {(["pass", "fail"] as const).map((o) => (
            <label
              key={o}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-400 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
            >
              <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} className="h-5 w-5" />
              <span>{t(`verification.record.${o}`)}</span>
            </label>
          ))}
        </div>
        {errors.outcome ? (
          <p id="v-outcome-error" className="mt-1 text-sm font-medium text-red-800">
            {errors.outcome}
          </p>
        ) : null}
      </fieldset>
      <Field id="v-findings" label={t("verification.record.findingsLabel")} hint={t("verification.record.findingsHint")} error={errors.findings}>
        <textarea id="v-findings" name="findings" rows={4} maxLength={FINDINGS_MAX} className={INPUT} {...described("v-findings", errors.findings)} />
      </Field>
      {outcome === "fail" ? (
        <>
          <Field id="v-days" label={t("verification.record.daysLabel")} hint={t("verification.record.daysHint")} error={errors.rectifyDays}>
            <input
              id="v-days"
              name="rectifyDays"
              type="number"
              inputMode="numeric"
              min={RECTIFY_MIN_DAYS}
              max={RECTIFY_MAX_DAYS}
              defaultValue={15}
              className={`${INPUT} w-32`}
              {...described("v-days", errors.rectifyDays)}
            />
          </Field>
          <Field id="v-evidence" label={t("verification.record.evidenceLabel")} hint={t("verification.record.evidenceHint")} error={errors.evidence}>
            <input
              id="v-evidence"
              name="evidence"
              type="file"
              accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
              className="mt-1 block w-full text-base"
              {...described("v-evidence", errors.evidence)}
            />
          </Field>
        </>
      ) : null}
      <ActionResult state={state} failed={t("verification.record.failed")} testId="verification-error" />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t("verification.record.submitting") : t("verification.record.submit")}
      </button>
    </form>
  );
}

export function ConfirmRectificationForm({ verificationId, action }: { verificationId: string; action: FormAction }) {
  const { t } = useI18n();
  const { state, pending, errors, onSubmit } = useStepForm(action, (data) => {
    const parsed = ZConfirmRectification.safeParse({ verificationId, note: data.get("note") ?? "" });
    return parsed.success ? {} : issuesOf(parsed.error.issues, t);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-300 bg-white p-4" data-testid="verification-rectified-form">
      <input type="hidden" name="verificationId" value={verificationId} />
      <Field id="v-note" label={t("verification.rectified.noteLabel")} hint={t("verification.rectified.noteHint")} error={errors.note}>
        <textarea id="v-note" name="note" rows={3} maxLength={FINDINGS_MAX} className={INPUT} {...described("v-note", errors.note)} />
      </Field>
      <ActionResult state={state} failed={t("verification.rectified.failed")} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t("verification.rectified.submitting") : t("verification.rectified.submit")}
      </button>
    </form>
  );
}
