import Link from "next/link";
import type { TFunction } from "@/lib/i18n/core";
import type { MatterRow } from "@/lib/catalog/search-matters";
import { MODE_TONE, ModeBadge } from "./mode-badge";
import { isoDate } from "./date-text";

/**
 * The result list as a real table (row headers, column headers, caption). On a phone it scrolls sideways
 * inside its own focusable box, so the page itself never does.
 */
export function MattersTable({ t, rows, caption }: { t: TFunction; rows: MatterRow[]; caption: string }) {
  return (
    <div
      role="region"
      aria-labelledby="matters-caption"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm print:overflow-visible print:border-0 print:shadow-none"
    >
      <table className="w-full min-w-[56rem] border-collapse text-left text-sm print:min-w-0" data-testid="matters-table">
        <caption id="matters-caption" className="sr-only">
          {caption}
        </caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t("catalog.results.colName")}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t("catalog.results.colCode")}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t("catalog.results.colMode")}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t("catalog.results.colDepartment")}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t("catalog.results.colLevel")}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t("catalog.results.colIndustry")}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t("catalog.results.colBatch")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.code} className="border-t border-slate-200 align-top hover:bg-slate-50 print:break-inside-avoid">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`/matters/${encodeURIComponent(m.code)}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {m.name}
                </Link>
                {/* On a phone only the first columns fit before scrolling: repeat the mode and department
                    here for the eye; screen readers get them from their own cells. */}
                <span aria-hidden="true" className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-700 sm:hidden">
                  <span className={`rounded border px-1.5 py-px ${MODE_TONE[m.reformMode]}`}>{t(`modes.${m.reformMode}`)}</span>
                  <span>{m.department.shortName}</span>
                </span>
              </th>
              <td className="px-3 py-2 font-mono text-xs text-slate-700 [overflow-wrap:anywhere]">{m.code}</td>
              <td className="px-3 py-2">
                <ModeBadge mode={m.reformMode} label={t(`modes.${m.reformMode}`)} />
              </td>
              <td className="px-3 py-2">{m.department.shortName}</td>
              <td className="px-3 py-2 whitespace-nowrap">{t(`catalog.levels.${m.level}`)}</td>
              <td className="px-3 py-2">{m.industry}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {m.rolloutBatch === null ? (
                  <span className="text-slate-700">{t("catalog.results.batchNone")}</span>
                ) : (
                  <>
                    {t("catalog.results.batchValue", { batch: m.rolloutBatch })}
                    {m.liveDate ? <span className="block text-xs text-slate-700">{t("catalog.results.batchDate", { date: isoDate(m.liveDate) })}</span> : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
