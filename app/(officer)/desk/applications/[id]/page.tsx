import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { dataName, dataNames } from "@/lib/i18n/data";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getWindowApplication } from "@/lib/approvals/get-window-application";
import { availableActions, isDispatched } from "@/lib/applications/status-rules";
import { PageHeading } from "@/components/ui/page-heading";
import { formatDateTime } from "@/components/ui/date-time";
import { ReturnNotice } from "@/components/approvals/return-notice";
import { ApplicationOverview } from "@/components/desk/application-overview";
import { CheckForm } from "@/components/desk/check-form";
import { DocumentList } from "@/components/desk/documents-record";
import { DoneBanner } from "@/components/desk/done-banner";
import { IssuePanel } from "@/components/desk/issue-panel";
import { IssuedRecord } from "@/components/desk/issued-record";
import { PendingList } from "@/components/desk/pending-list";
import { TaskProgress } from "@/components/desk/task-progress";
import { acceptAction, issueAction, returnAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("window.app.metaTitle") };
}

export default async function WindowApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const { id } = await params;
  const { done } = await searchParams;
  const actor = await requirePagePermission("desk.view", `/desk/applications/${encodeURIComponent(id)}`);
  const { t, locale } = await getI18n();
  const app = await getWindowApplication({ actor, now: new Date(), applicationId: id }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  });
  if (!app) notFound();

  // Which steps the window may take now: the application's state table decides (status-rules.ts), not a status literal.
  const can = availableActions(app.status, "WINDOW_OFFICER", { submittedAt: app.submittedAt, tasks: app.tasks });
  const toCheck = app.documents.filter((d) => d.checkable);
  const notChecked = app.documents.filter((d) => !d.checkable);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/desk" className="text-brand-700 underline">
          {t("window.app.back")}
        </Link>
      </p>
      <PageHeading title={t("window.app.heading", { name: app.name })} />
      <DoneBanner done={done} app={app} t={t} />
      <ApplicationOverview app={app} t={t} locale={locale} />

      {app.returnNotice ? (
        <ReturnNotice
          notice={app.returnNotice}
          heading={app.status === "RETURNED" ? t("window.notice.heading") : t("window.check.previousNotice")}
          lead={app.returnNotice.returnedAt ? t("window.notice.lead", { date: formatDateTime(app.returnNotice.returnedAt, locale) }) : null}
          t={t}
        />
      ) : null}

      {can.includes("accept") || can.includes("return") ? (
        <section aria-labelledby="check-heading" className="space-y-4">
          <h2 id="check-heading" className="text-lg font-semibold">
            {t("window.check.heading")}
          </h2>
          <p className="text-slate-700">{t("window.check.lead")}</p>
          {app.credit.restricted ? (
            <p role="note" className="rounded border border-amber-400 bg-amber-50 p-3">
              {t("window.app.creditRestricted", app.credit.reason ?? {})}
            </p>
          ) : null}
          <div data-testid="dispatch-preview">
            {app.tasks.length ? (
              <>
                <p>{t("window.check.willDispatch")}</p>
                <ul className="mt-1 list-disc pl-6">
                  {app.tasks.map((task) => (
                    <li key={task.id}>
                      {t("window.check.dispatchTo", {
                        department: dataName("department", null, task.department, locale),
                        matters: dataNames("matter", task.matters, locale, t("common.listSeparator")),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t("window.check.noDispatch")}</p>
            )}
          </div>
          <CheckForm
            applicationId={app.id}
            version={app.version}
            documents={toCheck}
            pendingAllowed={!app.credit.restricted}
            acceptAction={acceptAction}
            returnAction={returnAction}
          />
          {notChecked.length ? (
            <div className="space-y-2">
              <h3 className="font-semibold">{t("window.docs.notNeededHeading")}</h3>
              <DocumentList documents={notChecked} t={t} locale={locale} testId="not-checked" />
            </div>
          ) : null}
        </section>
      ) : (
        <>
          {isDispatched(app.status) ? <TaskProgress tasks={app.tasks} t={t} locale={locale} /> : null}
          <PendingList pending={app.pending} t={t} locale={locale} />
          {app.issuance && can.includes("issue") ? (
            <IssuePanel applicationId={app.id} version={app.version} preview={app.issuance} issueAction={issueAction} />
          ) : null}
          {app.issued ? <IssuedRecord issued={app.issued} t={t} locale={locale} /> : null}
          <section aria-labelledby="documents-heading" className="space-y-2">
            <h2 id="documents-heading" className="text-lg font-semibold">
              {t("window.docs.recordHeading")}
            </h2>
            <DocumentList documents={app.documents} t={t} locale={locale} testId="documents-record" />
          </section>
        </>
      )}
    </div>
  );
}
