"use client";
// The department's step on a licence it issued: only the steps its status allows (licence-status-rules.ts),
// a reason required for suspend and revoke, and the status the officer saw, so of two officers the second
// is told instead of acting on a stale page. The domain's Chinese error comes back as an alert.
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { LicenceStatus } from "@/lib/generated/prisma/enums";
import { REASON_MAX, ZChangeLicenceStatus, type LicenceAction } from "@/lib/licences/licence-status-rules";
import { changeLicenceStatusAction, type LicenceStatusState } from "@/app/(officer)/dept/licences/[id]/actions";

const INPUT = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base focus:border-brand-600 aria-[invalid=true]:border-red-700";

type FieldErrors = { action?: string; reason?: string };

export function LicenceStatusForm({ licenceId, status, actions }: { licenceId: string; status: LicenceStatus; actions: LicenceAction[] }) {
  const { t } = useI18n();
  const [state, submit, pending] = useActionState<LicenceStatusState, FormData>(changeLicenceStatusAction, null);
  const [choice, setChoice] = useState<LicenceAction | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const firstChoiceRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      formRef.current?.reset();
      setChoice(null);
      setErrors({});
      doneRef.current?.focus();
    } else if (state.field) {
      setErrors({ [state.field]: state.error });
      (state.field === "reason" ? reasonRef.current : firstChoiceRef.current)?.focus();
    } else {
      alertRef.current?.focus();
    }
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    // The domain's own schema, so the browser says exactly what the server would.
    const parsed = ZChangeLicenceStatus.safeParse({ licenceId, expectedStatus: status, action: formData.get("action") ?? undefined, reason: formData.get("reason") ?? "" });
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        if ((key === "action" || key === "reason") && !next[key]) next[key] = issue.message;
      }
      setErrors(next);
      (next.action ? firstChoiceRef.current : reasonRef.current)?.focus();
      return;
    }
    setErrors({});
    startTransition(() => submit(formData));
  }

  const done = state?.ok ? (
    <p ref={doneRef} tabIndex={-1} role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900" data-testid="licence-status-done">
      {t("licenceAdmin.form.done", { status: t(`licenceAdmin.status.${state.status}`) })}
    </p>
  ) : null;

  if (!actions.length) {
    return (
      <div className="space-y-3">
        {done}
        <p className="text-slate-700" data-testid="licence-status-closed">{t("licenceAdmin.form.none")}</p>
      </div>
    );
  }

  const failed = state && !state.ok && !state.field ? state.error : null;
  return (
    <form ref={formRef} action={submit} onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-300 bg-white p-4" data-testid="licence-status-form">
      {done}
      {failed ? (
        <div ref={alertRef} tabIndex={-1} role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900" data-testid="licence-status-error">
          <p className="font-bold">{t("licenceAdmin.form.failed")}</p>
          <p className="mt-1">{failed}</p>
        </div>
      ) : null}
      <input type="hidden" name="licenceId" value={licenceId} />
      <input type="hidden" name="expectedStatus" value={status} />
      <fieldset aria-describedby={errors.action ? "licence-action-error" : undefined}>
        <legend className="font-medium">{t("licenceAdmin.form.legend")}</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {actions.map((a, i) => (
            <label key={a} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-400 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input
                ref={i === 0 ? firstChoiceRef : undefined}
                type="radio"
                name="action"
                value={a}
                checked={choice === a}
                onChange={() => {
                  setChoice(a);
                  setErrors({});
                }}
                className="h-5 w-5"
              />
              <span>{t(`licenceAdmin.form.${a}`)}</span>
            </label>
          ))}
        </div>
        {errors.action ? <p id="licence-action-error" className="mt-1 text-sm font-medium text-red-800">{errors.action}</p> : null}
      </fieldset>
      <div>
        <label htmlFor="licence-reason" className="block font-medium">{t("licenceAdmin.form.reasonLabel")}</label>
        <p id="licence-reason-hint" className="mt-0.5 text-sm text-slate-700">{t("licenceAdmin.form.reasonHint")}</p>
        <textarea
          ref={reasonRef}
          id="licence-reason"
          name="reason"
          rows={4}
          maxLength={REASON_MAX}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? "licence-reason-hint licence-reason-error" : "licence-reason-hint"}
          className={INPUT}
        />
        {errors.reason ? <p id="licence-reason-error" className="mt-1 text-sm font-medium text-red-800">{errors.reason}</p> : null}
      </div>
      <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? t("licenceAdmin.form.submitting") : t("licenceAdmin.form.submit")}
      </button>
    </form>
  );
}
