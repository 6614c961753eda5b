"use client";
// A form checked in the browser with the domain's own zod schema before its server action runs: the first
// message of each field shown on it and the first wrong field focused; the server's answer comes back
// through useActionState (shown by components/ui/action-result.tsx).
import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { FormAction } from "@/lib/actions/types";
import { issueOf } from "@/lib/errors";
import { translate, type TFunction } from "@/lib/i18n/core";

export type FieldErrors = Record<string, string>;

/** A rating form's server action (app/…/rating-actions.ts, app/(officer)/rating-ticket-actions.ts), passed in by the page. */
export type RatingFormAction = FormAction;

/** The first message of each field, from a schema's issues, in the visitor's words. */
export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[], t: TFunction): FieldErrors {
  const out: FieldErrors = {};
  for (const raw of issues) {
    const issue = issueOf(raw);
    const key = String(raw.path[0] ?? "");
    if (key && !out[key]) out[key] = translate(t, issue.key, issue.params);
  }
  return out;
}

export function useCheckedForm(action: RatingFormAction, check: (data: FormData) => FieldErrors) {
  const [state, formAction, pending] = useActionState(action, null);
  const [errors, setErrors] = useState<FieldErrors>({});
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const next = check(data);
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) {
      form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    startTransition(() => formAction(data));
  }
  return { state, pending, errors, onSubmit };
}

/** aria attributes of a field with a hint and maybe an error. */
export const describedBy = (id: string, error?: string) => ({
  "aria-invalid": error ? true : undefined,
  "aria-describedby": `${id}-hint${error ? ` ${id}-error` : ""}`,
});
