import { forbidden } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { getDeptSummary } from "@/lib/approvals/get-dept-summary";
import { listDeptTasks } from "@/lib/approvals/list-dept-tasks";
import { DataName } from "@/components/i18n/data-name";
import { PageHeading } from "@/components/ui/page-heading";
import { StatGrid } from "@/components/ui/stat-grid";
import { QuickLinks } from "@/components/ui/quick-links";
import { RecentNotifications } from "@/components/notifications/recent-list";
import { DecidedTasksTable, OpenTasksTable } from "@/components/dept/task-tables";
import { listRecentNotifications } from "@/lib/notifications/list-recent";
import { isRegistrationOfficer } from "@/lib/registration/authority";

export const dynamic = "force-dynamic";

export default async function DeptPage() {
  const actor = await requirePagePermission("dept.view", "/dept");
  if (!actor.departmentId) forbidden();
  const { t, locale } = await getI18n();
  const now = new Date();
  const [s, tasks, inbox, registers] = await Promise.all([
    getDeptSummary({ actor, now }),
    listDeptTasks({ actor, now }),
    listRecentNotifications({ actor }),
    isRegistrationOfficer(actor),
  ]);
  return (
    <div className="space-y-6">
      <PageHeading title={t("dept.heading")} lead={t("dashboard.countsFromDb")} />
      <p>
        {t("common.labelValue", { label: t("dept.department"), value: "" })}
        <strong data-testid="department-name">
          <DataName kind="department" zh={s.department.name} locale={locale} />
        </strong>
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
      <section aria-labelledby="dept-tasks-heading">
        <h2 id="dept-tasks-heading" className="mb-1 text-lg font-semibold">
          {t("deptDesk.list.heading")}
        </h2>
        {tasks.open.length === 0 ? (
          <p className="text-slate-700" data-testid="dept-tasks-empty">
            {t("dept.emptyTasks")}
          </p>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-700">{t("deptDesk.list.lead")}</p>
            <OpenTasksTable t={t} locale={locale} list={tasks} />
          </>
        )}
      </section>
      <section aria-labelledby="dept-decided-heading">
        <h2 id="dept-decided-heading" className="mb-2 text-lg font-semibold">
          {t("deptDesk.list.decidedHeading")}
        </h2>
        {tasks.decided.length === 0 ? (
          <p className="text-slate-700">{t("deptDesk.list.decidedEmpty")}</p>
        ) : (
          <DecidedTasksTable t={t} locale={locale} decided={tasks.decided} />
        )}
      </section>
      <QuickLinks
        label={t("dashboard.quickLinks")}
        links={[
          { href: "/dept/catalog", text: t("dashboard.linkDeptCatalog") },
          { href: "/dept/licences", text: t("licenceAdmin.quickLink") },
          { href: "/dept/verifications", text: t("verification.quickLink") },
          { href: "/dept/inspections", text: t("inspection.quickLinkDept") },
          { href: "/dept/ratings", text: t("ratings.quickLink") },
          // Only the registration authority (登记机关) decides changes and cancellations.
          ...(registers ? [{ href: "/dept/registrations", text: t("registration.quickLink") }] : []),
        ]}
      />
      <RecentNotifications items={inbox} t={t} locale={locale} />
    </div>
  );
}
