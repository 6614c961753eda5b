import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import type { TFunction } from "@/lib/i18n/core";
import { requirePagePermission } from "@/lib/auth/session";
import { OutboxStatus } from "@/lib/generated/prisma/enums";
import { listOutbox, OUTBOX_LIST_SIZE } from "@/lib/notifications/list-outbox";
import { MAX_ATTEMPTS, retryWaitsMinutes } from "@/lib/notifications/backoff";
import { PageHeading } from "@/components/ui/page-heading";
import { StatGrid } from "@/components/ui/stat-grid";
import { OutboxTable } from "@/components/notifications/outbox-table";
import { requeueOutboxAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("inbox.outbox.metaTitle") };
}

/** The shortest retry waits as words, from the settings the delivery jobs run with (pg-boss doubles each). */
function delaysText(t: TFunction): string {
  return retryWaitsMinutes()
    .map((m) => (m % 60 === 0 ? t("inbox.outbox.hours", { n: m / 60 }) : t("inbox.outbox.minutes", { n: m })))
    .join(t("common.listSeparator"));
}

const FILTER = "inline-flex min-h-10 items-center rounded-md border px-3 py-2";

export default async function AdminOutboxPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const actor = await requirePagePermission("outbox.manage", "/admin/outbox");
  const { t, locale } = await getI18n();
  const outbox = await listOutbox({ actor, status: (await searchParams).status });
  const filters = [
    { status: undefined, label: t("inbox.outbox.all") },
    ...Object.values(OutboxStatus).map((s) => ({ status: s, label: t(`inbox.outbox.status.${s}`) })),
  ];
  return (
    <div className="space-y-6">
      <PageHeading title={t("inbox.outbox.heading")} lead={t("jobs.outboxLead", { delays: delaysText(t), max: MAX_ATTEMPTS })} />
      <p
        data-testid="outbox-config"
        className={`rounded-lg border p-3 ${outbox.configured ? "border-green-300 bg-green-50 text-green-900" : "border-amber-300 bg-amber-50 text-amber-950"}`}
      >
        {outbox.configured ? t("inbox.outbox.configured") : t("inbox.outbox.notConfigured")}
      </p>
      <StatGrid
        label={t("inbox.outbox.countsLabel")}
        stats={Object.values(OutboxStatus).map((s) => ({ label: t(`inbox.outbox.status.${s}`), value: outbox.counts[s], testId: `outbox-count-${s}` }))}
      />
      <nav aria-label={t("inbox.outbox.filterLabel")}>
        <ul className="flex flex-wrap gap-2">
          {filters.map((f) => {
            const current = f.status === outbox.status;
            return (
              <li key={f.status ?? "all"}>
                <Link
                  href={f.status ? `/admin/outbox?status=${f.status}` : "/admin/outbox"}
                  aria-current={current ? "page" : undefined}
                  className={`${FILTER} ${current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-brand-700 hover:bg-brand-50"}`}
                >
                  {f.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {outbox.rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{t("inbox.outbox.empty")}</p>
      ) : (
        <OutboxTable
          rows={outbox.rows}
          t={t}
          locale={locale}
          caption={t("inbox.outbox.caption", { count: OUTBOX_LIST_SIZE })}
          requeueAction={requeueOutboxAction}
        />
      )}
    </div>
  );
}
