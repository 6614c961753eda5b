import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { getDashboard } from "@/lib/metrics/get-dashboard";
import { getRegulatorSummary } from "@/lib/metrics/get-regulator-summary";
import { ReformMode } from "@/lib/generated/prisma/enums";
import { PageHeading } from "@/components/ui/page-heading";
import { StatGrid } from "@/components/ui/stat-grid";
import { QuickLinks } from "@/components/ui/quick-links";
import { RecentNotifications } from "@/components/notifications/recent-list";
import { DashboardView } from "@/components/metrics/dashboard-view";
import { listRecentNotifications } from "@/lib/notifications/list-recent";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("metrics.metaTitle") };
}

/** The regulator's desk: the reform-metrics dashboard (改革绩效) for the filters in the URL, then the shortcuts. */
export default async function RegulatorPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePagePermission("regulator.view", "/regulator");
  const { t, locale } = await getI18n();
  const now = new Date();
  const [dashboard, s, inbox] = await Promise.all([
    getDashboard({ actor, now, input: await searchParams }),
    getRegulatorSummary({ actor }),
    listRecentNotifications({ actor }),
  ]);
  return (
    <div className="space-y-10">
      <PageHeading title={t("regulator.heading")} lead={t("metrics.lead")} />
      <section aria-labelledby="metrics-heading" className="space-y-6">
        <h2 id="metrics-heading" className="sr-only">
          {t("metrics.heading")}
        </h2>
        <DashboardView d={dashboard} t={t} locale={locale} />
      </section>
      <section aria-labelledby="workbench-heading" className="space-y-6 border-t border-slate-200 pt-6">
        <h2 id="workbench-heading" className="text-xl font-semibold">
          {t("metrics.section.workbench")}
        </h2>
        <QuickLinks
          label={t("dashboard.quickLinks")}
          links={[
            { href: "/regulator/catalog", text: t("dashboard.linkRegulatorCatalog") },
            { href: "/regulator/synonyms", text: t("catalogAdmin.synonyms.heading") },
            { href: "/regulator/catalog/import", text: t("dashboard.linkRegulatorImport") },
            { href: "/regulator/credit", text: t("credit.review.heading") },
            { href: "/regulator/inspections", text: t("inspection.quickLinkRegulator") },
            { href: "/regulator/enterprises", text: t("dossier.quickLink") },
            { href: "/public/inspections", text: t("inspection.quickLinkPublic") },
          ]}
        />
        <RecentNotifications items={inbox} t={t} locale={locale} />
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-semibold">{t("metrics.section.overview")}</summary>
          <div className="mt-3 space-y-4">
            <StatGrid
              label={t("regulator.byMode")}
              stats={Object.values(ReformMode).map((mode) => ({ label: t(`modes.${mode}`), value: s.byMode[mode], testId: `mode-${mode}` }))}
            />
            <StatGrid
              label={t("metrics.section.overview")}
              stats={[
                { label: t("regulator.departments"), value: s.departments, testId: "stat-departments" },
                { label: t("regulator.enterprises"), value: s.enterprises, testId: "stat-enterprises" },
                { label: t("regulator.applications"), value: s.applications, testId: "stat-applications" },
                { label: t("regulator.licences"), value: s.licences, testId: "stat-licences" },
                { label: t("regulator.creditRecords"), value: s.creditRecords, testId: "stat-credit" },
                { label: t("regulator.inspections"), value: s.inspections, testId: "stat-inspections" },
              ]}
            />
          </div>
        </details>
      </section>
    </div>
  );
}
