import type { ReactNode } from "react";
import type { TFunction } from "@/lib/i18n/core";

/**
 * A chart as a figure: its caption, the picture (an <svg role="img"> named by a summary of the data), and
 * the same data as a table under "图表数据" for whoever would rather read (or cannot see) the picture.
 */
export function ChartFigure({
  t,
  title,
  legend,
  children,
  table,
  testId,
  wide = false,
}: {
  t: TFunction;
  title: string;
  legend?: ReactNode;
  /** The <svg>, or a "no data" note. */
  children: ReactNode;
  table: { headers: string[]; rows: (string | number)[][] };
  testId?: string;
  /** A wide chart keeps a minimum width and scrolls sideways on a phone instead of shrinking its text. */
  wide?: boolean;
}) {
  return (
    <figure className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId}>
      <figcaption className="font-semibold text-slate-900">{title}</figcaption>
      {legend}
      {wide ? (
        // Focusable and named, so keyboard users can scroll it (WCAG 2.1.1). Time runs left to right, so on a
        // phone the box starts scrolled to its right end, at the latest period (issue 15 part 8: the trend's
        // only point sat off-screen): row-reverse makes the end the scroll origin, in CSS, with no flash.
        <div
          role="region"
          aria-label={t("metrics.chart.region", { title, hint: t("metrics.chart.scrollHint") })}
          tabIndex={0}
          className="mt-2 flex flex-row-reverse overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-700"
          data-scroll="latest"
        >
          {children}
        </div>
      ) : (
        <div className="mt-2">{children}</div>
      )}
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("metrics.chart.tableFallback")}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead className="bg-slate-100 text-slate-800">
              <tr>
                {table.headers.map((h) => (
                  <th key={h} scope="col" className="px-2 py-1">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map(([head, ...cells], i) => (
                <tr key={i}>
                  <th scope="row" className="border-t border-slate-200 px-2 py-1 text-left font-normal whitespace-nowrap">
                    {head}
                  </th>
                  {cells.map((c, j) => (
                    <td key={j} className="border-t border-slate-200 px-2 py-1 tabular-nums">
                      {c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** Colours with at least 4.5:1 against white, told apart also by line style and marker shape (WCAG 1.4.1). */
const STYLES = [
  { color: "#173f9c", dash: undefined, marker: "circle" },
  { color: "#b45309", dash: "6 4", marker: "square" },
  { color: "#047857", dash: "2 3", marker: "diamond" },
] as const;
export type SeriesStyle = (typeof STYLES)[number];
export const seriesStyle = (i: number): SeriesStyle => STYLES[i % STYLES.length]!;

export function Marker({ x, y, style, size = 4 }: { x: number; y: number; style: SeriesStyle; size?: number }) {
  if (style.marker === "square") return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} fill={style.color} />;
  if (style.marker === "diamond")
    return <polygon points={`${x},${y - size - 1} ${x + size + 1},${y} ${x},${y + size + 1} ${x - size - 1},${y}`} fill={style.color} />;
  return <circle cx={x} cy={y} r={size} fill={style.color} />;
}

/** The series' names with their line and marker, above the chart. */
export function ChartLegend({ t, names }: { t: TFunction; names: string[] }) {
  if (names.length < 2) return null;
  return (
    <ul aria-label={t("metrics.chart.legend")} className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
      {names.map((name, i) => {
        const style = seriesStyle(i);
        return (
          <li key={name} className="flex items-center gap-1.5">
            <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
              <line x1="0" y1="6" x2="28" y2="6" stroke={style.color} strokeWidth="2.5" strokeDasharray={style.dash} />
              <Marker x={14} y={6} style={style} size={3.5} />
            </svg>
            {name}
          </li>
        );
      })}
    </ul>
  );
}
