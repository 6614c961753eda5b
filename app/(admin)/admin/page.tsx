import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { getAdminSummary } from "@/lib/admin/get-admin-summary";
import { Role } from "@/lib/generated/prisma/enums";
import { PageHeading } from "@/components/ui/page-heading";
import { StatGrid } from "@/components/ui/stat-grid";
import { QuickLinks } from "@/components/ui/quick-links";

export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const actor = await requirePagePermission("admin.view", "/admin");
  const { t } = await getI18n();
  const s = await getAdminSummary({ actor, now: new Date() });
  return (
    <div className="space-y-8">
      <PageHeading title={t("admin.heading")} lead={t("dashboard.countsFromDb")} />
      <QuickLinks
        label={t("dashboard.quickLinks")}
        links={[
          { href: "/admin/guidance", text: t("dashboard.linkAdminGuidance") },
          { href: "/admin/outbox", text: t("inbox.adminLink") },
          { href: "/admin/jobs", text: t("jobs.adminLink") },
          { href: "/admin/holidays", text: t("holidays.adminLink") },
        ]}
      />
      <section aria-labelledby="users">
        <h2 id="users" className="mb-3 text-lg font-semibold">
          {t("admin.usersByRole")}
        </h2>
        <StatGrid
          label={t("admin.usersByRole")}
          stats={Object.values(Role).map((role) => ({ label: t(`roles.${role}`), value: s.usersByRole[role], testId: `users-${role}` }))}
        />
      </section>
      <StatGrid
        label={t("admin.heading")}
        stats={[
          { label: t("admin.locked"), value: s.locked, testId: "stat-locked" },
          { label: t("admin.holidays"), value: s.holidays, testId: "stat-holidays" },
          { label: t("admin.matters"), value: s.matters, testId: "stat-matters" },
          { label: t("admin.auditEntries"), value: s.auditEntries, testId: "stat-audit" },
        ]}
      />
    </div>
  );
}
