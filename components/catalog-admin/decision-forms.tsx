"use client";
// The regulator's two decisions on a pending proposal: approve (publishes the next version) or reject
// (a reason is required and sent to the department).
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { translate } from "@/lib/i18n/core";
import type { ActionResult, FormAction } from "@/lib/actions/types";
import { ZRejectProposal, fieldIssuesOf } from "@/lib/catalog/proposal-schemas";

type DecisionState = ActionResult | null;

const INPUT = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base focus:border-brand-600";

/** The refusal, unless it is the problem of the one field the form shows beside its control (`inline`). */
function FormError({ state, title, inline }: { state: DecisionState; title: string; inline?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = !!state && !state.ok && !(inline && state.fieldErrors?.[inline]);
  // Each new answer moves focus to it (state changes identity with every answer).
  useEffect(() => {
    if (state && shown) ref.current?.focus();
  }, [shown, state]);
  if (!shown || !state || state.ok) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900" data-testid="decision-error">
      <p className="font-bold">{title}</p>
      <p className="mt-1">{state.error}</p>
    </div>
  );
}

/** The page passes the two server actions (app/(regulator)/regulator/catalog/actions.ts). */
export function DecisionForms({
  proposalId,
  nextVersion,
  canApprove,
  approveAction,
  rejectAction,
}: {
  proposalId: string;
  nextVersion: number;
  canApprove: boolean;
  approveAction: FormAction;
  rejectAction: FormAction;
}) {
  const { t } = useI18n();
  const [approveState, approve, approving] = useActionState<DecisionState, FormData>(approveAction, null);
  const [rejectState, reject, rejecting] = useActionState<DecisionState, FormData>(rejectAction, null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const busy = approving || rejecting;

  useEffect(() => {
    const message = rejectState && !rejectState.ok ? rejectState.fieldErrors?.reason : undefined;
    if (message) {
      setReasonError(message);
      reasonRef.current?.focus();
    }
  }, [rejectState]);

  function onReject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const parsed = ZRejectProposal.safeParse({ proposalId, reason: formData.get("reason") });
    if (!parsed.success) {
      const issue = fieldIssuesOf(parsed.error).find((i) => i.path === "reason");
      setReasonError(issue ? translate(t, issue.key, issue.params) : null);
      reasonRef.current?.focus();
      return;
    }
    setReasonError(null);
    startTransition(() => reject(formData));
  }

  function onApprove(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => approve(formData));
  }

  return (
    <div className="grid gap-6 md:grid-cols-2">
      {canApprove ? (
        <form
          action={approve}
          onSubmit={onApprove}
          noValidate
          className="space-y-3 rounded-lg border border-green-700 bg-white p-4"
          aria-labelledby="approve-heading"
        >
          <h3 id="approve-heading" className="text-base font-bold">
            {t("catalogAdmin.decide.approveHeading")}
          </h3>
          <p className="text-sm text-slate-700">{t("catalogAdmin.decide.approveLead", { next: nextVersion })}</p>
          <FormError state={approveState} title={t("catalogAdmin.decide.failed")} />
          <input type="hidden" name="proposalId" value={proposalId} />
          <div>
            <label htmlFor="approve-note" className="block font-medium">
              {t("catalogAdmin.decide.noteLabel")}
            </label>
            <p id="approve-note-hint" className="mt-0.5 text-sm text-slate-700">
              {t("catalogAdmin.decide.noteHint")}
            </p>
            <textarea id="approve-note" name="note" rows={3} maxLength={500} aria-describedby="approve-note-hint" className={INPUT} />
          </div>
          <button type="submit" disabled={busy} className="rounded-md bg-green-800 px-5 py-2.5 font-semibold text-white hover:bg-green-900 disabled:opacity-60">
            {approving ? t("catalogAdmin.decide.approving") : t("catalogAdmin.decide.approve")}
          </button>
        </form>
      ) : null}
      <form action={reject} onSubmit={onReject} noValidate className="space-y-3 rounded-lg border border-red-700 bg-white p-4" aria-labelledby="reject-heading">
        <h3 id="reject-heading" className="text-base font-bold">
          {t("catalogAdmin.decide.rejectHeading")}
        </h3>
        <p className="text-sm text-slate-700">{t("catalogAdmin.decide.rejectLead")}</p>
        <FormError state={rejectState} title={t("catalogAdmin.decide.failed")} inline="reason" />
        <input type="hidden" name="proposalId" value={proposalId} />
        <div>
          <label htmlFor="reject-reason" className="block font-medium">
            {t("catalogAdmin.decide.rejectReason")}
          </label>
          <p id="reject-reason-hint" className="mt-0.5 text-sm text-slate-700">
            {t("catalogAdmin.decide.rejectHint")}
          </p>
          <textarea
            ref={reasonRef}
            id="reject-reason"
            name="reason"
            rows={3}
            maxLength={500}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? "reject-reason-hint reject-reason-error" : "reject-reason-hint"}
            className={`${INPUT} ${reasonError ? "border-red-700" : ""}`}
          />
          {reasonError ? (
            <p id="reject-reason-error" className="mt-1 text-sm font-medium text-red-800">
              {reasonError}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={busy} className="rounded-md bg-red-800 px-5 py-2.5 font-semibold text-white hover:bg-red-900 disabled:opacity-60">
          {rejecting ? t("catalogAdmin.decide.rejecting") : t("catalogAdmin.decide.reject")}
        </button>
      </form>
    </div>
  );
}
