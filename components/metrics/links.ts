// URLs of the dashboard, its drill-downs and exports, all carrying the same filters (pure).
import type { MetricId } from "@/lib/metrics/definitions";
import type { TDrillMetric, TMetricFilters } from "@/lib/metrics/schemas";

/** The drill-down that lists the applications behind a metric, where one exists. */
export const DRILL_OF: Partial<Record<MetricId, TDrillMetric>> = {
  applications: "applications",
  avgDaysTaken: "completed",
  oneTimeRate: "notOneTime",
  returnRate: "returned",
  commitmentShare: "withCommitment",
  pendingShare: "withPending",
  onTimeRate: "late",
  badRatingRate: "badRated",
};

/** The filters as URL search params (the resolved period always spelled out, so a link keeps its meaning). */
export function filterParams(f: TMetricFilters, extra: Record<string, string | number> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(extra)) p.set(k, String(v));
  p.set("from", f.from);
  p.set("to", f.to);
  if (f.dept) p.set("dept", f.dept);
  if (f.matter) p.set("matter", f.matter);
  if (f.industry) p.set("industry", f.industry);
  if (f.batch) p.set("batch", f.batch);
  return p.toString();
}

export const dashboardHref = (f: TMetricFilters) => `/regulator?${filterParams(f)}`;
export const drillHref = (metric: TDrillMetric, f: TMetricFilters, page?: number) =>
  `/regulator/metrics/${metric}?${filterParams(f, page && page > 1 ? { page } : {})}`;
export const exportHref = (format: "csv" | "xlsx", f: TMetricFilters) => `/regulator/export?${filterParams(f, { format })}`;
