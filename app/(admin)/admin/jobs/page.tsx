import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { JOBS_PAGE_SIZE, listJobs } from "@/lib/jobs/list-jobs";
import { LISTED_STATES } from "@/lib/jobs/schemas";
import { PageHeading } from "@/components/ui/page-heading";
import { JobTable, QueueCounts, ScheduleTable } from "@/components/jobs/jobs-tables";
import { retryJobAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("jobs.metaTitle") };
}

const FILTER = "inline-flex min-h-10 items-center rounded-md border px-3 py-2";

const href = (state: string | undefined, page = 1) => {
  const q = new URLSearchParams();
  if (state) q.set("state", state);
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `/admin/jobs?${s}` : "/admin/jobs";
};

export default async function AdminJobsPage({ searchParams }: { searchParams: Promise<{ state?: string; page?: string }> }) {
  const actor = await requirePagePermission("jobs.manage", "/admin/jobs");
  const { t, locale } = await getI18n();
  const overview = await listJobs({ actor, input: await searchParams });
  const filters = [{ state: undefined, label: t("jobs.filterAll") }, ...LISTED_STATES.map((s) => ({ state: s, label: t(`jobs.state.${s}`) }))];
  return (
    <div className="space-y-8">
      <PageHeading title={t("jobs.heading")} lead={t("jobs.lead")} />
      {getEnv().JOBS_WORKER === "off" ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950" data-testid="jobs-workers-off">
          {t("jobs.workersOff")}
        </p>
      ) : null}
      <section aria-labelledby="jobs-queues-heading" className="space-y-3">
        <h2 id="jobs-queues-heading" className="text-lg font-semibold">
          {t("jobs.queuesHeading")}
        </h2>
        <QueueCounts queues={overview.queues} t={t} />
      </section>
      <section aria-labelledby="jobs-schedules-heading" className="space-y-3">
        <h2 id="jobs-schedules-heading" className="text-lg font-semibold">
          {t("jobs.schedulesHeading")}
        </h2>
        <ScheduleTable schedules={overview.schedules} t={t} locale={locale} />
      </section>
      <section aria-labelledby="jobs-recent-heading" className="space-y-3">
        <h2 id="jobs-recent-heading" className="text-lg font-semibold">
          {t("jobs.recentHeading")}
        </h2>
        <nav aria-label={t("jobs.filterLabel")}>
          <ul className="flex flex-wrap gap-2">
            {filters.map((f) => {
              const current = f.state === overview.state;
              return (
                <li key={f.state ?? "all"}>
                  <Link
                    href={href(f.state)}
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
        {overview.jobs.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700" data-testid="jobs-empty">
            {t("jobs.emptyJobs")}
          </p>
        ) : (
          <JobTable jobs={overview.jobs} t={t} locale={locale} retry={retryJobAction} caption={t("jobs.recentCaption", { count: JOBS_PAGE_SIZE })} />
        )}
        {overview.page > 1 || overview.hasNext ? (
          <nav aria-label={t("jobs.pagination")} className="flex flex-wrap items-center gap-3">
            {overview.page > 1 ? (
              <Link href={href(overview.state, overview.page - 1)} className={`${FILTER} border-slate-300 bg-white text-brand-700`}>
                {t("jobs.prev")}
              </Link>
            ) : null}
            <span>{t("jobs.pageNo", { page: overview.page })}</span>
            {overview.hasNext ? (
              <Link href={href(overview.state, overview.page + 1)} className={`${FILTER} border-slate-300 bg-white text-brand-700`}>
                {t("jobs.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
