"use client";
// The inspector's forms: a drawn inspection's result (the shared step form: result + findings, which are
// published), and the declaration of a conflict of interest.
import { useActionState } from "react";
import { ActionResult } from "@/components/ui/action-result";
import { useI18n } from "@/lib/i18n/client";
import { ZRecordInspectionStep } from "@/lib/supervision/inspection-schemas";
import type { FormAction } from "@/lib/actions/types";
import { StepForm, stepFormErrors } from "@/components/ui/step-form";

type Result = "PASSED" | "FAILED";
export type RecordInspectionAction = FormAction<{ status: Result }>;

const INPUT = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base";

export function InspectionResultForm({ inspectionId, open, action }: { inspectionId: string; open: boolean; action: RecordInspectionAction }) {
  const { t } = useI18n();
  return (
    <StepForm<Result, Result>
      action={action}
      steps={open ? (["PASSED", "FAILED"] as const).map((r) => ({ value: r, label: t(`inspection.result.${r}`) })) : []}
      validate={(formData) => {
        const parsed = ZRecordInspectionStep.safeParse({ inspectionId, action: formData.get("action") ?? undefined, reason: formData.get("reason") ?? "" });
        return parsed.success ? null : stepFormErrors(parsed.error.issues, t);
      }}
      hidden={<input type="hidden" name="inspectionId" value={inspectionId} />}
      idPrefix={`inspection-${inspectionId}`}
      testIdPrefix="inspection-result"
      words={{
        legend: t("inspection.dept.legend"),
        reasonLabel: () => t("inspection.dept.findingsLabel"),
        reasonHint: () => t("inspection.dept.findingsHint"),
        submit: t("inspection.dept.submit"),
        submitting: t("inspection.dept.submitting"),
        failed: t("inspection.dept.failed"),
        done: (s) => t("inspection.dept.done", { status: t(`inspection.result.${s}`) }),
        closed: "",
      }}
      reasonMax={1000}
    />
  );
}

export function ConflictForm({ action }: { action: FormAction }) {
  const { t } = useI18n();
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="conflict-form">
      <div>
        <label htmlFor="conflict-uscc" className="block font-medium">
          {t("inspection.dept.usccLabel")}
        </label>
        <input id="conflict-uscc" name="uscc" required maxLength={18} autoCapitalize="characters" className={`${INPUT} font-mono`} />
      </div>
      <div>
        <label htmlFor="conflict-reason" className="block font-medium">
          {t("inspection.dept.reasonLabel")}
        </label>
        <input id="conflict-reason" name="reason" required minLength={2} maxLength={200} className={INPUT} />
      </div>
      <ActionResult state={state} failed={t("inspection.dept.failed")} done={t("inspection.dept.declared")} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {t("inspection.dept.declare")}
      </button>
    </form>
  );
}
