"use client";
// One record's 信用修复 application: a statement of the correction, checked in the browser by the domain's
// own schema; the server's error (in the visitor's language) comes back as a focused alert. Success re-renders the page, where
// the record then shows 修复审核中.
import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import { ActionResult } from "@/components/ui/action-result";
import { useI18n } from "@/lib/i18n/client";
import { translate } from "@/lib/i18n/core";
import { issueOf } from "@/lib/errors";
import type { FormAction } from "@/lib/actions/types";
import { STATEMENT_MAX, ZRequestRepair } from "@/lib/supervision/repair-rules";

export function RepairRequestForm({ recordId, action }: { recordId: string; action: FormAction }) {
  const { t } = useI18n();
  const [state, formAction, pending] = useActionState(action, null);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const id = `repair-${recordId}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = ZRequestRepair.safeParse({ recordId, statement: data.get("statement") ?? "" });
    if (!parsed.success) {
      const issue = issueOf(parsed.error.issues[0]!);
      setError(translate(t, issue.key, issue.params));
      inputRef.current?.focus();
      return;
    }
    setError(null);
    startTransition(() => formAction(data));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" data-testid="repair-form">
      <input type="hidden" name="recordId" value={recordId} />
      <label htmlFor={id} className="block font-medium">
        {t("credit.my.repairLabel")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {t("credit.my.repairHint")}
      </p>
      <textarea
        ref={inputRef}
        id={id}
        name="statement"
        rows={3}
        maxLength={STATEMENT_MAX}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        className="block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <ActionResult state={state} failed={t("credit.my.failed")} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t("credit.my.submitting") : t("credit.my.repairSubmit")}
      </button>
    </form>
  );
}
