import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { ANY, computeMetrics, dimensionAverages, ratingDistribution, zeroCounters, type Counters, type MetricId, type Ratio } from "./definitions";
import { filterOptionsFrom, resolveFilters, type FilterOptions } from "./filters";
import { bucketOf } from "./period";
import { loadRollupView } from "./rollup-view";
import { sumRollup, sumRollupByTime, sumRollupByUnit } from "./rollup-query";
import { countOverdueTasks, countOverdueTickets } from "./count-overdue";
import type { TMetricFilters } from "./schemas";

export interface DashboardSeries {
  key: string;
  label: string;
  counters: Counters;
  metrics: Record<MetricId, Ratio>;
}

export interface Dashboard {
  filters: TMetricFilters;
  problems: string[];
  options: FilterOptions;
  /** False when the filters contradict each other: every figure is then zero / "—". */
  matches: boolean;
  totals: Counters;
  metrics: Record<MetricId, Ratio>;
  ratingDistribution: number[];
  dimensions: ReturnType<typeof dimensionAverages>;
  bucket: "day" | "month";
  trend: DashboardSeries[];
  /** Per unit (综合窗口 and departments), for the industry / batch filters; sorted by applications. */
  byUnit: DashboardSeries[];
  overdueTasksNow: number;
  overdueTicketsNow: number;
  /** Days still waiting to be recomputed (the figures of those days may lag). */
  staleDays: number;
}

/** The regulator's reform-metrics dashboard for the filters in `input` (URL search params). */
export async function getDashboard({ actor, now, input }: { actor: SessionUser; now: Date; input: unknown }): Promise<Dashboard> {
  assertCan(actor.role, "metrics.view");
  // Reads only (a read replica can serve it): the newest dirty days are computed, not stored, here.
  const view = await loadRollupView();
  const options = await loadFilterOptions();
  const { filters, dims, problems } = resolveFilters(input, now, options);
  const bucket = bucketOf(filters.from, filters.to);
  const [totals, trend, units, overdueTasksNow, overdueTicketsNow] = await Promise.all([
    dims ? sumRollup(view, dims, filters.from, filters.to) : zeroCounters(),
    dims ? sumRollupByTime(view, dims, filters.from, filters.to, bucket) : [],
    sumRollupByUnit(view, filters.industry ?? ANY, filters.batch ?? ANY, filters.from, filters.to),
    dims ? countOverdueTasks(filters, now) : 0,
    dims ? countOverdueTickets(filters, now) : 0,
  ]);
  const names = new Map(options.departments.map((d) => [d.id, d.name]));
  return {
    filters,
    problems,
    options,
    matches: dims !== null,
    totals,
    metrics: computeMetrics(totals),
    ratingDistribution: ratingDistribution(totals),
    dimensions: dimensionAverages(totals),
    bucket,
    trend: trend.map((t) => ({ key: t.bucket, label: t.bucket, counters: t.counters, metrics: computeMetrics(t.counters) })),
    byUnit: units
      .filter((u) => names.has(u.unit))
      .map((u) => ({ key: u.unit, label: names.get(u.unit)!, counters: u.counters, metrics: computeMetrics(u.counters) }))
      .sort((a, b) => b.counters.applications - a.counters.applications || a.label.localeCompare(b.label, "zh-CN")),
    overdueTasksNow,
    overdueTicketsNow,
    staleDays: view.staleDays,
  };
}

export async function loadFilterOptions(): Promise<FilterOptions> {
  const db = getDb();
  const [departments, matters] = await Promise.all([
    db.department.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, name: true } }),
    db.matter.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true, departmentId: true, industry: true, rolloutBatch: true } }),
  ]);
  return filterOptionsFrom(departments, matters);
}
