import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { dataNames } from "@/lib/i18n/data";
import { requirePagePermission } from "@/lib/auth/session";
import { getApplicantHome } from "@/lib/applications/get-applicant-home";
import { PageHeading } from "@/components/ui/page-heading";
import { StatGrid } from "@/components/ui/stat-grid";
import { QuickLinks } from "@/components/ui/quick-links";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/components/ui/date-time";
import { RecentNotifications } from "@/components/notifications/recent-list";
import { listRecentNotifications } from "@/lib/notifications/list-recent";
import { ApplicantAction } from "@/components/tracking/applicant-action";
import { Zh } from "@/components/i18n/data-name";
import { deleteDraftAction, withdrawApplicationAction } from "./applications/[id]/actions";

export const dynamic = "force-dynamic";

export default async function ApplicantHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("applicant.home", "/my");
  const deleted = (await searchParams).deleted === "1";
  const { t, locale } = await getI18n();
  const [home, inbox] = await Promise.all([getApplicantHome({ actor }), listRecentNotifications({ actor })]);
  return (
    <div className="space-y-6">
      <PageHeading title={t("applicant.heading")} lead={t("dashboard.countsFromDb")} />
      {deleted ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900" data-testid="draft-deleted">
          {t("track.deleteDraft.done")}
        </p>
      ) : null}
      {home.enterprise ? (
        <dl className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">{t("applicant.enterprise")}</dt>
          <dd className="text-lg font-semibold" data-testid="enterprise-name">
            {locale === "zh-CN" ? home.enterprise.name : <Zh>{home.enterprise.name}</Zh>}
          </dd>
          <dt className="mt-2 text-sm text-slate-600">{t("applicant.uscc")}</dt>
          <dd className="font-mono">{home.enterprise.uscc}</dd>
        </dl>
      ) : (
        <p className="rounded border border-amber-300 bg-amber-50 p-3">{t("applicant.noEnterprise")}</p>
      )}
      <StatGrid
        label={t("applicant.heading")}
        stats={[
          { label: t("applicant.applications"), value: home.applications, testId: "stat-applications" },
          { label: t("applicant.licences"), value: home.licences, testId: "stat-licences" },
          { label: t("applicant.unread"), value: home.unread, testId: "stat-unread" },
        ]}
      />
      <QuickLinks
        label={t("dashboard.quickLinks")}
        links={[
          { href: "/guide", text: t("dashboard.linkGuide") },
          { href: "/scope", text: t("dashboard.linkScope") },
          { href: "/my/shares", text: t("share.quickLink") },
          { href: "/my/wallet", text: t("wallet.linkFromHome") },
          { href: "/my/enterprise", text: t("registration.quickLink") },
          { href: "/my/credit", text: t("credit.quickLink") },
        ]}
      />
      <RecentNotifications items={inbox} t={t} locale={locale} />
      <section aria-labelledby="my-applications" className="space-y-2">
        <h2 id="my-applications" className="text-lg font-semibold">
          {t("applicant.applicationsHeading")}
        </h2>
        {home.recent.length === 0 ? (
          <p className="text-slate-700">{t("applicant.emptyApplications")}</p>
        ) : (
          <DataTable
            headers={[t("applicant.colMatters"), t("applicant.colStatus"), t("applicant.colUpdated"), t("applicant.colAction")]}
            testId="my-applications"
          >
            {home.recent.map((a) => (
              <tr key={a.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2">{dataNames("matter", a.matters, locale, t("common.listSeparator"))}</td>
                <td className="px-3 py-2 whitespace-nowrap">{t(`status.${a.status}`)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(a.submittedAt ?? a.updatedAt, locale)}</td>
                <td className="px-3 py-2">
                  <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
                    {/* A draft continues on the form; once submitted it is followed on its tracking page. */}
                    <Link href={a.canEdit ? `/apply/${a.id}` : `/my/applications/${a.id}`} className="py-1.5 whitespace-nowrap text-brand-700 underline">
                      {a.canEdit ? t("applicant.resume") : t("applicant.view")}
                    </Link>
                    {/* Delete a draft never submitted; withdraw before any department decided (withdraw-application.ts). */}
                    {a.actions.map((kind) => (
                      <ApplicantAction
                        key={kind}
                        kind={kind}
                        applicationId={a.id}
                        version={a.version}
                        subject={dataNames("matter", a.matters, locale, t("common.listSeparator"))}
                        action={kind === "delete" ? deleteDraftAction : withdrawApplicationAction}
                      />
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
