import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getApplicationForm } from "@/lib/applications/get-application-form";
import { getApplyPage } from "@/lib/applications/get-apply-page";
import { availableActions } from "@/lib/applications/status-rules";
import { PageHeading } from "@/components/ui/page-heading";
import { formatDateTime } from "@/components/ui/date-time";
import { ReturnNotice } from "@/components/approvals/return-notice";
import { FormPage } from "@/components/applications/form-page";
import { FormSubmitted } from "@/components/applications/form-submitted";
import { chooseCommitmentAction, saveDraftAction, setPendingAction, signDocumentAction, submitApplicationAction, uploadMaterialAction } from "./actions";

const actions = {
  saveDraft: saveDraftAction,
  chooseCommitment: chooseCommitmentAction,
  setPending: setPendingAction,
  signDocument: signDocumentAction,
  uploadMaterial: uploadMaterialAction,
  submit: submitApplicationAction,
};

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("apply.form.metaTitle") };
}

export default async function ApplyFormPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission("application.submit", `/apply/${encodeURIComponent(id)}`);
  const { t, locale } = await getI18n();
  const form = await getApplicationForm({ actor, applicationId: id }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  });
  if (!form) notFound();
  const page = await getApplyPage({ actor, form, now: new Date() });

  // The form while the table lets the applicant edit it (a draft); otherwise what was submitted.
  if (!availableActions(page.status, "APPLICANT").includes("edit")) {
    return (
      <div className="space-y-6">
        <PageHeading title={t("apply.form.submittedHeading")} lead={t("apply.form.submittedLead")} />
        <FormSubmitted page={page} locale={locale} t={t} />
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <PageHeading title={t("apply.form.heading")} lead={t("apply.form.lead")} />
      {form.returnNotice ? (
        <ReturnNotice
          notice={form.returnNotice}
          heading={t("track.returned.heading")}
          lead={form.returnNotice.returnedAt ? t("track.returned.draftLead", { time: formatDateTime(form.returnNotice.returnedAt, locale) }) : null}
          t={t}
        />
      ) : null}
      <FormPage form={form} page={page} actions={actions} />
    </div>
  );
}
