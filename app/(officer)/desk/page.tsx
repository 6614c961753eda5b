import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listWindowQueue } from "@/lib/approvals/list-window-queue";
import { PageHeading } from "@/components/ui/page-heading";
import { StatGrid } from "@/components/ui/stat-grid";
import { QuickLinks } from "@/components/ui/quick-links";
import { InApprovalQueue, ReadyQueue, RecentList, WaitingQueue } from "@/components/desk/queue-tables";

export const dynamic = "force-dynamic";

export default async function DeskPage() {
  const actor = await requirePagePermission("desk.view", "/desk");
  const { t, locale } = await getI18n();
  const q = await listWindowQueue({ actor, now: new Date() });
  const s = q.summary;
  return (
    <div className="space-y-8">
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
      <WaitingQueue rows={q.waiting} total={s.SUBMITTED} t={t} locale={locale} />
      <InApprovalQueue rows={q.inApproval} total={s.ACCEPTED} t={t} locale={locale} />
      <ReadyQueue rows={q.readyToIssue} total={s.DECIDED} t={t} locale={locale} />
      <RecentList rows={q.recent} t={t} locale={locale} />
      <QuickLinks
        label={t("dashboard.quickLinks")}
        links={[
          { href: "/desk/scope", text: t("dashboard.linkDeskScope") },
          { href: "/desk/ratings", text: t("ratings.quickLink") },
        ]}
      />
    </div>
  );
}
