import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { DRILL_METRICS, type TDrillMetric } from "@/lib/metrics/schemas";
import { DRILL_PAGE_SIZE, listMetricApplications } from "@/lib/metrics/list-metric-applications";
import { loadFilterOptions } from "@/lib/metrics/get-dashboard";
import { describeFilters } from "@/lib/metrics/export-rows";
import { PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText } from "@/components/ui/date-time";
import { dashboardHref, drillHref } from "@/components/metrics/links";
import { NONE } from "@/components/metrics/format";

export const dynamic = "force-dynamic";

type Params = Promise<{ metric: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const isDrillMetric = (m: string): m is TDrillMetric => (DRILL_METRICS as readonly string[]).includes(m);
const CELL = "border-t border-slate-200 px-3 py-2 align-top";
const PAGE_LINK = "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-brand-700 hover:bg-brand-50";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getI18n();
  const { metric } = await params;
  return { title: isDrillMetric(metric) ? `${t(`metrics.drill.metric.${metric}`)} · ${t("metrics.drill.metaTitle")}` : t("metrics.drill.metaTitle") };
}

/** The applications behind a dashboard number: the same filters and definitions, newest first. */
export default async function MetricDrillPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { metric } = await params;
  if (!isDrillMetric(metric)) notFound();
  const actor = await requirePagePermission("metrics.view", `/regulator/metrics/${metric}`);
  const { t, locale } = await getI18n();
  const [drill, options] = await Promise.all([
    listMetricApplications({ actor, now: new Date(), input: { ...(await searchParams), metric } }),
    loadFilterOptions(),
  ]);
  const name = t(`metrics.drill.metric.${metric}`);
  const filters = describeFilters(drill.filters, options, t);

  return (
    <div className="space-y-6">
      <PageHeading title={t("metrics.drill.heading", { metric: name })} lead={t("metrics.drill.lead", { n: DRILL_PAGE_SIZE })} />
      <p>
        <Link href={dashboardHref(drill.filters)} className="text-brand-700 underline" data-testid="drill-back">
          {t("metrics.drill.back")}
        </Link>
      </p>
      <section aria-labelledby="drill-filters" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="drill-filters" className="font-semibold">
          {t("metrics.drill.filters")}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]" data-testid="drill-filter-summary">
          {filters.map((f) => (
            <div key={f.label} className="contents">
              <dt className="text-slate-700">{f.label}</dt>
              <dd className="text-slate-900">{f.value}</dd>
            </div>
          ))}
        </dl>
        {drill.problems.length > 0 ? (
          <div role="status" className="mt-3 rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">
            <p className="font-semibold">{t("metrics.filters.problemsHeading")}</p>
            <ul className="mt-1 list-disc pl-5">
              {drill.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      {drill.rows.length === 0 ? (
        <p className="text-slate-700" data-testid="drill-empty">
          {t("metrics.drill.empty")}
        </p>
      ) : (
        <DataTable
          caption={t("metrics.drill.caption", { metric: name, n: drill.page })}
          testId="drill-table"
          headers={[
            t("metrics.drill.submittedAt"),
            t("metrics.drill.holder"),
            t("metrics.drill.matters"),
            t("metrics.drill.status"),
            t("metrics.drill.daysTaken"),
            t("metrics.drill.returns"),
          ]}
        >
          {drill.rows.map((r) => (
            <tr key={r.id} data-testid="drill-row" data-id={r.id}>
              <td className={`${CELL} whitespace-nowrap tabular-nums`}>
                <DateTimeText date={r.submittedAt} locale={locale} />
              </td>
              <th scope="row" className={`${CELL} min-w-48 text-left font-medium`}>
                {r.uscc ? (
                  <Link href={`/regulator/enterprises/${encodeURIComponent(r.uscc)}`} className="text-brand-700 underline">
                    {r.holder || r.uscc}
                  </Link>
                ) : (
                  <>
                    {r.holder || NONE}
                    <span className="mt-0.5 block text-xs font-normal text-slate-700">{t("metrics.drill.noUscc")}</span>
                  </>
                )}
                {r.uscc ? <span className="mt-0.5 block font-mono text-xs font-normal text-slate-700">{r.uscc}</span> : null}
              </th>
              <td className={`${CELL} min-w-56`}>
                <ul className="space-y-0.5">
                  {r.matters.map((m, i) => (
                    <li key={`${m}-${i}`}>{m}</li>
                  ))}
                </ul>
              </td>
              <td className={`${CELL} whitespace-nowrap`}>{t(`status.${r.status}`)}</td>
              <td className={`${CELL} tabular-nums`}>{r.workingDaysTaken ?? NONE}</td>
              <td className={`${CELL} tabular-nums`}>{r.returnCount}</td>
            </tr>
          ))}
        </DataTable>
      )}

      {drill.page > 1 || drill.hasNext ? (
        <nav aria-label={t("metrics.drill.pagination")}>
          <ul className="flex flex-wrap items-center gap-3">
            {drill.page > 1 ? (
              <li>
                <Link href={drillHref(metric, drill.filters, drill.page - 1)} className={PAGE_LINK} rel="prev">
                  {t("metrics.drill.previous")}
                </Link>
              </li>
            ) : null}
            <li aria-current="page" className="text-slate-800">
              {t("metrics.drill.page", { n: drill.page })}
            </li>
            {drill.hasNext ? (
              <li>
                <Link href={drillHref(metric, drill.filters, drill.page + 1)} className={PAGE_LINK} rel="next">
                  {t("metrics.drill.next")}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
