"use client";
// One step among those a record's status allows, with a reason: a radio list, a reason textarea, the
// server's error as a focused alert and a submit through useActionState. The caller's domain schema checks
// the input in the browser first (validate), so the browser says exactly what the server would; a field
// error from the server lands on its field, anything else in the alert, success in a focused status line.
// Used by the department's decision on a task (components/dept/decision-panel.tsx) and its step on a
// licence (components/licence-admin/status-form.tsx).
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { ActionResult, FormAction } from "@/lib/actions/types";
import { issueOf } from "@/lib/errors";
import { translate, type TFunction } from "@/lib/i18n/core";

const INPUT = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base focus:border-brand-600 aria-[invalid=true]:border-red-700";

export type StepFormField = "action" | "reason";
export type StepFormErrors = Partial<Record<StepFormField, string>>;
export type StepFormState<S> = ActionResult<{ status: S }> | null;

/** The first message of each field from a schema's issues (zod's safeParse error.issues), translated. */
export function stepFormErrors(issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[], t?: TFunction): StepFormErrors {
  const next: StepFormErrors = {};
  for (const issue of issues) {
    const key = issue.path[0];
    const i = issueOf(issue);
    if ((key === "action" || key === "reason") && !next[key]) next[key] = t ? translate(t, i.key, i.params) : issue.message;
  }
  return next;
}

/** The server's field errors on this form's two fields (a failure on another field shows in the alert). */
function fieldErrorsOf(state: StepFormState<unknown>): StepFormErrors {
  if (!state || state.ok) return {};
  // An action not yet on defineAction names one field and gives its message as the error.
  if (!state.fieldErrors) return state.field === "action" || state.field === "reason" ? { [state.field]: state.error } : {};
  const { action, reason } = state.fieldErrors;
  return { ...(action ? { action } : {}), ...(reason ? { reason } : {}) };
}

export function StepForm<A extends string, S>({
  action,
  steps,
  validate,
  hidden,
  idPrefix,
  testIdPrefix,
  words,
  reasonMax,
}: {
  /** A defineAction form action (or, until converted, one answering the same shape with `field`). */
  action: FormAction<{ status: S }> | ((prev: never, formData: FormData) => Promise<StepFormState<S>>);
  /** The steps allowed now, in display order; none shows words.closed. */
  steps: readonly { value: A; label: string }[];
  /** The domain schema's verdict on the form's data: null when it passes. */
  validate: (formData: FormData) => StepFormErrors | null;
  /** Hidden inputs naming the record and the state the officer saw. */
  hidden: ReactNode;
  /** Prefix of element ids: <p>-action-error, <p>-reason, <p>-reason-hint, <p>-reason-error. */
  idPrefix: string;
  /** Prefix of test ids: <p>-form, <p>-done, <p>-error, <p>-closed. */
  testIdPrefix: string;
  words: {
    legend: string;
    reasonLabel: (choice: A | null) => string;
    reasonHint: (choice: A | null) => string;
    submit: string;
    submitting: string;
    failed: string;
    done: (status: S) => string;
    closed: string;
  };
  reasonMax: number;
}) {
  const [state, submit, pending] = useActionState<StepFormState<S>, FormData>(action as FormAction<{ status: S }>, null);
  const [choice, setChoice] = useState<A | null>(null);
  const [errors, setErrors] = useState<StepFormErrors>({});
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
    } else if (Object.keys(fieldErrorsOf(state)).length) {
      const next = fieldErrorsOf(state);
      setErrors(next);
      (next.action ? firstChoiceRef.current : reasonRef.current)?.focus();
    } else {
      alertRef.current?.focus();
    }
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const next = validate(formData);
    if (next) {
      setErrors(next);
      (next.action ? firstChoiceRef.current : reasonRef.current)?.focus();
      return;
    }
    setErrors({});
    startTransition(() => submit(formData));
  }

  const done = state?.ok ? (
    <p
      ref={doneRef}
      tabIndex={-1}
      role="status"
      className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900"
      data-testid={`${testIdPrefix}-done`}
    >
      {words.done(state.status)}
    </p>
  ) : null;

  if (!steps.length) {
    return (
      <div className="space-y-3">
        {done}
        <p className="text-slate-700" data-testid={`${testIdPrefix}-closed`}>
          {words.closed}
        </p>
      </div>
    );
  }

  const failed = state && !state.ok && !Object.keys(fieldErrorsOf(state)).length ? state.error : null;
  const id = (part: string) => `${idPrefix}-${part}`;
  return (
    <form
      ref={formRef}
      action={submit}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-lg border border-slate-300 bg-white p-4"
      data-testid={`${testIdPrefix}-form`}
    >
      {done}
      {failed ? (
        <div
          ref={alertRef}
          tabIndex={-1}
          role="alert"
          className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900"
          data-testid={`${testIdPrefix}-error`}
        >
          <p className="font-bold">{words.failed}</p>
          <p className="mt-1">{failed}</p>
        </div>
      ) : null}
      {hidden}
      <fieldset aria-describedby={errors.action ? id("action-error") : undefined}>
        <legend className="font-medium">{words.legend}</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {steps.map((s, i) => (
            <label
              key={s.value}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-400 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
            >
              <input
                ref={i === 0 ? firstChoiceRef : undefined}
                type="radio"
                name="action"
                value={s.value}
                checked={choice === s.value}
                onChange={() => {
                  setChoice(s.value);
                  setErrors({});
                }}
                className="h-5 w-5"
              />
              <span>{s.label}</span>
            </label>
          ))}
        </div>
        {errors.action ? (
          <p id={id("action-error")} className="mt-1 text-sm font-medium text-red-800">
            {errors.action}
          </p>
        ) : null}
      </fieldset>
      <div>
        <label htmlFor={id("reason")} className="block font-medium">
          {words.reasonLabel(choice)}
        </label>
        <p id={id("reason-hint")} className="mt-0.5 text-sm text-slate-700">
          {words.reasonHint(choice)}
        </p>
        <textarea
          ref={reasonRef}
          id={id("reason")}
          name="reason"
          rows={4}
          maxLength={reasonMax}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? `${id("reason-hint")} ${id("reason-error")}` : id("reason-hint")}
          className={INPUT}
        />
        {errors.reason ? (
          <p id={id("reason-error")} className="mt-1 text-sm font-medium text-red-800">
            {errors.reason}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? words.submitting : words.submit}
      </button>
    </form>
  );
}
