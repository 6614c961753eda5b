import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { getDeskSummary } from "@/lib/approvals/get-desk-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { StatGrid } from "@/components/ui/stat-grid";
import { QuickLinks } from "@/components/ui/quick-links";

export const dynamic = "force-dynamic";

export default async function DeskPage() {
  const actor = await requirePagePermission("desk.view", "/desk");
  const { t } = await getI18n();
  const s = await getDeskSummary({ actor });
  return (
    <div className="space-y-6">
      <PageHeading title={t("desk.heading")} lead={t("dashboard.countsFromDb")} />
      <StatGrid
        label={t("desk.heading")}
        stats={[
          { label: t("desk.waiting"), value: s.SUBMITTED, testId: "stat-waiting" },
          { label: t("desk.inProgress"), value: s.ACCEPTED, testId: "stat-in-progress" },
          { label: t("desk.readyToIssue"), value: s.DECIDED, testId: "stat-ready" },
          { label: t("desk.returned"), value: s.RETURNED, testId: "stat-returned" },
          { label: t("desk.issued"), value: s.ISSUED, testId: "stat-issued" },
        ]}
      />
      {s.SUBMITTED === 0 ? <p className="text-slate-700">{t("desk.emptyQueue")}</p> : null}
      <QuickLinks label={t("dashboard.quickLinks")} links={[{ href: "/desk/scope", text: t("dashboard.linkDeskScope") }]} />
    </div>
  );
}
