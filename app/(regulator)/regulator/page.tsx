import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { getRegulatorSummary } from "@/lib/metrics/get-regulator-summary";
import { ReformMode } from "@/lib/generated/prisma/enums";
import { PageHeading } from "@/components/ui/page-heading";
import { StatGrid } from "@/components/ui/stat-grid";
import { QuickLinks } from "@/components/ui/quick-links";
import { RecentNotifications } from "@/components/notifications/recent-list";
import { listRecentNotifications } from "@/lib/notifications/list-recent";

export const dynamic = "force-dynamic";

export default async function RegulatorPage() {
  const actor = await requirePagePermission("regulator.view", "/regulator");
  const { t, locale } = await getI18n();
  const [s, inbox] = await Promise.all([getRegulatorSummary({ actor }), listRecentNotifications({ actor })]);
  return (
    <div className="space-y-8">
      <PageHeading title={t("regulator.heading")} lead={t("dashboard.countsFromDb")} />
      <QuickLinks
        label={t("dashboard.quickLinks")}
        links={[
          { href: "/regulator/catalog", text: t("dashboard.linkRegulatorCatalog") },
          { href: "/regulator/catalog/import", text: t("dashboard.linkRegulatorImport") },
          { href: "/regulator/credit", text: t("credit.review.heading") },
          { href: "/regulator/inspections", text: t("inspection.quickLinkRegulator") },
          { href: "/regulator/enterprises", text: t("dossier.quickLink") },
          { href: "/public/inspections", text: t("inspection.quickLinkPublic") },
        ]}
      />
      <RecentNotifications items={inbox} t={t} locale={locale} />
      <section aria-labelledby="by-mode">
        <h2 id="by-mode" className="mb-3 text-lg font-semibold">{t("regulator.byMode")}</h2>
        <StatGrid
          label={t("regulator.byMode")}
          stats={Object.values(ReformMode).map((mode) => ({ label: t(`modes.${mode}`), value: s.byMode[mode], testId: `mode-${mode}` }))}
        />
      </section>
      <StatGrid
        label={t("regulator.heading")}
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
  );
}
