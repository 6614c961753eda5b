// The dashboard as rows (pure, no "server-only": unit-tested, and shared by the page, the CSV and the .xlsx):
// the sections of an export, the CSV text, the filters in words, and the trend with every bucket present.
import { z } from "zod";
import { msg, type TFunction } from "@/lib/i18n/core";
import { METRIC_IDS, METRIC_KIND, NO_BATCH, computeMetrics, zeroCounters, type Counters, type MetricId, type Ratio } from "./definitions";
import type { FilterOptions } from "./filters";
import { addDays, daysBetween } from "@/lib/calendar/dates";
import type { TMetricFilters } from "./schemas";

/** The part of a Dashboard (lib/metrics/get-dashboard.ts) an export reads. */
export interface DashboardLike {
  filters: TMetricFilters;
  options: FilterOptions;
  metrics: Record<MetricId, Ratio>;
  bucket: "day" | "month";
  trend: { key: string; label: string; counters: Counters; metrics: Record<MetricId, Ratio> }[];
  byUnit: { key: string; label: string; metrics: Record<MetricId, Ratio> }[];
  overdueTasksNow: number;
  overdueTicketsNow: number;
}

export type CellKind = "count" | "percent" | "average";
/** A text cell, or a number with how to show it (percent = a fraction 0–1); null = nothing to divide by. */
export type ExportCell = string | { n: number | null; kind: CellKind };

export interface ExportSection {
  key: "summary" | "trend" | "byUnit" | "filters";
  title: string;
  headers: string[];
  rows: ExportCell[][];
  /** Column widths (characters) for the workbook. */
  widths: number[];
}

const num = (n: number | null, kind: CellKind): ExportCell => ({ n, kind });

/**
 * The trend with one entry per day / month of the period: the rollup answers only buckets that have rows,
 * a chart and a sheet need the empty ones too (0 applications, rates "—").
 */
export function fillTrend(filters: Pick<TMetricFilters, "from" | "to">, bucket: "day" | "month", trend: DashboardLike["trend"]): DashboardLike["trend"] {
  const byKey = new Map(trend.map((b) => [b.key, b]));
  const keys: string[] = [];
  if (bucket === "day") {
    const n = daysBetween(filters.from, filters.to);
    for (let i = 0; i <= n; i++) keys.push(addDays(filters.from, i));
  } else {
    let y = Number(filters.from.slice(0, 4));
    let m = Number(filters.from.slice(5, 7));
    const last = filters.to.slice(0, 7);
    for (let key = ""; key !== last; m++) {
      if (m > 12) [y, m] = [y + 1, 1];
      key = `${y}-${String(m).padStart(2, "0")}`;
      keys.push(key);
    }
  }
  return keys.map((key) => {
    const found = byKey.get(key);
    if (found) return found;
    const counters = zeroCounters();
    return { key, label: key, counters, metrics: computeMetrics(counters) };
  });
}

/** A rollout batch in words ("-" = not in a batch). */
export const batchText = (batch: string, t: TFunction) => (batch === NO_BATCH ? t("metrics.filters.batchNone") : t("metrics.filters.batchN", { n: batch }));

/** The filters in words, in the order of the filter form. */
export function describeFilters(filters: TMetricFilters, options: FilterOptions, t: TFunction): { label: string; value: string }[] {
  const any = t("metrics.filters.any");
  const matter = filters.matter ? options.matters.find((m) => m.id === filters.matter) : undefined;
  return [
    { label: t("metrics.filters.from"), value: filters.from },
    { label: t("metrics.filters.to"), value: filters.to },
    { label: t("metrics.filters.dept"), value: filters.dept ? (options.departments.find((d) => d.id === filters.dept)?.name ?? filters.dept) : any },
    { label: t("metrics.filters.matter"), value: matter ? t("metrics.matterWithCode", { name: matter.name, code: matter.code }) : any },
    { label: t("metrics.filters.industry"), value: filters.industry ?? any },
    { label: t("metrics.filters.batch"), value: filters.batch ? batchText(filters.batch, t) : any },
  ];
}

const metricCells = (metrics: Record<MetricId, Ratio>): ExportCell[] => METRIC_IDS.map((id) => num(metrics[id].value, METRIC_KIND[id]));

/** The four sections of an export: key figures, trend, departments, filters. */
export function buildExportSections(d: DashboardLike, t: TFunction): ExportSection[] {
  const metricHeaders = METRIC_IDS.map((id) => t(`metrics.metric.${id}`));
  const metricWidths = METRIC_IDS.map(() => 14);
  const summaryRows: ExportCell[][] = METRIC_IDS.map((id) => {
    const r = d.metrics[id];
    const kind = METRIC_KIND[id];
    // A count is its own numerator: no fraction to show.
    return [
      t(`metrics.metric.${id}`),
      num(r.value, kind),
      kind === "count" ? "" : num(r.numerator, "count"),
      kind === "count" ? "" : num(r.denominator, "count"),
      t(`metrics.definition.${id}`),
    ];
  });
  summaryRows.push([t("metrics.overdueTasksNow"), num(d.overdueTasksNow, "count"), "", "", t("metrics.definitionNow.overdueTasksNow")]);
  summaryRows.push([t("metrics.overdueTicketsNow"), num(d.overdueTicketsNow, "count"), "", "", t("metrics.definitionNow.overdueTicketsNow")]);
  return [
    {
      key: "summary",
      title: t("metrics.exportSheet.summary"),
      headers: [
        t("metrics.column.metric"),
        t("metrics.column.value"),
        t("metrics.column.numerator"),
        t("metrics.column.denominator"),
        t("metrics.column.definition"),
      ],
      rows: summaryRows,
      widths: [30, 14, 14, 14, 80],
    },
    {
      key: "trend",
      title: t("metrics.exportSheet.trend"),
      headers: [t("metrics.column.period"), ...metricHeaders],
      rows: fillTrend(d.filters, d.bucket, d.trend).map((b) => [b.label, ...metricCells(b.metrics)]),
      widths: [14, ...metricWidths],
    },
    {
      key: "byUnit",
      title: t("metrics.exportSheet.byUnit"),
      headers: [t("metrics.column.unit"), ...metricHeaders],
      rows: d.byUnit.map((u) => [u.label, ...metricCells(u.metrics)]),
      widths: [30, ...metricWidths],
    },
    {
      key: "filters",
      title: t("metrics.exportSheet.filters"),
      headers: [t("metrics.column.filter"), t("metrics.column.filterValue")],
      rows: describeFilters(d.filters, d.options, t).map((f) => [f.label, f.value]),
      widths: [14, 50],
    },
  ];
}

/** One cell of a CSV file: numbers as plain decimals (shares as fractions, 4 decimals); empty for "—". */
export function csvValue(cell: ExportCell): string {
  if (typeof cell === "string") return cell;
  if (cell.n === null || !Number.isFinite(cell.n)) return "";
  return cell.kind === "count" ? String(cell.n) : cell.n.toFixed(4);
}

/**
 * RFC 4180: a field holding a comma, a double quote, CR or LF is enclosed in double quotes, a quote inside
 * doubled. A field starting with = + - @ is prefixed with ' so that a spreadsheet does not run it as a
 * formula (CSV injection): names come from users.
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_BOM = "\uFEFF";

/**
 * The sections as one CSV text: UTF-8 byte order mark first (Excel then reads the Chinese correctly), CRLF
 * line ends (RFC 4180), each section a title row, its header row and its rows, a blank line between.
 */
export function buildCsv(sections: ExportSection[]): string {
  const line = (cells: string[]) => cells.map(csvField).join(",");
  const blocks = sections.map((s) => [line([s.title]), line(s.headers), ...s.rows.map((r) => line(r.map(csvValue)))].join("\r\n"));
  return `${CSV_BOM}${blocks.join("\r\n\r\n")}\r\n`;
}

/** The file name of an export: 改革绩效_<from>_<to>.<ext>, and an ASCII one for old clients. */
export function exportFilenames(
  filters: Pick<TMetricFilters, "from" | "to">,
  format: "csv" | "xlsx",
  t: TFunction,
): { filename: string; asciiFilename: string } {
  const period = `${filters.from}_${filters.to}`;
  return { filename: `${t("metrics.exportTitle")}_${period}.${format}`, asciiFilename: `reform-metrics_${period}.${format}` };
}

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const ZExportFormat = z.enum(EXPORT_FORMATS, { error: msg("domain.metrics.errors.exportFormat") });
