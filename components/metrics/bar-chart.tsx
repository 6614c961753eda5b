// A horizontal bar chart drawn on the server as inline SVG: each row's label above its bar, the value at the
// bar's end, so long department names need no truncation and the text stays readable on a phone.
import type { TFunction } from "@/lib/i18n/core";
import { ChartFigure } from "./chart-figure";

export interface Bar {
  label: string;
  /** null = nothing to show ("—"): no bar. */
  value: number | null;
  /** The value as text. */
  text: string;
}

const W = 400;
const ROW = 46;
const FONT = 15;
const BAR_H = 16;

/** About how wide a text is drawn: CJK and full-width characters one em, others about 0.6 em. */
export const textWidth = (text: string, font = FONT) => [...text].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.6) * font, 0);

export function BarChart({
  t,
  title,
  bars,
  max,
  labelHeader,
  valueHeader,
  testId,
  color = "#173f9c",
}: {
  t: TFunction;
  title: string;
  bars: Bar[];
  /** The value of a full-width bar (1 for shares, 5 for points); else the largest value. */
  max?: number;
  labelHeader: string;
  valueHeader: string;
  testId?: string;
  color?: string;
}) {
  const table = { headers: [labelHeader, valueHeader], rows: bars.map((b) => [b.label, b.text]) };
  const present = bars.filter((b) => b.value !== null);
  if (bars.length === 0 || present.length === 0) {
    return (
      <ChartFigure t={t} title={title} table={table} testId={testId}>
        <p className="text-slate-700">{t("metrics.chart.noData")}</p>
      </ChartFigure>
    );
  }
  const top = max ?? Math.max(...present.map((b) => b.value!), 0);
  const plotW = W - Math.max(...bars.map((b) => textWidth(b.text))) - 10;
  const width = (v: number) => (top > 0 ? Math.max(v > 0 ? 2 : 0, (v / top) * plotW) : 0);
  const H = bars.length * ROW + 4;
  const summary = t("metrics.chart.barSummary", {
    title,
    n: bars.length,
    items: bars.map((b) => t("common.labelValue", { label: b.label, value: b.text })).join(t("common.listSeparator")),
  });
  return (
    <ChartFigure t={t} title={title} table={table} testId={testId}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="block h-auto w-full max-w-[28rem]" fontSize={FONT} fontFamily="inherit">
        {bars.map((b, i) => {
          const y0 = i * ROW;
          const w = b.value === null ? 0 : width(b.value);
          return (
            <g key={`${b.label}-${i}`}>
              <text x={0} y={y0 + FONT} fill="#0f172a">
                {b.label}
              </text>
              {/* The full track in light grey, so a short bar reads as a share of the whole. */}
              <rect x={0} y={y0 + 22} width={plotW} height={BAR_H} fill="#f1f5f9" />
              {w > 0 ? <rect x={0} y={y0 + 22} width={w} height={BAR_H} fill={color} /> : null}
              <text x={Math.min(w, plotW) + 6} y={y0 + 22 + BAR_H / 2} dy="0.35em" fill="#0f172a" className="tabular-nums">
                {b.text}
              </text>
            </g>
          );
        })}
      </svg>
    </ChartFigure>
  );
}
