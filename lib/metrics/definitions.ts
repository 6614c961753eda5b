// The reform metrics, defined once (../shared/SCENARIOS.md "Metric definitions"; the rest below where
// SCENARIOS.md is silent). Every figure on the dashboard, in the exports, the benchmarks and the tests is a
// ratio of two sums of the MetricRollup counters, so a sum over days and filters is always exact.

/** The counters of one MetricRollup row (all additive), zero. */
const ZERO = {
  applications: 0,
  fieldsTyped: 0,
  fieldsBaseline: 0,
  materialsSubmitted: 0,
  materialsBaseline: 0,
  completed: 0,
  daysTaken: 0,
  statutorySum: 0,
  statutoryMax: 0,
  oneTime: 0,
  returned: 0,
  withCommitment: 0,
  withPending: 0,
  tasksDecided: 0,
  tasksOnTime: 0,
  tasksInStatutory: 0,
  ratings: 0,
  rated1: 0,
  rated2: 0,
  rated3: 0,
  rated4: 0,
  rated5: 0,
  overallSum: 0,
  efficiencySum: 0,
  guideSum: 0,
  convenienceSum: 0,
  usabilitySum: 0,
  tickets: 0,
  ticketsRectified: 0,
};

export type Counter = keyof typeof ZERO;
export type Counters = Record<Counter, number>;
export const COUNTERS = Object.keys(ZERO) as readonly Counter[];

// A copy of one literal: a fast object shape (aggregating a busy day creates ~100,000 of these).
export const zeroCounters = (): Counters => ({ ...ZERO });

export function addCounters(into: Counters, from: Partial<Counters>): Counters {
  for (const c of COUNTERS) into[c] += from[c] ?? 0;
  return into;
}

/** "Any" in a rollup dimension; the 综合窗口 as a unit (it receives every application); no rollout batch. */
export const ANY = "*";
export const NO_BATCH = "-";

export interface Ratio {
  value: number | null;
  numerator: number;
  denominator: number;
}

/** value = numerator ÷ denominator; null (shown as "—") when there is nothing to divide by. */
export const ratio = (numerator: number, denominator: number): Ratio => ({ value: denominator > 0 ? numerator / denominator : null, numerator, denominator });
/** 1 − numerator ÷ denominator: a reduction or compression. */
export const reduction = (numerator: number, denominator: number): Ratio => ({
  value: denominator > 0 ? 1 - numerator / denominator : null,
  numerator,
  denominator,
});

export const METRIC_IDS = [
  "applications",
  "fieldReduction",
  "materialReduction",
  "avgDaysTaken",
  "avgStatutorySum",
  "avgStatutoryMax",
  "compressionSerial",
  "compressionParallel",
  "onTimeRate",
  "statutoryOnTimeRate",
  "oneTimeRate",
  "returnRate",
  "commitmentShare",
  "pendingShare",
  "avgRating",
  "badRatingRate",
  "rectificationRate",
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** How a metric is shown: a count, a share (percent) or an average (days, points). */
export const METRIC_KIND: Record<MetricId, "count" | "percent" | "average"> = {
  applications: "count",
  fieldReduction: "percent",
  materialReduction: "percent",
  avgDaysTaken: "average",
  avgStatutorySum: "average",
  avgStatutoryMax: "average",
  compressionSerial: "percent",
  compressionParallel: "percent",
  onTimeRate: "percent",
  statutoryOnTimeRate: "percent",
  oneTimeRate: "percent",
  returnRate: "percent",
  commitmentShare: "percent",
  pendingShare: "percent",
  avgRating: "average",
  badRatingRate: "percent",
  rectificationRate: "percent",
};

/**
 * Every metric from summed counters. Definitions (SCENARIOS.md where it defines them):
 * - field / material reduction = 1 − Σ fieldsTyped ÷ Σ fieldsBaseline (materials likewise);
 * - working days: over completed (ISSUED) applications, Σ workingDaysTaken ÷ count, the same for Σ and max
 *   statutoryDays of their matters; compression vs serial = 1 − Σ taken ÷ Σ(Σ statutory), vs parallel =
 *   1 − Σ taken ÷ Σ(max statutory);
 * - on-time rate = department tasks decided by their promised due date (承诺时限, the clock the portal runs
 *   and flags overdue by) ÷ decided tasks; the statutory rate uses the statutory due date (法定时限);
 * - one-time completion rate = completed without any return or correction request ÷ completed;
 * - return rate = applications returned at the window at least once ÷ applications;
 * - commitment / pending share = applications with a matter on commitment (告知承诺) / with a material
 *   pending (容缺) ÷ applications;
 * - ratings count only the rating in force (a re-rating replaces the rating); bad = overall ≤ 2;
 *   bad-rating rate = bad ÷ ratings; rectification rate = tickets with the fix recorded ÷ tickets.
 */
export function computeMetrics(t: Counters): Record<MetricId, Ratio> {
  return {
    applications: { value: t.applications, numerator: t.applications, denominator: 1 },
    fieldReduction: reduction(t.fieldsTyped, t.fieldsBaseline),
    materialReduction: reduction(t.materialsSubmitted, t.materialsBaseline),
    avgDaysTaken: ratio(t.daysTaken, t.completed),
    avgStatutorySum: ratio(t.statutorySum, t.completed),
    avgStatutoryMax: ratio(t.statutoryMax, t.completed),
    compressionSerial: reduction(t.daysTaken, t.statutorySum),
    compressionParallel: reduction(t.daysTaken, t.statutoryMax),
    onTimeRate: ratio(t.tasksOnTime, t.tasksDecided),
    statutoryOnTimeRate: ratio(t.tasksInStatutory, t.tasksDecided),
    oneTimeRate: ratio(t.oneTime, t.completed),
    returnRate: ratio(t.returned, t.applications),
    commitmentShare: ratio(t.withCommitment, t.applications),
    pendingShare: ratio(t.withPending, t.applications),
    avgRating: ratio(t.overallSum, t.ratings),
    badRatingRate: ratio(t.rated1 + t.rated2, t.ratings),
    rectificationRate: ratio(t.ticketsRectified, t.tickets),
  };
}

/** Rating distribution by overall score, 1 … 5. */
export const ratingDistribution = (t: Counters): number[] => [t.rated1, t.rated2, t.rated3, t.rated4, t.rated5];

/** Average per rating dimension (null without ratings). */
export function dimensionAverages(t: Counters): Record<"overall" | "efficiency" | "guideAccuracy" | "convenience" | "usability", number | null> {
  const avg = (sum: number) => (t.ratings > 0 ? sum / t.ratings : null);
  return {
    overall: avg(t.overallSum),
    efficiency: avg(t.efficiencySum),
    guideAccuracy: avg(t.guideSum),
    convenience: avg(t.convenienceSum),
    usability: avg(t.usabilitySum),
  };
}
