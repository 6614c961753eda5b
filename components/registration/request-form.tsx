"use client";
// 变更登记 / 注销登记 request: the same schema as the server checks it in the browser first (rules.ts: the
// one form's name and address rules), on leaving a field and on submitting; the server's refusal (a name
// already in use, name-check.ts), translated, as a focused alert. The page passes the two server actions. No maxLength: an over-long value is an error that
// says so, never silently cut and submitted (issue 15 §2). The one-time requestKey
// was made when the page was rendered, so a double click or a retry files one request.
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { ActionResult } from "@/components/ui/action-result";
import { useI18n } from "@/lib/i18n/client";
import { translate } from "@/lib/i18n/core";
import { issueOf } from "@/lib/errors";
import type { FormAction } from "@/lib/actions/types";
import { ZRequestCancel, ZRequestChange } from "@/lib/registration/rules";

const INPUT = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
type Field = "newName" | "newAddress" | "reason" | "confirm";
/** The page's server action for this kind of request (defineAction, from app/(applicant)/my/enterprise/actions.ts). */
export type RegistrationRequestAction = FormAction<{ id: string; created: boolean }>;

export function RegistrationRequestForm({
  kind,
  requestKey,
  current,
  action,
}: {
  kind: "CHANGE" | "CANCEL";
  requestKey: string;
  current: { name: string; address: string };
  action: RegistrationRequestAction;
}) {
  const { t } = useI18n();
  const [state, formAction, pending] = useActionState(action, null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const p = kind === "CHANGE" ? "reg-change" : "reg-cancel";

  function check(form: HTMLFormElement): Partial<Record<Field, string>> {
    const entries = Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v)]));
    const parsed = kind === "CHANGE" ? ZRequestChange.safeParse(entries) : ZRequestCancel.safeParse(entries);
    const next: Partial<Record<Field, string>> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as Field;
        const i = issueOf(issue);
        if (!next[key]) next[key] = translate(t, i.key, i.params);
      }
    }
    return next;
  }

  /** Leaving a field: its own problem is shown (or cleared); the "at least one" rule waits for submission. */
  function onBlurField(name: Field, form: HTMLFormElement | null) {
    if (!form || name === "confirm") return;
    const value = (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? "";
    const found = check(form)[name];
    setErrors((prev) => {
      const rest = { ...prev };
      if (found && value.trim() !== "") rest[name] = found;
      else delete rest[name];
      return rest;
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = check(event.currentTarget);
    if (Object.keys(next).length) {
      setErrors(next);
      document.getElementById(`${p}-${Object.keys(next)[0]}`)?.focus();
      return;
    }
    setErrors({});
    startTransition(() => formAction(data));
  }

  const field = (name: Field) => ({
    id: `${p}-${name}`,
    name,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": [`${p}-${name}-hint`, errors[name] ? `${p}-${name}-error` : ""].filter(Boolean).join(" "),
    onBlur: (e: { currentTarget: { form: HTMLFormElement | null } }) => onBlurField(name, e.currentTarget.form),
  });
  const error = (name: Field) =>
    errors[name] ? (
      <p id={`${p}-${name}-error`} className="mt-1 text-sm font-medium text-red-800">
        {errors[name]}
      </p>
    ) : null;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid={`${p}-form`}>
      <input type="hidden" name="requestKey" value={requestKey} />
      {kind === "CHANGE" ? (
        <>
          <div>
            <label htmlFor={`${p}-newName`} className="block font-medium">
              {t("registration.my.newNameLabel")}
            </label>
            <p id={`${p}-newName-hint`} className="text-sm text-slate-700">
              {t("registration.my.newNameHint", { name: current.name })}
            </p>
            <input {...field("newName")} autoComplete="organization" className={INPUT} />
            {error("newName")}
          </div>
          <div>
            <label htmlFor={`${p}-newAddress`} className="block font-medium">
              {t("registration.my.newAddressLabel")}
            </label>
            <p id={`${p}-newAddress-hint`} className="text-sm text-slate-700">
              {t("registration.my.newAddressHint", { address: current.address })}
            </p>
            <input {...field("newAddress")} autoComplete="street-address" className={INPUT} />
            {error("newAddress")}
          </div>
        </>
      ) : null}
      <div>
        <label htmlFor={`${p}-reason`} className="block font-medium">
          {t(kind === "CHANGE" ? "registration.my.changeReasonLabel" : "registration.my.cancelReasonLabel")}
        </label>
        <p id={`${p}-reason-hint`} className="text-sm text-slate-700">
          {t(kind === "CHANGE" ? "registration.my.changeReasonHint" : "registration.my.cancelReasonHint")}
        </p>
        <textarea {...field("reason")} rows={3} className={INPUT} />
        {error("reason")}
      </div>
      {kind === "CANCEL" ? (
        <div>
          <label className="flex items-start gap-2 font-medium">
            <input type="checkbox" value="yes" {...field("confirm")} className="mt-1 size-5 shrink-0" />
            <span id={`${p}-confirm-hint`}>{t("registration.my.cancelConfirm")}</span>
          </label>
          {error("confirm")}
        </div>
      ) : null}
      {/* Success re-renders the page: the form gives way to the open request (which says it was submitted). */}
      <ActionResult state={state} failed={t("registration.my.failed")} testId={`${p}-error`} />
      <button
        type="submit"
        disabled={pending}
        className={`rounded-md px-4 py-2 font-semibold text-white disabled:opacity-60 ${kind === "CANCEL" ? "bg-red-700" : "bg-brand-700"}`}
      >
        {pending ? t("registration.my.submitting") : t(kind === "CHANGE" ? "registration.my.changeSubmit" : "registration.my.cancelSubmit")}
      </button>
    </form>
  );
}
