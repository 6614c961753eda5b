import "server-only";
import { getDb } from "@/lib/db";
import { ANY, computeMetrics } from "./definitions";
import { WINDOW_NAME, WINDOW_UNIT } from "@/lib/base/units";
import { loadRollupView } from "./rollup-view";
import { firstRatedDay, sumRollupByUnit } from "./rollup-query";
import { overdueTicketsByUnit } from "./count-overdue";
import { isoDay } from "@/lib/calendar/dates";

export interface RankingRow {
  rank: number;
  /** departmentId or "WINDOW" */
  unit: string;
  name: string;
  ratings: number;
  bad: number;
  badRate: number | null;
  tickets: number;
  rectified: number;
  rectificationRate: number | null;
  overdueTickets: number;
}

export interface RatingRanking {
  rows: RankingRow[];
  /** The first day with a rating in force ("YYYY-MM-DD"), null without ratings. */
  since: string | null;
}

// null sorts last, whichever the direction.
const cmp = (a: number | null, b: number | null, dir: 1 | -1) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : (a - b) * dir);

/**
 * 好差评公示: the units rated so far (综合窗口 and departments), ranked by bad-rating rate (lower first), then
 * rectification rate (higher first), then number of ratings. Public; read from the rollup over all days.
 */
export async function getRatingRanking({ now }: { now: Date }): Promise<RatingRanking> {
  // Reads only (public, and servable from a read replica): the newest dirty days are computed, not stored.
  const view = await loadRollupView();
  const db = getDb();
  const [units, departments, overdue, first] = await Promise.all([
    sumRollupByUnit(view, ANY, ANY, null, null),
    db.department.findMany({ select: { id: true, name: true } }),
    overdueTicketsByUnit(now),
    firstRatedDay(view),
  ]);
  const names = new Map<string, string>([[WINDOW_UNIT, WINDOW_NAME], ...departments.map((d) => [d.id, d.name] as [string, string])]);
  const rows = units
    .filter((u) => names.has(u.unit) && (u.counters.ratings > 0 || u.counters.tickets > 0))
    .map((u) => {
      const m = computeMetrics(u.counters);
      return {
        rank: 0,
        unit: u.unit,
        name: names.get(u.unit)!,
        ratings: u.counters.ratings,
        bad: u.counters.rated1 + u.counters.rated2,
        badRate: m.badRatingRate.value,
        tickets: u.counters.tickets,
        rectified: u.counters.ticketsRectified,
        rectificationRate: m.rectificationRate.value,
        overdueTickets: overdue.get(u.unit) ?? 0,
      };
    })
    .sort(
      (a, b) =>
        cmp(a.badRate, b.badRate, 1) || cmp(a.rectificationRate, b.rectificationRate, -1) || b.ratings - a.ratings || a.name.localeCompare(b.name, "zh-CN"),
    )
    .map((r, i) => ({ ...r, rank: i + 1 }));
  return { rows, since: first ? isoDay(first) : null };
}
