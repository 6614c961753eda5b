import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getVerification, type VerificationDetail } from "@/lib/supervision/list-verifications";
import { licencePath } from "@/lib/licences/licence-view";
import { PageHeading } from "@/components/ui/page-heading";
import { DateTimeText } from "@/components/ui/date-time";
import { LicenceStatusBadge } from "@/components/licences/licence-status-badge";
import { ConfirmRectificationForm, RecordVerificationForm } from "@/components/verification/verification-forms";
import { confirmRectificationAction, recordVerificationAction } from "./actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("verification.list.metaTitle") };
}

/** One 告知承诺核查: what is verified and why, the commitment signed, the result and the next step. */
export default async function DeptVerificationPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requirePagePermission("verification.record", `/dept/verifications/${encodeURIComponent(id)}`);
  if (!actor.departmentId) forbidden();
  const { t, locale } = await getI18n();
  let v: VerificationDetail;
  try {
    v = await getVerification({ actor, id });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  const row = (label: string, value: ReactNode, testId?: string) => (
    <div className="grid gap-1 border-t border-slate-200 py-2 first:border-t-0 sm:grid-cols-[10rem_1fr]">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/dept/verifications" className="text-brand-700 underline">
          {t("verification.detail.back")}
        </Link>
      </p>
      <PageHeading title={t("verification.detail.heading", { matter: v.matter })} />
      <section aria-labelledby="v-facts" className="space-y-2">
        <h2 id="v-facts" className="text-lg font-semibold">
          {t("verification.detail.factsHeading")}
        </h2>
        <dl className="rounded-lg border border-slate-200 bg-white px-4">
          {row(t("verification.detail.holder"), v.holderName)}
          {row(t("verification.detail.uscc"), <span className="font-mono">{v.uscc}</span>)}
          {row(
            t("verification.detail.licence"),
            <Link href={licencePath(v.licenceNumber)} className="font-mono text-brand-700 underline break-all">
              {v.licenceNumber}
            </Link>,
          )}
          {row(t("verification.detail.licenceStatus"), <LicenceStatusBadge t={t} status={v.licenceStatus} />)}
          {row(t("verification.detail.address"), v.address)}
          {row(t("verification.detail.risk"), t(`verification.risk.${v.riskLevel}`))}
          {row(t("verification.detail.selection"), v.selection)}
          {row(t("verification.detail.dueOn"), v.dueOn)}
          {row(t("verification.detail.status"), t(`verification.status.${v.status}`), "verification-status")}
        </dl>
      </section>
      <section aria-labelledby="v-commitment" className="space-y-2">
        <h2 id="v-commitment" className="text-lg font-semibold">
          {t("verification.detail.commitmentHeading")}
        </h2>
        {v.commitment ? (
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="text-sm text-slate-700">
              {t("verification.detail.commitmentSigned")}
              <DateTimeText date={v.commitment.signedAt} locale={locale} />
            </p>
            <p className="mt-2 whitespace-pre-wrap">{v.commitment.text}</p>
          </div>
        ) : (
          <p className="text-slate-700">{t("verification.detail.noCommitment")}</p>
        )}
      </section>
      {v.findings ? (
        <section aria-labelledby="v-result" className="space-y-2">
          <h2 id="v-result" className="text-lg font-semibold">
            {t("verification.detail.resultHeading")}
          </h2>
          <dl className="rounded-lg border border-slate-200 bg-white px-4">
            {row(t("verification.detail.findings"), <span className="whitespace-pre-wrap">{v.findings}</span>)}
            {v.evidence
              ? row(
                  t("verification.detail.evidence"),
                  <a href={`/api/evidence/${v.id}`} className="text-brand-700 underline">
                    {t("verification.detail.evidenceOpen", { name: v.evidence.fileName })}
                  </a>,
                )
              : null}
            {v.inspector ? row(t("verification.detail.inspector"), v.inspector) : null}
            {v.rectifyBy ? row(t("verification.detail.rectifyBy"), v.rectifyBy) : null}
            {v.rectificationNote ? row(t("verification.detail.rectification"), v.rectificationNote) : null}
          </dl>
        </section>
      ) : null}
      {v.status === "SCHEDULED" ? (
        <section aria-labelledby="v-record" className="space-y-3">
          <h2 id="v-record" className="text-lg font-semibold">
            {t("verification.record.heading")}
          </h2>
          <RecordVerificationForm verificationId={v.id} action={recordVerificationAction} />
        </section>
      ) : v.status === "RECTIFYING" ? (
        <section aria-labelledby="v-rectified" className="space-y-3">
          <h2 id="v-rectified" className="text-lg font-semibold">
            {t("verification.rectified.heading")}
          </h2>
          <p className="text-slate-700">{t("verification.rectified.lead")}</p>
          <ConfirmRectificationForm verificationId={v.id} action={confirmRectificationAction} />
        </section>
      ) : null}
    </div>
  );
}
