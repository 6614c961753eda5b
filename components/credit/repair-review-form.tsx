"use client";
// A regulator's review of one repair application: approve, or refuse with the reason the enterprise reads.
import { useI18n } from "@/lib/i18n/client";
import { NOTE_MAX, REVIEW_ACTIONS, ZReviewRepair, type RepairReviewAction } from "@/lib/supervision/repair-rules";
import type { FormAction } from "@/lib/actions/types";
import { StepForm, stepFormErrors } from "@/components/ui/step-form";

type Status = "APPROVED" | "REJECTED";
export type ReviewRepairAction = FormAction<{ status: Status }>;

export function RepairReviewForm({ recordId, action }: { recordId: string; action: ReviewRepairAction }) {
  const { t } = useI18n();
  return (
    <StepForm<RepairReviewAction, Status>
      action={action}
      steps={REVIEW_ACTIONS.map((a) => ({ value: a, label: t(`credit.review.${a}`) }))}
      validate={(formData) => {
        const parsed = ZReviewRepair.safeParse({ recordId, action: formData.get("action") ?? undefined, reason: formData.get("reason") ?? "" });
        return parsed.success ? null : stepFormErrors(parsed.error.issues, t);
      }}
      hidden={<input type="hidden" name="recordId" value={recordId} />}
      idPrefix={`repair-${recordId}`}
      testIdPrefix="repair-review"
      words={{
        legend: t("credit.review.legend"),
        reasonLabel: () => t("credit.review.reasonLabel"),
        reasonHint: () => t("credit.review.reasonHint"),
        submit: t("credit.review.submit"),
        submitting: t("credit.review.submitting"),
        failed: t("credit.review.failedTitle"),
        done: (s) => t("credit.review.done", { status: t(`credit.repairStatus.${s}`) }),
        closed: t("credit.review.closed"),
      }}
      reasonMax={NOTE_MAX}
    />
  );
}
