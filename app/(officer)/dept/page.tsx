import { forbidden } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { getDeptSummary } from "@/lib/approvals/get-dept-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { StatGrid } from "@/components/ui/stat-grid";
import { QuickLinks } from "@/components/ui/quick-links";
import { RecentNotifications } from "@/components/notifications/recent-list";
import { listRecentNotifications } from "@/lib/notifications/list-recent";

export const dynamic = "force-dynamic";

export default async function DeptPage() {
  const actor = await requirePagePermission("dept.view", "/dept");
  if (!actor.departmentId) forbidden();
  const { t, locale } = await getI18n();
  const [s, inbox] = await Promise.all([getDeptSummary({ actor, now: new Date() }), listRecentNotifications({ actor })]);
  return (
    <div className="space-y-6">
      <PageHeading title={t("dept.heading")} lead={t("dashboard.countsFromDb")} />
      <p>
        {t("common.labelValue", { label: t("dept.department"), value: "" })}
        <strong data-testid="department-name">{s.department.name}</strong>
      </p>
      <StatGrid
        label={t("dept.heading")}
        stats={[
          { label: t("dept.matters"), value: s.matters, testId: "stat-matters" },
          { label: t("dept.open"), value: s.open, testId: "stat-open" },
          { label: t("dept.correction"), value: s.correction, testId: "stat-correction" },
          { label: t("dept.overdue"), value: s.overdue, testId: "stat-overdue" },
          { label: t("dept.decided"), value: s.decided, testId: "stat-decided" },
        ]}
      />
      {s.open + s.correction === 0 ? <p className="text-slate-700">{t("dept.emptyTasks")}</p> : null}
      <QuickLinks label={t("dashboard.quickLinks")} links={[{ href: "/dept/catalog", text: t("dashboard.linkDeptCatalog") }]} />
      <RecentNotifications items={inbox} t={t} locale={locale} />
    </div>
  );
}
