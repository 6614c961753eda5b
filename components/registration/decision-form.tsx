"use client";
// The registration authority's decision: approve, or refuse with the reason the applicant reads. The
// domain's own schema checks the form in the browser first; the server's refusal comes back translated. The
// page passes the server action.
import { useI18n } from "@/lib/i18n/client";
import { DECISIONS, REASON_MAX, ZDecideRegistrationChange, type RegistrationDecision } from "@/lib/registration/rules";
import type { FormAction } from "@/lib/actions/types";
import { StepForm, stepFormErrors } from "@/components/ui/step-form";

export type DecideRegistrationAction = FormAction<{ status: "APPROVED" | "REJECTED" }>;

export function RegistrationDecisionForm({ changeId, open, action }: { changeId: string; open: boolean; action: DecideRegistrationAction }) {
  const { t } = useI18n();
  return (
    <StepForm<RegistrationDecision, "APPROVED" | "REJECTED">
      action={action}
      steps={open ? DECISIONS.map((a) => ({ value: a, label: t(`registration.desk.${a}`) })) : []}
      validate={(formData) => {
        const parsed = ZDecideRegistrationChange.safeParse({ changeId, action: formData.get("action") ?? undefined, reason: formData.get("reason") ?? "" });
        return parsed.success ? null : stepFormErrors(parsed.error.issues, t);
      }}
      hidden={<input type="hidden" name="changeId" value={changeId} />}
      idPrefix="registration"
      testIdPrefix="registration-decision"
      words={{
        legend: t("registration.desk.legend"),
        reasonLabel: () => t("registration.desk.reasonLabel"),
        reasonHint: () => t("registration.desk.reasonHint"),
        submit: t("registration.desk.submit"),
        submitting: t("registration.desk.submitting"),
        failed: t("registration.desk.failed"),
        done: (s) => t("registration.desk.done", { status: t(`registration.status.${s}`) }),
        closed: t("registration.desk.closed"),
      }}
      reasonMax={REASON_MAX}
    />
  );
}
