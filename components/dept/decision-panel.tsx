"use client";
// The department's step on its task: one choice among the steps the task's status allows (decide-task.ts
// TRANSITIONS), a note that is required for 不予许可 and 补正, and the version the officer saw, so that
// of two officers deciding one task the second is told instead of overwriting (optimistic concurrency).
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/core";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { ZDecideTask } from "@/lib/approvals/schemas";
import type { TaskAction } from "@/lib/approvals/get-dept-task";
import { decideTaskAction, type DecideState } from "@/app/(officer)/dept/tasks/[id]/actions";

const INPUT = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base focus:border-brand-600 aria-[invalid=true]:border-red-700";

const WORDS: Record<TaskAction, { label: MessageKey; reason: MessageKey; hint: MessageKey }> = {
  approve: { label: "deptDesk.decide.approve", reason: "deptDesk.decide.reasonApprove", hint: "deptDesk.decide.hintApprove" },
  reject: { label: "deptDesk.decide.reject", reason: "deptDesk.decide.reasonReject", hint: "deptDesk.decide.hintReject" },
  correction: { label: "deptDesk.decide.correction", reason: "deptDesk.decide.reasonCorrection", hint: "deptDesk.decide.hintCorrection" },
  onsite: { label: "deptDesk.decide.onsite", reason: "deptDesk.decide.reasonOnsite", hint: "deptDesk.decide.hintOnsite" },
};

type FieldErrors = { action?: string; reason?: string };

export function DecisionPanel({ taskId, version, status, actions }: { taskId: string; version: number; status: TaskStatus; actions: TaskAction[] }) {
  const { t } = useI18n();
  const [state, submit, pending] = useActionState<DecideState, FormData>(decideTaskAction, null);
  const [choice, setChoice] = useState<TaskAction | null>(null);
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
    const parsed = ZDecideTask.safeParse({ taskId, expectedVersion: version, action: formData.get("action") ?? undefined, reason: formData.get("reason") ?? "" });
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
    <p ref={doneRef} tabIndex={-1} role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900" data-testid="decision-done">
      {t("deptDesk.decide.done", { status: t(`taskStatus.${state.status}`) })}
    </p>
  ) : null;

  if (!actions.length) {
    return (
      <div className="space-y-3">
        {done}
        <p className="text-slate-700" data-testid="decision-closed">
          {t(status === "CORRECTION_REQUESTED" ? "deptDesk.decide.waiting" : "deptDesk.decide.closed")}
        </p>
      </div>
    );
  }

  const words = choice ? WORDS[choice] : null;
  const failed = state && !state.ok && !state.field ? state.error : null;
  return (
    <form ref={formRef} action={submit} onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-300 bg-white p-4" data-testid="decision-form">
      {done}
      {failed ? (
        <div ref={alertRef} tabIndex={-1} role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900" data-testid="decision-error">
          <p className="font-bold">{t("deptDesk.decide.failed")}</p>
          <p className="mt-1">{failed}</p>
        </div>
      ) : null}
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <fieldset aria-describedby={errors.action ? "decide-action-error" : undefined}>
        <legend className="font-medium">{t("deptDesk.decide.legend")}</legend>
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
              <span>{t(WORDS[a].label)}</span>
            </label>
          ))}
        </div>
        {errors.action ? <p id="decide-action-error" className="mt-1 text-sm font-medium text-red-800">{errors.action}</p> : null}
      </fieldset>
      <div>
        <label htmlFor="decide-reason" className="block font-medium">{t(words ? words.reason : "deptDesk.decide.reasonLabel")}</label>
        <p id="decide-reason-hint" className="mt-0.5 text-sm text-slate-700">{t(words ? words.hint : "deptDesk.decide.hintChoose")}</p>
        <textarea
          ref={reasonRef}
          id="decide-reason"
          name="reason"
          rows={4}
          maxLength={2000}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? "decide-reason-hint decide-reason-error" : "decide-reason-hint"}
          className={INPUT}
        />
        {errors.reason ? <p id="decide-reason-error" className="mt-1 text-sm font-medium text-red-800">{errors.reason}</p> : null}
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? t("deptDesk.decide.submitting") : t("deptDesk.decide.submit")}
      </button>
    </form>
  );
}
