import Link from "next/link";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { METRIC_IDS, METRIC_KIND, type MetricId } from "@/lib/metrics/definitions";
import { fillTrend } from "@/lib/metrics/export-rows";
import type { Dashboard } from "@/lib/metrics/get-dashboard";
import { DataTable } from "@/components/ui/data-table";
import { BarChart } from "./bar-chart";
import { LineChart } from "./line-chart";
import { MetricFilterForm } from "./filter-form";
import { NONE, formatAverage, formatCount, formatMetric, formatPercent } from "./format";
import { DRILL_OF, drillHref, exportHref } from "./links";

const CELL = "border-t border-slate-200 px-3 py-2 align-top";

/** The figures shown as tiles, in the order a reader asks about them. */
const TILES: MetricId[] = [
  "applications",
  "fieldReduction",
  "materialReduction",
  "avgDaysTaken",
  "compressionSerial",
  "compressionParallel",
  "onTimeRate",
  "oneTimeRate",
  "returnRate",
  "commitmentShare",
  "pendingShare",
  "badRatingRate",
  "rectificationRate",
];

interface Tile {
  key: string;
  label: string;
  value: string;
  hint?: string;
}

function Tiles({ tiles, label }: { tiles: Tile[]; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {tiles.map((s) => (
        <div key={s.key} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-sm text-slate-700">{s.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900 sm:text-3xl" data-testid={`metric-${s.key}`}>
            {s.value}
          </dd>
          {s.hint ? (
            <dd className="mt-1 text-xs text-slate-700 tabular-nums" data-testid={`metric-${s.key}-fraction`}>
              {s.hint}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

/** The regulator's reform-metrics dashboard (lib/metrics/get-dashboard.ts) for the filters in the URL. */
export function DashboardView({ d, t, locale }: { d: Dashboard; t: TFunction; locale: Locale }) {
  const m = d.metrics;
  const fraction = (id: MetricId) => {
    const r = m[id];
    return t("metrics.fraction", { numerator: formatCount(r.numerator, locale), denominator: formatCount(r.denominator, locale) });
  };
  const tiles: Tile[] = TILES.map((id) => ({
    key: id,
    label: t(`metrics.metric.${id}`),
    value: formatMetric(id, m[id].value, locale),
    hint:
      id === "applications"
        ? undefined
        : id === "avgDaysTaken"
          ? t("metrics.daysHint", { sum: formatAverage(m.avgStatutorySum.value), max: formatAverage(m.avgStatutoryMax.value) })
          : `${t("metrics.fractionLabel")}${fraction(id)}`,
  }));
  // The open work now, beside the period's figures (not limited to the period: it is "now").
  tiles.splice(tiles.findIndex((x) => x.key === "pendingShare") + 1, 0, {
    key: "overdueTasksNow",
    label: t("metrics.overdueTasksNow"),
    value: formatCount(d.overdueTasksNow, locale),
  });
  tiles.push({ key: "overdueTicketsNow", label: t("metrics.overdueTicketsNow"), value: formatCount(d.overdueTicketsNow, locale) });

  const trend = fillTrend(d.filters, d.bucket, d.trend);
  const categories = trend.map((b) => b.label);
  const pct = (v: number | null) => formatPercent(v);
  const unitBars = (id: MetricId) => d.byUnit.map((u) => ({ label: u.label, value: u.metrics[id].value, text: formatMetric(id, u.metrics[id].value, locale) }));
  const ratings = d.ratingDistribution.reduce((a, b) => a + b, 0);

  return (
    <div className="space-y-10">
      <MetricFilterForm t={t} filters={d.filters} options={d.options} problems={d.problems} />
      {!d.matches ? (
        <p className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 font-medium text-amber-950" data-testid="no-match">
          {t("metrics.filters.noMatch")}
        </p>
      ) : d.totals.applications === 0 ? (
        <p className="text-slate-700" data-testid="metrics-empty">
          {t("metrics.empty")}
        </p>
      ) : null}
      {d.staleDays > 0 ? (
        <p className="text-sm text-slate-700" data-testid="stale-days">
          {t("metrics.staleDays", { n: d.staleDays })}
        </p>
      ) : null}

      <section aria-labelledby="metrics-summary" className="space-y-3">
        <h2 id="metrics-summary" className="text-xl font-semibold">
          {t("metrics.section.summary")}
        </h2>
        <p className="text-sm text-slate-700">{t("metrics.filters.period", { from: d.filters.from, to: d.filters.to })}</p>
        <Tiles tiles={tiles} label={t("metrics.tiles")} />
      </section>

      <section aria-labelledby="metrics-trend" className="space-y-3">
        <h2 id="metrics-trend" className="text-xl font-semibold">
          {t("metrics.section.trend")}
        </h2>
        <div className="grid gap-4 xl:grid-cols-2">
          <LineChart
            t={t}
            title={t("metrics.chart.applicationsTrend")}
            categories={categories}
            series={[{ name: t("metrics.metric.applications"), values: trend.map((b) => b.metrics.applications.value) }]}
            format={(v) => (v === null ? NONE : formatCount(v, locale))}
            integer
            periodHeader={t("metrics.column.period")}
            testId="chart-applications-trend"
          />
          <LineChart
            t={t}
            title={t("metrics.chart.ratesTrend")}
            categories={categories}
            series={[
              { name: t("metrics.metric.onTimeRate"), values: trend.map((b) => b.metrics.onTimeRate.value) },
              { name: t("metrics.metric.oneTimeRate"), values: trend.map((b) => b.metrics.oneTimeRate.value) },
            ]}
            format={pct}
            axisFormat={(v) => `${Math.round(v * 100)}%`}
            yMax={1}
            periodHeader={t("metrics.column.period")}
            testId="chart-rates-trend"
          />
        </div>
      </section>

      <section aria-labelledby="metrics-units" className="space-y-3">
        <h2 id="metrics-units" className="text-xl font-semibold">
          {t("metrics.section.byUnit")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("metrics.section.byUnitNote")}</p>
        <div className="grid gap-4 lg:grid-cols-3">
          <BarChart
            t={t}
            title={t("metrics.chart.unitApplications")}
            bars={unitBars("applications")}
            labelHeader={t("metrics.column.unit")}
            valueHeader={t("metrics.metric.applications")}
            testId="chart-unit-applications"
          />
          <BarChart
            t={t}
            title={t("metrics.chart.unitOnTime")}
            bars={unitBars("onTimeRate")}
            max={1}
            labelHeader={t("metrics.column.unit")}
            valueHeader={t("metrics.metric.onTimeRate")}
            testId="chart-unit-ontime"
          />
          <BarChart
            t={t}
            title={t("metrics.chart.unitBadRate")}
            bars={unitBars("badRatingRate")}
            max={1}
            labelHeader={t("metrics.column.unit")}
            valueHeader={t("metrics.metric.badRatingRate")}
            color="#b45309"
            testId="chart-unit-badrate"
          />
        </div>
      </section>

      <section aria-labelledby="metrics-ratings" className="space-y-3">
        <h2 id="metrics-ratings" className="text-xl font-semibold">
          {t("metrics.section.ratings")}
        </h2>
        <dl className="flex flex-wrap items-baseline gap-x-3 text-slate-800">
          <dt>{t("metrics.metric.avgRating")}</dt>
          <dd className="text-xl font-semibold tabular-nums" data-testid="metric-avgRating">
            {formatMetric("avgRating", m.avgRating.value, locale)}
          </dd>
          <dd className="text-sm text-slate-700">{t("metrics.ratingCount", { n: formatCount(ratings, locale) })}</dd>
        </dl>
        <div className="grid gap-4 lg:grid-cols-2">
          <BarChart
            t={t}
            title={t("metrics.distribution")}
            bars={d.ratingDistribution.map((n, i) => ({
              label: t("metrics.stars", { n: i + 1 }),
              value: n,
              text: t("metrics.countShare", { n: formatCount(n, locale), share: formatPercent(ratings > 0 ? n / ratings : null) }),
            }))}
            labelHeader={t("metrics.distribution")}
            valueHeader={t("metrics.column.value")}
            testId="chart-rating-distribution"
          />
          <BarChart
            t={t}
            title={t("metrics.dimensionsHeading")}
            bars={(Object.keys(d.dimensions) as (keyof Dashboard["dimensions"])[]).map((k) => ({
              label: t(`metrics.dimension.${k}`),
              value: d.dimensions[k],
              text: formatAverage(d.dimensions[k], 2),
            }))}
            max={5}
            labelHeader={t("metrics.column.metric")}
            valueHeader={t("metrics.column.value")}
            color="#047857"
            testId="chart-rating-dimensions"
          />
        </div>
      </section>

      <section aria-labelledby="metrics-table" className="space-y-3">
        <h2 id="metrics-table" className="text-xl font-semibold">
          {t("metrics.section.table")}
        </h2>
        <DataTable
          caption={t("metrics.section.table")}
          testId="metrics-table"
          headers={[
            t("metrics.column.metric"),
            t("metrics.column.value"),
            t("metrics.column.numerator"),
            t("metrics.column.denominator"),
            t("metrics.column.definition"),
            t("metrics.column.drill"),
          ]}
        >
          {METRIC_IDS.map((id) => {
            const r = m[id];
            const count = METRIC_KIND[id] === "count";
            const drill = DRILL_OF[id];
            return (
              <tr key={id} data-metric={id}>
                <th scope="row" className={`${CELL} min-w-40 text-left font-medium`}>
                  {t(`metrics.metric.${id}`)}
                </th>
                <td className={`${CELL} whitespace-nowrap tabular-nums`}>{formatMetric(id, r.value, locale)}</td>
                <td className={`${CELL} tabular-nums`}>{count ? NONE : formatCount(r.numerator, locale)}</td>
                <td className={`${CELL} tabular-nums`}>{count ? NONE : formatCount(r.denominator, locale)}</td>
                <td className={`${CELL} min-w-64 text-slate-800`}>{t(`metrics.definition.${id}`)}</td>
                <td className={`${CELL} whitespace-nowrap`}>
                  {drill ? (
                    <Link
                      href={drillHref(drill, d.filters)}
                      className="text-brand-700 underline"
                      aria-label={t("metrics.drill.linkLabel", { metric: t(`metrics.drill.metric.${drill}`) })}
                    >
                      {t("metrics.drill.link")}
                    </Link>
                  ) : null}
                </td>
              </tr>
            );
          })}
          <tr data-metric="overdueTasksNow">
            <th scope="row" className={`${CELL} text-left font-medium`}>
              {t("metrics.overdueTasksNow")}
            </th>
            <td className={`${CELL} tabular-nums`}>{formatCount(d.overdueTasksNow, locale)}</td>
            <td className={CELL}>{NONE}</td>
            <td className={CELL}>{NONE}</td>
            <td className={`${CELL} text-slate-800`}>{t("metrics.definitionNow.overdueTasksNow")}</td>
            <td className={`${CELL} whitespace-nowrap`}>
              <Link
                href={drillHref("overdueNow", d.filters)}
                className="text-brand-700 underline"
                aria-label={t("metrics.drill.linkLabel", { metric: t("metrics.drill.metric.overdueNow") })}
              >
                {t("metrics.drill.link")}
              </Link>
            </td>
          </tr>
          <tr data-metric="overdueTicketsNow">
            <th scope="row" className={`${CELL} text-left font-medium`}>
              {t("metrics.overdueTicketsNow")}
            </th>
            <td className={`${CELL} tabular-nums`}>{formatCount(d.overdueTicketsNow, locale)}</td>
            <td className={CELL}>{NONE}</td>
            <td className={CELL}>{NONE}</td>
            <td className={`${CELL} text-slate-800`}>{t("metrics.definitionNow.overdueTicketsNow")}</td>
            <td className={CELL} />
          </tr>
        </DataTable>
      </section>

      <section aria-labelledby="metrics-export" className="space-y-2">
        <h2 id="metrics-export" className="text-xl font-semibold">
          {t("metrics.section.export")}
        </h2>
        <p className="text-slate-700">{t("metrics.section.exportLead")}</p>
        <ul className="flex flex-wrap gap-3">
          <li>
            <a
              href={exportHref("csv", d.filters)}
              className="inline-flex min-h-11 items-center rounded-md border border-brand-600 px-4 py-2 text-brand-800 hover:bg-brand-50"
              data-testid="export-csv"
              download
            >
              {t("metrics.exportCsv")}
            </a>
          </li>
          <li>
            <a
              href={exportHref("xlsx", d.filters)}
              className="inline-flex min-h-11 items-center rounded-md border border-brand-600 px-4 py-2 text-brand-800 hover:bg-brand-50"
              data-testid="export-xlsx"
              download
            >
              {t("metrics.exportXlsx")}
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="metrics-definitions" className="space-y-3">
        <h2 id="metrics-definitions" className="text-xl font-semibold">
          {t("metrics.section.definitions")}
        </h2>
        <dl className="grid gap-x-6 gap-y-3 md:grid-cols-[minmax(12rem,auto)_1fr]" data-testid="metric-definitions">
          {METRIC_IDS.map((id) => (
            <div key={id} className="contents">
              <dt className="font-medium text-slate-900">{t(`metrics.metric.${id}`)}</dt>
              <dd className="text-slate-800">{t(`metrics.definition.${id}`)}</dd>
            </div>
          ))}
          {(["overdueTasksNow", "overdueTicketsNow"] as const).map((id) => (
            <div key={id} className="contents">
              <dt className="font-medium text-slate-900">{t(`metrics.${id}`)}</dt>
              <dd className="text-slate-800">{t(`metrics.definitionNow.${id}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
