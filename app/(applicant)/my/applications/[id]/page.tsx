import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { dataName, dataNames } from "@/lib/i18n/data";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getApplicationTracking } from "@/lib/approvals/get-application-tracking";
import { PageHeading } from "@/components/ui/page-heading";
import { DateTimeText, formatDateTime } from "@/components/ui/date-time";
import { ReturnNotice } from "@/components/approvals/return-notice";
import { AnnouncementsProvider } from "@/components/tracking/announcements";
import { ReviseButton } from "@/components/tracking/revise-button";
import { IssuedResults } from "@/components/tracking/issued-results";
import { PendingMaterials } from "@/components/tracking/pending-materials";
import { DepartmentCard } from "@/components/tracking/department-card";
import { TrackingTimeline } from "@/components/tracking/tracking-timeline";
import { ServiceRatings } from "@/components/ratings/service-ratings";
import { rateServiceAction, rerateServiceAction } from "./rating-actions";
import { ApplicantAction } from "@/components/tracking/applicant-action";
import { availableActions } from "@/lib/applications/status-rules";
import { answerCorrectionAction, reviseReturnedAction, supplementPendingAction, withdrawApplicationAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("track.metaTitle") };
}

export default async function ApplicationTrackingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/apply/${encodeURIComponent(id)}`;
  const actor = await requirePagePermission("application.viewOwn", `/my/applications/${encodeURIComponent(id)}`);
  const { t, locale } = await getI18n();
  const tracking = await getApplicationTracking({ actor, now: new Date(), applicationId: id }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  });
  // A draft (never submitted, or being revised after a return) is the form; the form page answers 404 for
  // anything that is not the applicant's own, so nothing is revealed by going there.
  if (!tracking) redirect(path);
  // The buttons from the state table (status-rules.ts); tracking.actions is the withdrawal it allows.
  const canRevise = availableActions(tracking.status, "APPLICANT", { submittedAt: tracking.submittedAt }).includes("revise");

  return (
    <AnnouncementsProvider>
      <div className="space-y-6">
        <PageHeading title={t("track.heading", { name: tracking.name })} lead={t("track.lead")} />
        <dl
          aria-label={t("track.summaryLabel")}
          className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[max-content_1fr]"
        >
          <dt className="text-slate-700">{t("track.statusLabel")}</dt>
          <dd className="font-semibold" data-testid="application-status" data-status={tracking.status}>
            {t(`status.${tracking.status}`)}
          </dd>
          <dt className="text-slate-700">{t("track.mattersLabel")}</dt>
          <dd className="break-words">{dataNames("matter", tracking.matters, locale, t("common.listSeparator"))}</dd>
          {tracking.submittedAt ? (
            <>
              <dt className="text-slate-700">{t("track.submittedAtLabel")}</dt>
              <dd>
                <DateTimeText date={tracking.submittedAt} locale={locale} />
              </dd>
            </>
          ) : null}
          {tracking.returnCount ? (
            <>
              <dt className="text-slate-700">{t("track.returnCountLabel")}</dt>
              <dd>{tracking.returnCount}</dd>
            </>
          ) : null}
        </dl>

        {tracking.status === "WITHDRAWN" ? (
          <section
            aria-labelledby="withdrawn-heading"
            role="status"
            className="space-y-1 rounded-lg border border-slate-300 bg-slate-100 p-4"
            data-testid="withdrawn-notice"
          >
            <h2 id="withdrawn-heading" className="text-xl font-semibold">
              {t("track.withdraw.withdrawnHeading")}
            </h2>
            {tracking.withdrawnAt ? <p>{t("track.withdraw.withdrawnLead", { time: formatDateTime(tracking.withdrawnAt, locale) })}</p> : null}
          </section>
        ) : null}

        {canRevise && tracking.returnNotice ? (
          <ReturnNotice
            notice={tracking.returnNotice}
            heading={t("track.returned.heading")}
            lead={tracking.returnNotice.returnedAt ? t("track.returned.lead", { time: formatDateTime(tracking.returnNotice.returnedAt, locale) }) : null}
            t={t}
          >
            <ReviseButton applicationId={tracking.id} version={tracking.version} action={reviseReturnedAction} />
          </ReturnNotice>
        ) : null}
        {tracking.status === "DECIDED" && tracking.pending.some((p) => p.status === "OPEN") ? (
          // 统一出件 hands over every result at once (晋中方案 004 三(三): 一窗统一出件), so the whole set waits.
          <p role="status" className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950" data-testid="issue-waits">
            {t("track.issueWaits", {
              materials: [...new Set(tracking.pending.filter((p) => p.status === "OPEN").map((p) => dataName("material", p.documentKey, p.name, locale)))].join(
                t("common.listSeparator"),
              ),
            })}
          </p>
        ) : null}
        {tracking.status === "ISSUED" ? <IssuedResults licences={tracking.licences} rejected={tracking.rejected} t={t} locale={locale} /> : null}
        {tracking.pending.length ? (
          <PendingMaterials applicationId={tracking.id} pending={tracking.pending} t={t} locale={locale} supplement={supplementPendingAction} />
        ) : null}

        {tracking.status !== "RETURNED" ? (
          <section aria-labelledby="departments-heading" className="space-y-3">
            <h2 id="departments-heading" className="text-xl font-semibold">
              {t("track.departments.heading")}
            </h2>
            {tracking.departments.length ? (
              <>
                <p className="text-slate-700">{t("track.departments.lead")}</p>
                <div className="grid gap-4 lg:grid-cols-2" data-testid="departments">
                  {tracking.departments.map((d) => (
                    <DepartmentCard key={d.taskId} applicationId={tracking.id} dept={d} t={t} locale={locale} answer={answerCorrectionAction} />
                  ))}
                </div>
              </>
            ) : (
              <p className="text-slate-700">{t("track.departments.none")}</p>
            )}
          </section>
        ) : null}

        {tracking.otherItems.length ? (
          <section aria-labelledby="other-items-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="other-items-heading" className="text-xl font-semibold">
              {t("track.otherItems.heading")}
            </h2>
            <ul className="space-y-1" data-testid="other-items">
              {tracking.otherItems.map((i) => (
                <li key={i.code} className="break-words">
                  {t("common.withNote", { text: dataName("matter", i.code, i.name, locale), note: t(`itemStatus.${i.status}`) })}
                  {i.receiptNumber ? (
                    <>
                      {t("common.clauseSeparator")}
                      {t("track.otherItems.receipt", { number: "" })}
                      <span className="font-mono" data-testid="receipt-number">
                        {i.receiptNumber}
                      </span>
                    </>
                  ) : i.status === "FILED" ? (
                    <>
                      {t("common.clauseSeparator")}
                      <span data-testid="receipt-with-licence">{t("track.otherItems.receiptWithLicence")}</span>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {tracking.actions.includes("withdraw") ? (
          <section aria-labelledby="withdraw-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="withdraw-heading" className="text-xl font-semibold">
              {t("track.withdraw.heading")}
            </h2>
            <p className="text-slate-700">{t("track.withdraw.lead")}</p>
            <ApplicantAction
              kind="withdraw"
              applicationId={tracking.id}
              version={tracking.version}
              subject={tracking.name}
              action={withdrawApplicationAction}
            />
          </section>
        ) : null}

        <ServiceRatings actor={actor} applicationId={tracking.id} actions={{ rate: rateServiceAction, rerate: rerateServiceAction }} />

        <TrackingTimeline events={tracking.timeline} returnProblems={tracking.returnNotice?.problems.length ?? 0} t={t} locale={locale} />

        <section aria-labelledby="metrics-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="metrics-heading" className="text-xl font-semibold">
            {t("track.metrics.heading")}
          </h2>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="text-slate-700">{t("track.metrics.fields")}</dt>
            <dd data-testid="metric-fields">
              {t("track.metrics.fieldsValue", { typed: tracking.metrics.fieldsTyped, baseline: tracking.metrics.fieldsBaseline })}
            </dd>
            <dt className="text-slate-700">{t("track.metrics.materials")}</dt>
            <dd data-testid="metric-materials">
              {t("track.metrics.materialsValue", { submitted: tracking.metrics.materialsSubmitted, baseline: tracking.metrics.materialsBaseline })}
            </dd>
            {tracking.metrics.workingDaysTaken !== null ? (
              <>
                <dt className="text-slate-700">{t("track.metrics.days")}</dt>
                <dd data-testid="metric-days">{t("track.metrics.daysValue", { n: tracking.metrics.workingDaysTaken })}</dd>
              </>
            ) : null}
          </dl>
        </section>

        <p>
          <Link href="/my" className="font-medium text-brand-700 underline">
            {t("track.backToMy")}
          </Link>
        </p>
      </div>
    </AnnouncementsProvider>
  );
}
