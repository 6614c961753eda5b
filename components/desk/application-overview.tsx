import type { WindowApplication } from "@/lib/approvals/get-window-application";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText } from "@/components/ui/date-time";
import { DataName } from "@/components/i18n/data-name";

/** Status, applicant, the dates so far, and the matters with their reform mode and item status. */
export function ApplicationOverview({ app, t, locale }: { app: WindowApplication; t: TFunction; locale: Locale }) {
  const dates = [
    ["submittedAt", app.submittedAt],
    ["acceptedAt", app.acceptedAt],
    ["decidedAt", app.decidedAt],
    ["returnedAt", app.status === "RETURNED" ? app.returnedAt : null],
    ["issuedAt", app.issuedAt],
  ] as const;
  return (
    <section aria-labelledby="overview-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="overview-heading" className="text-lg font-semibold">
        {t("window.app.overviewHeading")}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="text-slate-700">{t("window.app.status")}</dt>
        <dd className="font-semibold" data-testid="application-status">
          {t(`status.${app.status}`)}
        </dd>
        <dt className="text-slate-700">{t("window.app.applicant")}</dt>
        <dd>{app.applicantName}</dd>
        <dt className="text-slate-700">{t("window.app.enterprise")}</dt>
        <dd>{app.enterprise ? t("common.withNote", { text: app.enterprise.name, note: app.enterprise.uscc }) : t("window.app.newCompany")}</dd>
        {dates.map(([key, date]) =>
          date ? (
            <div key={key} className="contents">
              <dt className="text-slate-700">{t(`window.app.${key}`)}</dt>
              <dd>
                <DateTimeText date={date} locale={locale} />
              </dd>
            </div>
          ) : null,
        )}
        {app.workingDays !== null ? (
          <>
            <dt className="text-slate-700">{t(app.status === "ISSUED" ? "window.app.workingDaysTaken" : "window.app.waited")}</dt>
            <dd>{app.workingDays ? t("window.queue.waitedDays", { days: app.workingDays }) : t("window.queue.waitedToday")}</dd>
          </>
        ) : null}
        {app.returnCount ? (
          <>
            <dt className="text-slate-700">{t("window.app.returnCount")}</dt>
            <dd>{app.returnCount}</dd>
          </>
        ) : null}
      </dl>
      <h3 className="font-semibold">{t("window.app.mattersHeading")}</h3>
      <DataTable
        caption={t("window.app.mattersCaption")}
        headers={[t("window.app.colMatter"), t("window.app.colDepartment"), t("window.app.colMode"), t("window.app.colItemStatus")]}
        testId="matters"
      >
        {app.matters.map((m) => (
          <tr key={m.code} className="border-t border-slate-200 align-top">
            <td className="px-3 py-2">
              <DataName kind="matter" code={m.code} zh={m.name} locale={locale} />
            </td>
            <td className="px-3 py-2">
              <DataName kind="departmentShort" zh={m.department} locale={locale} />
            </td>
            <td className="px-3 py-2">
              {t(`modes.${m.reformMode}`)}
              {m.useCommitment ? <span className="block text-sm text-slate-700">{t("window.app.byCommitment")}</span> : null}
            </td>
            <td className="px-3 py-2">
              {t(`itemStatus.${m.status}`)}
              {m.receiptNumber ? <span className="block font-mono text-sm">{t("window.app.receipt", { number: m.receiptNumber })}</span> : null}
              {m.status === "REJECTED" && m.decisionReason ? (
                <span className="block text-sm">{t("window.app.reason", { reason: m.decisionReason })}</span>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
