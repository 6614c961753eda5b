// The reform metrics as jobs: the metrics-refresh job stores a day the triggers marked dirty, and the pages'
// read path never writes — run on a connection that refuses every write (as a read replica would), the
// dashboard, its drill-down, the regulator summary and the public ranking all answer, already counting the
// change the refresh has not stored yet.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, getDb, type PrismaClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { getDashboard } from "@/lib/metrics/get-dashboard";
import { getRatingRanking } from "@/lib/metrics/get-rating-ranking";
import { getRegulatorSummary } from "@/lib/metrics/get-regulator-summary";
import { listMetricApplications } from "@/lib/metrics/list-metric-applications";
import { refreshMetrics } from "@/lib/metrics/refresh-metrics";
import { startWorkers } from "@/lib/jobs/start-workers";
import { sessionUserOf } from "../factories";
import { startedBoss, stopBosses, waitFor } from "./jobs-support";

let regulator: SessionUser;
const NOW = new Date();

beforeAll(async () => {
  regulator = await sessionUserOf("regulator");
});
afterEach(stopBosses);

/** A submitted application of its own, its Shanghai day stored, then changed (the day dirty again). */
async function dirtyOneDay(extraFields: number) {
  const db = getDb();
  const applicant = await sessionUserOf("applicant");
  const app = await db.application.create({
    data: {
      applicantId: applicant.id,
      enterpriseId: applicant.enterpriseId,
      status: "SUBMITTED",
      submittedAt: new Date("2021-05-10T02:00:00Z"),
      fieldsTyped: 10,
      fieldsBaseline: 40,
      materialsSubmitted: 2,
      materialsBaseline: 6,
    },
    select: { id: true },
  });
  await refreshMetrics(); // start clean: nothing dirty, the day stored
  const [{ day }] = (await db.$queryRaw<{ day: string }[]>`
    SELECT to_char(metric_day("submittedAt"), 'YYYY-MM-DD') AS day FROM "Application" WHERE id = ${app.id}`) as [{ day: string }];
  const stored = async () =>
    (
      await db.metricRollup.findFirst({
        where: { day: new Date(`${day}T00:00:00Z`), dept: "*", industry: "*", batch: "*", matter: "*" },
        select: { fieldsTyped: true },
      })
    )?.fieldsTyped ?? 0;
  const before = await stored();
  await db.application.update({ where: { id: app.id }, data: { fieldsTyped: { increment: extraFields } } });
  expect(await db.metricDirtyDay.count()).toBeGreaterThan(0);
  return { day, before, stored };
}

describe("metrics as jobs", () => {
  it("the metrics-refresh job stores a dirty day", async () => {
    const db = getDb();
    const { before, stored } = await dirtyOneDay(7);
    expect(await stored()).toBe(before); // not stored yet

    const boss = await startedBoss("metrics");
    await startWorkers(boss, { send: null, schedules: false, pollingIntervalSeconds: 0.5 });
    expect(await boss.send("metrics-refresh", {})).toBeTruthy();
    await waitFor("no dirty day left", async () => (await db.metricDirtyDay.count()) === 0);
    expect(await stored()).toBe(before + 7);
  });

  it("the dashboard, drill-down, summary and public ranking read only, and already count the unstored change", async () => {
    const db = getDb();
    const { day, before } = await dirtyOneDay(5);
    const dirtyRows = await db.metricDirtyDay.count();

    // A client whose every transaction is read-only: any INSERT / UPDATE / DELETE fails.
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set("options", "-c default_transaction_read_only=on");
    const readOnly = createPrismaClient(url.toString());
    await expect(readOnly.metricDirtyDay.deleteMany()).rejects.toThrow(/read-only/);

    const g = globalThis as unknown as { prisma?: PrismaClient };
    const primary = g.prisma;
    g.prisma = readOnly;
    let dashboard: Awaited<ReturnType<typeof getDashboard>>;
    try {
      dashboard = await getDashboard({ actor: regulator, now: NOW, input: { from: day, to: day } });
      await listMetricApplications({ actor: regulator, now: NOW, input: { metric: "applications", from: day, to: day } });
      await getRegulatorSummary({ actor: regulator });
      await getRatingRanking({ now: NOW });
    } finally {
      g.prisma = primary;
      await readOnly.$disconnect();
    }
    expect(dashboard.totals.fieldsTyped).toBe(before + 5);
    expect(dashboard.staleDays).toBe(0);
    // Nothing was stored or cleared by the reads.
    expect(await db.metricDirtyDay.count()).toBe(dirtyRows);

    // The refresh then stores exactly what the page showed.
    await refreshMetrics();
    const after = await getDashboard({ actor: regulator, now: NOW, input: { from: day, to: day } });
    expect(after.totals).toEqual(dashboard.totals);
  });
});
