// A line chart drawn on the server as inline SVG (no chart library, no JavaScript in the browser).
import type { TFunction } from "@/lib/i18n/core";
import { ChartFigure, ChartLegend, Marker, seriesStyle } from "./chart-figure";

export interface LineSeries {
  name: string;
  /** One value per category; null = no value (the line breaks there). */
  values: (number | null)[];
}

const W = 640;
const H = 280;
const PAD = { left: 56, right: 20, top: 16, bottom: 44 };
const FONT = 14;

/** 1, 2 or 5 × 10^k: a step that gives about `ticks` gridlines up to `max`. */
export function niceStep(max: number, ticks = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

export function LineChart({
  t,
  title,
  categories,
  series,
  format,
  axisFormat = format,
  yMax,
  integer = false,
  periodHeader,
  testId,
}: {
  t: TFunction;
  title: string;
  categories: string[];
  series: LineSeries[];
  /** A value as text, for the axis, the summary and the table. */
  format: (v: number | null) => string;
  /** A gridline's value as text (default: as `format`). */
  axisFormat?: (v: number) => string;
  /** A fixed top of the axis (100 for percentages); else rounded up from the data. */
  yMax?: number;
  /** Counts: gridlines on whole numbers only. */
  integer?: boolean;
  periodHeader: string;
  testId?: string;
}) {
  const present = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const table = {
    headers: [periodHeader, ...series.map((s) => s.name)],
    rows: categories.map((c, i) => [c, ...series.map((s) => format(s.values[i] ?? null))]),
  };
  if (present.length === 0 || categories.length === 0) {
    return (
      <ChartFigure t={t} title={title} table={table} testId={testId}>
        <p className="text-slate-700">{t("metrics.chart.noData")}</p>
      </ChartFigure>
    );
  }

  const dataMax = Math.max(...present, 0);
  let step = niceStep(yMax ?? dataMax);
  if (integer) step = Math.max(1, Math.ceil(step));
  const top = yMax ?? Math.max(step, Math.ceil(dataMax / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 1000; v += step) ticks.push(v);

  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (categories.length === 1 ? plotW / 2 : (i * plotW) / (categories.length - 1));
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;

  // As many category labels as fit side by side, always the last one.
  const labelWidth = Math.max(...categories.map((c) => c.length)) * FONT * 0.6 + 12;
  const every = Math.max(1, Math.ceil(categories.length / Math.max(1, Math.floor(plotW / labelWidth))));
  const shown = categories.map((_, i) => i % every === 0 && (i === categories.length - 1 || categories.length - 1 - i >= every));
  shown[categories.length - 1] = true;

  const summary = t("metrics.chart.lineSummary", {
    title,
    n: categories.length,
    first: categories[0]!,
    last: categories[categories.length - 1]!,
    series: series
      .map((s) => {
        const vals = s.values.filter((v): v is number => v !== null);
        return vals.length
          ? t("metrics.chart.seriesRange", { name: s.name, max: format(Math.max(...vals)), min: format(Math.min(...vals)) })
          : t("common.labelValue", { label: s.name, value: t("metrics.chart.noData") });
      })
      .join(t("metrics.chart.seriesSeparator")),
  });

  return (
    <ChartFigure t={t} title={title} legend={<ChartLegend t={t} names={series.map((s) => s.name)} />} table={table} testId={testId} wide>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={summary}
        className="block h-auto w-full min-w-[30rem] shrink-0"
        fontSize={FONT}
        fontFamily="inherit"
      >
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke={v === 0 ? "#475569" : "#e2e8f0"} strokeWidth={1} />
            <text x={PAD.left - 8} y={y(v)} dy="0.35em" textAnchor="end" fill="#334155">
              {axisFormat(v)}
            </text>
          </g>
        ))}
        {categories.map((c, i) =>
          shown[i] ? (
            <g key={c}>
              <line x1={x(i)} x2={x(i)} y1={PAD.top + plotH} y2={PAD.top + plotH + 5} stroke="#475569" />
              {/* The outermost labels lean inwards so that they are never cut at the edge. */}
              <text
                x={x(i)}
                y={PAD.top + plotH + 22}
                textAnchor={categories.length > 1 && i === categories.length - 1 ? "end" : categories.length > 1 && i === 0 ? "start" : "middle"}
                fill="#334155"
              >
                {c}
              </text>
            </g>
          ) : null,
        )}
        {series.map((s, si) => {
          const style = seriesStyle(si);
          // Runs of consecutive values; a null breaks the line.
          const runs: [number, number][][] = [[]];
          s.values.forEach((v, i) => {
            if (v === null) runs.push([]);
            else runs[runs.length - 1]!.push([x(i), y(v)]);
          });
          return (
            <g key={s.name}>
              {runs
                .filter((r) => r.length > 1)
                .map((r, ri) => (
                  <polyline
                    key={ri}
                    points={r.map(([px, py]) => `${px},${py}`).join(" ")}
                    fill="none"
                    stroke={style.color}
                    strokeWidth={2.5}
                    strokeDasharray={style.dash}
                    strokeLinejoin="round"
                  />
                ))}
              {categories.length <= 62
                ? s.values.map((v, i) => (v === null ? null : <Marker key={i} x={x(i)} y={y(v)} style={style} size={categories.length > 31 ? 2.5 : 3.5} />))
                : null}
            </g>
          );
        })}
      </svg>
    </ChartFigure>
  );
}
