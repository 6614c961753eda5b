// 好差评公示: the units ranked by bad-rating rate (lower first), then rectification rate (higher first), with
// the definitions said in words, and an honest empty state before anyone has rated.
import type { TFunction } from "@/lib/i18n/core";
import type { RatingRanking } from "@/lib/metrics/get-rating-ranking";
import { DataTable } from "@/components/ui/data-table";
import { formatPercent } from "@/components/metrics/format";

const CELL = "border-t border-slate-200 px-3 py-2 align-top whitespace-nowrap";

/** A rate as the dashboard shows it; in words where there is nothing to divide. */
const percent = (value: number | null, t: TFunction) => (value === null ? t("ratings.public.none") : formatPercent(value));

export function RatingDefinitions({ t }: { t: TFunction }) {
  return (
    <section aria-labelledby="ranking-definitions" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="ranking-definitions" className="text-lg font-semibold">
        {t("ratings.public.definitionsHeading")}
      </h2>
      <ul className="list-disc space-y-1 pl-5 text-slate-800">
        <li>{t("ratings.public.defBad")}</li>
        <li>{t("ratings.public.defRectification")}</li>
        <li>{t("ratings.public.defRerate")}</li>
        <li>{t("ratings.public.defOverdue")}</li>
      </ul>
    </section>
  );
}

export function RatingRankingTable({ ranking, t }: { ranking: RatingRanking; t: TFunction }) {
  if (ranking.rows.length === 0)
    return (
      <p className="text-slate-700" data-testid="ranking-empty">
        {t("ratings.public.empty")}
      </p>
    );
  return (
    <div className="space-y-2">
      {ranking.since ? (
        <p className="text-sm text-slate-700" data-testid="ranking-since">
          {t("ratings.public.since", { day: ranking.since })}
        </p>
      ) : null}
      <DataTable
        caption={t("ratings.public.caption")}
        testId="ranking"
        headers={[
          t("ratings.public.colRank"),
          t("ratings.public.colUnit"),
          t("ratings.public.colRatings"),
          t("ratings.public.colBad"),
          t("ratings.public.colBadRate"),
          t("ratings.public.colTickets"),
          t("ratings.public.colRectified"),
          t("ratings.public.colRectificationRate"),
          t("ratings.public.colOverdue"),
        ]}
      >
        {ranking.rows.map((r) => (
          <tr key={r.unit} data-testid="ranking-row" data-unit={r.unit} data-rank={r.rank}>
            <td className={CELL} data-testid="rank">
              {r.rank}
            </td>
            <th scope="row" className={`${CELL} whitespace-normal text-left font-medium`} data-testid="unit-name">
              {r.name}
            </th>
            <td className={CELL} data-testid="ratings">
              {r.ratings}
            </td>
            <td className={CELL} data-testid="bad">
              {r.bad}
            </td>
            <td className={CELL} data-testid="bad-rate">
              {percent(r.badRate, t)}
            </td>
            <td className={CELL} data-testid="tickets">
              {r.tickets}
            </td>
            <td className={CELL} data-testid="rectified">
              {r.rectified}
            </td>
            <td className={CELL} data-testid="rectification-rate">
              {percent(r.rectificationRate, t)}
            </td>
            <td className={`${CELL} ${r.overdueTickets ? "font-semibold text-red-800" : ""}`} data-testid="overdue">
              {r.overdueTickets}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
