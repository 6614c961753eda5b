// How the dashboard shows a number (pure): shares as percentages with one decimal, averages with one or two
// decimals, counts grouped; "—" when there is nothing to divide by.
import type { Locale } from "@/lib/i18n/core";
import { METRIC_KIND, type MetricId } from "@/lib/metrics/definitions";

export const NONE = "—";

export function formatCount(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/** A fraction 0–1 as "12.3%". */
export function formatPercent(v: number | null): string {
  return v === null || !Number.isFinite(v) ? NONE : `${(v * 100).toFixed(1)}%`;
}

export function formatAverage(v: number | null, digits = 1): string {
  return v === null || !Number.isFinite(v) ? NONE : v.toFixed(digits);
}

/** A metric's value as the dashboard shows it (satisfaction points with two decimals, days with one). */
export function formatMetric(id: MetricId, v: number | null, locale: Locale): string {
  if (v === null) return NONE;
  switch (METRIC_KIND[id]) {
    case "count":
      return formatCount(v, locale);
    case "percent":
      return formatPercent(v);
    case "average":
      return formatAverage(v, id === "avgRating" ? 2 : 1);
  }
}
