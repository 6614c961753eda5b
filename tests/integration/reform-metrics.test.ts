// The reform metrics on a small fixed data set, every value computed by hand below (definitions:
// ../shared/SCENARIOS.md and lib/metrics/definitions.ts). Data is written straight into the tables, so the
// triggers (prisma/sql/metric-triggers.sql) mark the days dirty and the dashboard's refresh aggregates them.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { sessionUserOf } from "@/tests/factories";
import { getDashboard } from "@/lib/metrics/get-dashboard";
import { getRatingRanking } from "@/lib/metrics/get-rating-ranking";
import { listMetricApplications } from "@/lib/metrics/list-metric-applications";
import { refreshMetrics } from "@/lib/metrics/refresh-metrics";
import { decideTask } from "@/lib/approvals/decide-task";
import type { SessionUser } from "@/lib/auth/types";
import type { ApplicationStatus, TaskStatus } from "@/lib/generated/prisma/enums";

const at = (s: string) => new Date(s);
const NOW = at("2021-04-10T10:00:00+08:00");
const MARCH = { from: "2021-03-01", to: "2021-03-31" };

let regulator: SessionUser;
let applicant: SessionUser;
const dept: Record<string, string> = {};
const matter: Record<string, string> = {};
const ids: Record<string, string> = {};

interface TaskSpec {
  dept: string;
  status: TaskStatus;
  dispatchedAt?: Date;
  decidedAt?: Date;
  promisedDueAt?: Date;
  statutoryDueAt?: Date;
  promisedDays?: number;
  statutoryDays?: number;
  corrections?: number;
}

async function makeApp(o: {
  key: string;
  submittedAt: Date | null;
  status: ApplicationStatus;
  fields: [number, number];
  materials: [number, number];
  workingDaysTaken?: number;
  returnCount?: number;
  pending?: number;
  tasks?: Record<string, TaskSpec>;
  items: { code: string; commit?: boolean; task?: string }[];
}) {
  const db = getDb();
  const app = await db.application.create({
    data: {
      applicantId: applicant.id,
      enterpriseId: applicant.enterpriseId,
      status: o.status,
      submittedAt: o.submittedAt,
      fieldsTyped: o.fields[0],
      fieldsBaseline: o.fields[1],
      materialsSubmitted: o.materials[0],
      materialsBaseline: o.materials[1],
      workingDaysTaken: o.workingDaysTaken ?? null,
      returnCount: o.returnCount ?? 0,
    },
  });
  ids[o.key] = app.id;
  const taskIds: Record<string, string> = {};
  for (const [k, t] of Object.entries(o.tasks ?? {})) {
    const task = await db.approvalTask.create({
      data: {
        applicationId: app.id,
        departmentId: dept[t.dept]!,
        status: t.status,
        dispatchedAt: t.dispatchedAt ?? null,
        decidedAt: t.decidedAt ?? null,
        promisedDueAt: t.promisedDueAt ?? null,
        statutoryDueAt: t.statutoryDueAt ?? null,
        promisedDays: t.promisedDays ?? 0,
        statutoryDays: t.statutoryDays ?? 0,
      },
    });
    taskIds[k] = task.id;
    ids[k] = task.id;
    for (let i = 0; i < (t.corrections ?? 0); i++) {
      await db.taskCorrection.create({ data: { taskId: task.id, requestedById: regulator.id, requestedAt: o.submittedAt!, request: "请补充平面图" } });
    }
  }
  for (const item of o.items) {
    await db.applicationItem.create({
      data: { applicationId: app.id, matterId: matter[item.code]!, useCommitment: item.commit ?? false, taskId: item.task ? taskIds[item.task] : null },
    });
  }
  if (o.pending) {
    const requirement = await db.materialRequirement.findFirstOrThrow({ where: { matterId: matter[o.items[0]!.code] } });
    await db.pendingMaterial.create({ data: { applicationId: app.id, requirementId: requirement.id, deadline: at("2021-03-20T17:00:00+08:00") } });
  }
  return app.id;
}

async function rate(o: { app: string; unit: string; round?: number; scores: [number, number, number, number, number]; superseded?: boolean }) {
  const [overall, efficiency, guideAccuracy, convenience, usability] = o.scores;
  return getDb().serviceReview.create({
    data: {
      applicationId: ids[o.app]!,
      departmentId: o.unit === "WINDOW" ? null : dept[o.unit],
      unitKey: o.unit === "WINDOW" ? "WINDOW" : dept[o.unit]!,
      round: o.round ?? 1,
      userId: applicant.id,
      overall,
      efficiency,
      guideAccuracy,
      convenience,
      usability,
      supersededAt: o.superseded ? at("2021-03-25T10:00:00+08:00") : null,
    },
  });
}

beforeAll(async () => {
  const db = getDb();
  regulator = await sessionUserOf("regulator");
  applicant = await sessionUserOf("applicant");
  for (const d of await db.department.findMany()) dept[d.code] = d.id;
  for (const m of await db.matter.findMany()) matter[m.code] = m.id;

  // A1, 2021-03-01: liquor (SCJG, on commitment), tobacco (YCJ), prepackaged-food filing (no task). Issued in
  // 4 working days, never returned or corrected. SCJG decided on time; YCJ after its promised date but
  // within the statutory one. Statutory days 20 + 20 + 0.
  await makeApp({
    key: "A1",
    submittedAt: at("2021-03-01T10:00:00+08:00"),
    status: "ISSUED",
    fields: [20, 100],
    materials: [3, 20],
    workingDaysTaken: 4,
    tasks: {
      T1: {
        dept: "SCJG",
        status: "APPROVED",
        dispatchedAt: at("2021-03-01T11:00:00+08:00"),
        decidedAt: at("2021-03-03T10:00:00+08:00"),
        promisedDueAt: at("2021-03-04T23:59:59+08:00"),
        statutoryDueAt: at("2021-03-29T23:59:59+08:00"),
      },
      T2: {
        dept: "YCJ",
        status: "APPROVED",
        dispatchedAt: at("2021-03-01T11:00:00+08:00"),
        decidedAt: at("2021-03-05T10:00:00+08:00"),
        promisedDueAt: at("2021-03-04T23:59:59+08:00"),
        statutoryDueAt: at("2021-03-29T23:59:59+08:00"),
      },
    },
    items: [{ code: "LIQUOR_RETAIL", commit: true, task: "T1" }, { code: "TOBACCO_RETAIL", task: "T2" }, { code: "PREPACKAGED_FOOD_FILING" }],
  });
  // A2, submitted 2021-03-02 00:30 in Shanghai (still 1 March in UTC): entertainment venue (WHLY) and food
  // operation (SCJG, not on commitment). Returned once, WHLY asked a correction, one material pending.
  // Issued in 10 working days; WHLY decided after both its promised and statutory dates, SCJG on time.
  await makeApp({
    key: "A2",
    submittedAt: at("2021-03-02T00:30:00+08:00"),
    status: "ISSUED",
    fields: [30, 80],
    materials: [5, 15],
    workingDaysTaken: 10,
    returnCount: 1,
    pending: 1,
    tasks: {
      T3: {
        dept: "WHLY",
        status: "APPROVED",
        corrections: 1,
        dispatchedAt: at("2021-03-03T09:00:00+08:00"),
        decidedAt: at("2021-03-31T10:00:00+08:00"),
        promisedDueAt: at("2021-03-17T23:59:59+08:00"),
        statutoryDueAt: at("2021-03-30T23:59:59+08:00"),
      },
      T4: {
        dept: "SCJG",
        status: "APPROVED",
        dispatchedAt: at("2021-03-03T09:00:00+08:00"),
        decidedAt: at("2021-03-03T15:00:00+08:00"),
        promisedDueAt: at("2021-03-03T23:59:59+08:00"),
        statutoryDueAt: at("2021-03-31T23:59:59+08:00"),
      },
    },
    items: [
      { code: "ENTERTAINMENT_VENUE", task: "T3" },
      { code: "FOOD_OPERATION", task: "T4" },
    ],
  });
  // A3, 2021-03-02: tobacco only, accepted; its YCJ task is still open and past its promised date now.
  await makeApp({
    key: "A3",
    submittedAt: at("2021-03-02T09:00:00+08:00"),
    status: "ACCEPTED",
    fields: [10, 40],
    materials: [2, 10],
    tasks: {
      T5: {
        dept: "YCJ",
        status: "IN_REVIEW",
        dispatchedAt: at("2021-03-02T10:00:00+08:00"),
        promisedDueAt: at("2021-03-09T23:59:59+08:00"),
        statutoryDueAt: at("2021-03-30T23:59:59+08:00"),
      },
    },
    items: [{ code: "TOBACCO_RETAIL", task: "T5" }],
  });
  // A4, 2021-03-01: liquor, returned at the window (its task never dispatched).
  await makeApp({
    key: "A4",
    submittedAt: at("2021-03-01T15:00:00+08:00"),
    status: "RETURNED",
    fields: [15, 60],
    materials: [1, 12],
    returnCount: 1,
    tasks: { T6: { dept: "SCJG", status: "PENDING" } },
    items: [{ code: "LIQUOR_RETAIL", task: "T6" }],
  });
  // A5, 2021-03-03: tobacco (YCJ, 5 promised / 20 statutory working days), accepted with one material
  // pending (容缺) since dispatch, so its clock has stood still (no due date). YCJ decides on Friday 12
  // March — after the unpaused promised date (Wed 10 March) but while the material is still awaited: the
  // clock stops at the decision and both due dates move by the 7 working days waited (4–12 March), so the
  // decision is on time (promised due 19 March, statutory 9 April).
  await makeApp({
    key: "A5",
    submittedAt: at("2021-03-03T09:00:00+08:00"),
    status: "ACCEPTED",
    fields: [10, 40],
    materials: [2, 10],
    pending: 1,
    tasks: { T7: { dept: "YCJ", status: "IN_REVIEW", dispatchedAt: at("2021-03-03T10:00:00+08:00"), promisedDays: 5, statutoryDays: 20 } },
    items: [{ code: "TOBACCO_RETAIL", task: "T7" }],
  });
  await db.approvalTask.update({ where: { id: ids.T7 }, data: { pausedSince: at("2021-03-03T10:00:00+08:00") } });
  await decideTask({
    actor: await sessionUserOf("dept-ycj"),
    now: at("2021-03-12T15:00:00+08:00"),
    input: { taskId: ids.T7!, expectedVersion: 0, action: "approve" },
  });

  // Not counted: a draft, and an application submitted one minute before March began (Shanghai time).
  await makeApp({ key: "D", submittedAt: null, status: "DRAFT", fields: [5, 50], materials: [0, 5], items: [{ code: "LIQUOR_RETAIL" }] });
  await makeApp({
    key: "F",
    submittedAt: at("2021-02-28T23:59:00+08:00"),
    status: "SUBMITTED",
    fields: [7, 70],
    materials: [1, 7],
    items: [{ code: "TOBACCO_RETAIL" }],
  });

  // Ratings: A1's window 5; A1's YCJ rated 1, rectified, re-rated 4 (the 4 is in force); A2's SCJG rated 2,
  // ticket still waiting for its call-back (due 3 March).
  await rate({ app: "A1", unit: "WINDOW", scores: [5, 4, 5, 4, 5] });
  const ycjBad = await rate({ app: "A1", unit: "YCJ", scores: [1, 2, 2, 1, 1], superseded: true });
  const ycjRerate = await rate({ app: "A1", unit: "YCJ", round: 2, scores: [4, 4, 4, 4, 4] });
  const scjgBad = await rate({ app: "A2", unit: "SCJG", scores: [2, 3, 3, 2, 2] });
  await db.rectificationTicket.create({
    data: {
      reviewId: ycjBad.id,
      applicationId: ids.A1!,
      departmentId: dept.YCJ,
      status: "CLOSED",
      openedAt: at("2021-03-06T10:00:00+08:00"),
      callbackDueAt: at("2021-03-08T23:59:59+08:00"),
      fixDueAt: at("2021-03-26T23:59:59+08:00"),
      calledBackAt: at("2021-03-08T10:00:00+08:00"),
      rectifiedAt: at("2021-03-20T10:00:00+08:00"),
      rerateReviewId: ycjRerate.id,
      closedAt: at("2021-03-25T10:00:00+08:00"),
    },
  });
  ids.ticketScjg = (
    await db.rectificationTicket.create({
      data: {
        reviewId: scjgBad.id,
        applicationId: ids.A2!,
        departmentId: dept.SCJG,
        status: "OPEN",
        openedAt: at("2021-04-01T10:00:00+08:00"),
        callbackDueAt: at("2021-04-02T23:59:59+08:00"),
        fixDueAt: at("2021-04-22T23:59:59+08:00"),
      },
    })
  ).id;
});

describe("reform metrics on a fixed data set", () => {
  it("marks the submission days dirty and the refresh aggregates them, leaving nothing dirty", async () => {
    const db = getDb();
    const dirty = await db.$queryRaw<{ day: Date }[]>`SELECT DISTINCT day FROM "MetricDirtyDay" ORDER BY day`;
    expect(dirty.map((d) => d.day.toISOString().slice(0, 10))).toEqual(["2021-02-28", "2021-03-01", "2021-03-02", "2021-03-03"]);
    expect(await refreshMetrics()).toEqual({ days: 4, remaining: 0 });
    expect(await db.metricDirtyDay.count()).toBe(0);
    const all = await db.metricRollup.findMany({ where: { dept: "*", industry: "*", batch: "*", matter: "*" }, orderBy: { day: "asc" } });
    expect(all.map((r) => [r.day.toISOString().slice(0, 10), r.applications])).toEqual([
      ["2021-02-28", 1],
      ["2021-03-01", 2],
      ["2021-03-02", 2],
      ["2021-03-03", 1],
    ]);
  });

  it("a task decided while its clock was paused (容缺) keeps the due dates moved by the wait", async () => {
    const t7 = await getDb().approvalTask.findUniqueOrThrow({ where: { id: ids.T7 } });
    expect(t7).toMatchObject({ status: "APPROVED", pausedDays: 7, pausedSince: null });
    expect(t7.promisedDueAt).toEqual(at("2021-03-19T23:59:59.999+08:00")); // 3 March + 5 + 7 working days
    expect(t7.statutoryDueAt).toEqual(at("2021-04-09T23:59:59.999+08:00")); // 3 March + 20 + 7 working days
    expect(t7.decidedAt!.getTime()).toBeLessThanOrEqual(t7.promisedDueAt!.getTime());
  });

  it("every metric for March, no filter, equals the hand computation", async () => {
    const d = await getDashboard({ actor: regulator, now: NOW, input: MARCH });
    expect(d.problems).toEqual([]);
    const m = d.metrics;
    expect(m.applications.value).toBe(5); // A1–A5
    expect(m.fieldReduction).toEqual({ value: 1 - 85 / 320, numerator: 85, denominator: 320 }); // 20+30+10+15+10 / 100+80+40+60+40
    expect(m.materialReduction).toEqual({ value: 1 - 13 / 67, numerator: 13, denominator: 67 }); // 3+5+2+1+2 / 20+15+10+12+10
    expect(m.avgDaysTaken).toEqual({ value: 7, numerator: 14, denominator: 2 }); // A1 4, A2 10
    expect(m.avgStatutorySum).toEqual({ value: 40, numerator: 80, denominator: 2 }); // A1 20+20+0, A2 20+20
    expect(m.avgStatutoryMax).toEqual({ value: 20, numerator: 40, denominator: 2 });
    expect(m.compressionSerial.value).toBeCloseTo(1 - 14 / 80, 12);
    expect(m.compressionParallel.value).toBeCloseTo(1 - 14 / 40, 12);
    // T7 was decided after its unpaused promised date, while its clock was paused: on time.
    expect(m.onTimeRate).toEqual({ value: 0.6, numerator: 3, denominator: 5 }); // T1, T4, T7 of T1–T4, T7
    expect(m.statutoryOnTimeRate).toEqual({ value: 0.8, numerator: 4, denominator: 5 }); // T1, T2, T4, T7
    expect(m.oneTimeRate).toEqual({ value: 0.5, numerator: 1, denominator: 2 }); // A1 (A2 returned and corrected)
    expect(m.returnRate).toEqual({ value: 0.4, numerator: 2, denominator: 5 }); // A2, A4
    expect(m.commitmentShare).toEqual({ value: 0.2, numerator: 1, denominator: 5 }); // A1
    expect(m.pendingShare).toEqual({ value: 0.4, numerator: 2, denominator: 5 }); // A2, A5
    expect(m.avgRating).toEqual({ value: 11 / 3, numerator: 11, denominator: 3 }); // 5, 4 (re-rating), 2
    expect(m.badRatingRate).toEqual({ value: 1 / 3, numerator: 1, denominator: 3 }); // the 2
    expect(m.rectificationRate).toEqual({ value: 0.5, numerator: 1, denominator: 2 }); // YCJ's done, SCJG's open
    expect(d.ratingDistribution).toEqual([0, 1, 0, 1, 1]);
    expect(d.dimensions).toEqual({ overall: 11 / 3, efficiency: 11 / 3, guideAccuracy: 12 / 3, convenience: 10 / 3, usability: 11 / 3 });
    expect(d.overdueTasksNow).toBe(1); // T5 (T6 was never dispatched, T7 is decided)
    expect(d.overdueTicketsNow).toBe(1); // SCJG's call-back was due 2 April
    expect(d.bucket).toBe("day");
    expect(d.trend.map((t) => [t.key, t.counters.applications])).toEqual([
      ["2021-03-01", 2],
      ["2021-03-02", 2],
      ["2021-03-03", 1],
    ]);
  });

  it("a department filter counts that department's applications, tasks, ratings and tickets only", async () => {
    const d = await getDashboard({ actor: regulator, now: NOW, input: { ...MARCH, dept: dept.YCJ } });
    const m = d.metrics;
    expect(m.applications.value).toBe(3); // A1, A3, A5
    expect(m.fieldReduction).toMatchObject({ numerator: 40, denominator: 180 });
    expect(m.avgDaysTaken).toEqual({ value: 4, numerator: 4, denominator: 1 });
    expect(m.onTimeRate).toEqual({ value: 0.5, numerator: 1, denominator: 2 }); // T2 late for its promise, T7 on time (paused)
    expect(m.statutoryOnTimeRate).toEqual({ value: 1, numerator: 2, denominator: 2 });
    expect(m.commitmentShare.value).toBe(0); // A1's commitment is SCJG's liquor permit
    expect(m.returnRate.value).toBe(0);
    expect(m.avgRating).toEqual({ value: 4, numerator: 4, denominator: 1 });
    expect(m.badRatingRate.value).toBe(0);
    expect(m.rectificationRate).toEqual({ value: 1, numerator: 1, denominator: 1 });
    expect(d.overdueTasksNow).toBe(1);
    expect(d.overdueTicketsNow).toBe(0);

    const win = await getDashboard({ actor: regulator, now: NOW, input: { ...MARCH, dept: "WINDOW" } });
    expect(win.metrics.applications.value).toBe(5); // the window receives every application
    expect(win.metrics.avgRating).toEqual({ value: 5, numerator: 5, denominator: 1 }); // its own rating only
  });

  it("matter, industry + batch, a one-day period and contradictory filters", async () => {
    const liquor = await getDashboard({ actor: regulator, now: NOW, input: { ...MARCH, matter: matter.LIQUOR_RETAIL } });
    expect(liquor.metrics.applications.value).toBe(2); // A1, A4
    expect(liquor.metrics.commitmentShare).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(liquor.metrics.onTimeRate).toEqual({ value: 1, numerator: 1, denominator: 1 }); // T1
    expect(liquor.metrics.avgRating.denominator).toBe(2); // A1's window 5 and YCJ 4

    const retail = await getDashboard({ actor: regulator, now: NOW, input: { ...MARCH, industry: "零售", batch: "1" } });
    expect(retail.metrics.applications.value).toBe(4); // A1, A3, A4, A5 (A2's matters are 文化娱乐 and 餐饮)

    const secondOfMarch = await getDashboard({ actor: regulator, now: NOW, input: { from: "2021-03-02", to: "2021-03-02" } });
    expect(secondOfMarch.metrics.applications.value).toBe(2); // A2 (00:30 Shanghai), A3

    const none = await getDashboard({ actor: regulator, now: NOW, input: { ...MARCH, dept: dept.WHLY, matter: matter.LIQUOR_RETAIL } });
    expect(none.matches).toBe(false);
    expect(none.metrics.applications.value).toBe(0);
    expect(none.problems).toHaveLength(1);

    const bad = await getDashboard({ actor: regulator, now: NOW, input: { from: "2021-13-01", to: "2021-03-31", dept: "nope" } });
    expect(bad.problems).toHaveLength(2);
    expect(bad.filters.dept).toBeNull();
  });

  it("drill-down lists exactly the applications behind each number", async () => {
    const list = async (metric: string, extra: Record<string, string> = {}) =>
      (await listMetricApplications({ actor: regulator, now: NOW, input: { ...MARCH, ...extra, metric } })).rows.map((r) => r.id).sort();
    const sorted = (...keys: string[]) => keys.map((k) => ids[k]!).sort();
    expect(await list("applications")).toEqual(sorted("A1", "A2", "A3", "A4", "A5"));
    expect(await list("completed")).toEqual(sorted("A1", "A2"));
    expect(await list("notOneTime")).toEqual(sorted("A2"));
    expect(await list("returned")).toEqual(sorted("A2", "A4"));
    expect(await list("withCommitment")).toEqual(sorted("A1"));
    expect(await list("withPending")).toEqual(sorted("A2", "A5"));
    expect(await list("late")).toEqual(sorted("A1", "A2")); // not A5: decided while paused, on time
    expect(await list("badRated")).toEqual(sorted("A2"));
    expect(await list("overdueNow")).toEqual(sorted("A3"));
    expect(await list("late", { dept: dept.SCJG! })).toEqual([]); // SCJG decided T1 and T4 on time
    expect(await list("late", { dept: dept.YCJ! })).toEqual(sorted("A1")); // T2; T7 was decided while paused
    await expect(listMetricApplications({ actor: regulator, now: NOW, input: { metric: "everything" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the public ranking orders units by bad-rating rate, then rectification rate", async () => {
    const { rows, since } = await getRatingRanking({ now: NOW });
    expect(since).toBe("2021-03-01");
    expect(rows.map((r) => [r.rank, r.unit, r.ratings, r.bad, r.badRate, r.tickets, r.rectified, r.rectificationRate, r.overdueTickets])).toEqual([
      [1, dept.YCJ, 1, 0, 0, 1, 1, 1, 0],
      [2, "WINDOW", 1, 0, 0, 0, 0, null, 0],
      [3, dept.SCJG, 1, 1, 1, 1, 0, 0, 1],
    ]);
  });

  it("is refreshed incrementally: a change recomputes only its day, and the figures follow", async () => {
    const db = getDb();
    const before = await db.metricRollup.findFirstOrThrow({
      where: { day: new Date("2021-03-01T00:00:00Z"), dept: "*", industry: "*", batch: "*", matter: "*" },
    });
    // SCJG rectifies A2's ticket; YCJ decides A3's task on time.
    await db.rectificationTicket.update({
      where: { id: ids.ticketScjg },
      data: { status: "RECTIFIED", calledBackAt: at("2021-04-02T10:00:00+08:00"), rectifiedAt: at("2021-04-08T10:00:00+08:00") },
    });
    await db.approvalTask.update({ where: { id: ids.T5 }, data: { status: "APPROVED", decidedAt: at("2021-03-09T10:00:00+08:00") } });
    const dirty = await db.$queryRaw<{ day: Date }[]>`SELECT DISTINCT day FROM "MetricDirtyDay"`;
    expect(dirty.map((d) => d.day.toISOString().slice(0, 10))).toEqual(["2021-03-02"]);

    const d = await getDashboard({ actor: regulator, now: NOW, input: MARCH });
    expect(d.metrics.rectificationRate).toEqual({ value: 1, numerator: 2, denominator: 2 });
    expect(d.metrics.onTimeRate).toEqual({ value: 4 / 6, numerator: 4, denominator: 6 });
    expect(d.overdueTasksNow).toBe(0);
    expect(d.overdueTicketsNow).toBe(0);
    const after = await db.metricRollup.findFirstOrThrow({
      where: { day: new Date("2021-03-01T00:00:00Z"), dept: "*", industry: "*", batch: "*", matter: "*" },
    });
    expect(after).toEqual(before); // 1 March untouched

    const ranking = await getRatingRanking({ now: NOW });
    expect(ranking.rows.find((r) => r.unit === dept.SCJG)).toMatchObject({ rank: 3, rectificationRate: 1, overdueTickets: 0 });
  });

  it("only those allowed see the dashboard", async () => {
    await expect(getDashboard({ actor: applicant, now: NOW, input: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listMetricApplications({ actor: await sessionUserOf("window"), now: NOW, input: { metric: "applications" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
