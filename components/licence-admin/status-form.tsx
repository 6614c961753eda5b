"use client";
// The department's step on a licence it issued: only the steps its status allows (licence-status-rules.ts),
// a reason required for suspend and revoke, and the status the officer saw, so of two officers the second
// is told instead of acting on a stale page. The page passes the server action (a defineAction form action);
// the domain's refusal comes back translated, as an alert or on its field.
import { useI18n } from "@/lib/i18n/client";
import type { LicenceStatus } from "@/lib/generated/prisma/enums";
import { REASON_MAX, ZChangeLicenceStatus, type LicenceAction } from "@/lib/licences/licence-status-rules";
import type { FormAction } from "@/lib/actions/types";
import { StepForm, stepFormErrors } from "@/components/ui/step-form";

export type ChangeLicenceStatusAction = FormAction<{ status: LicenceStatus }>;

export function LicenceStatusForm({
  licenceId,
  status,
  actions,
  action,
}: {
  licenceId: string;
  status: LicenceStatus;
  actions: LicenceAction[];
  action: ChangeLicenceStatusAction;
}) {
  const { t } = useI18n();
  return (
    <StepForm<LicenceAction, LicenceStatus>
      action={action}
      steps={actions.map((a) => ({ value: a, label: t(`licenceAdmin.form.${a}`) }))}
      validate={(formData) => {
        // The domain's own schema, so the browser says exactly what the server would.
        const parsed = ZChangeLicenceStatus.safeParse({
          licenceId,
          expectedStatus: status,
          action: formData.get("action") ?? undefined,
          reason: formData.get("reason") ?? "",
        });
        return parsed.success ? null : stepFormErrors(parsed.error.issues, t);
      }}
      hidden={
        <>
          <input type="hidden" name="licenceId" value={licenceId} />
          <input type="hidden" name="expectedStatus" value={status} />
        </>
      }
      idPrefix="licence"
      testIdPrefix="licence-status"
      words={{
        legend: t("licenceAdmin.form.legend"),
        reasonLabel: () => t("licenceAdmin.form.reasonLabel"),
        reasonHint: () => t("licenceAdmin.form.reasonHint"),
        submit: t("licenceAdmin.form.submit"),
        submitting: t("licenceAdmin.form.submitting"),
        failed: t("licenceAdmin.form.failed"),
        done: (s) => t("licenceAdmin.form.done", { status: t(`licenceStatus.${s}`) }),
        closed: t("licenceAdmin.form.none"),
      }}
      reasonMax={REASON_MAX}
    />
  );
}
