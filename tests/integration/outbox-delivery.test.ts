// Outbox delivery against the real database and the real job queue: one try per delivery job, retries with
// pg-boss's growing waits until the row is FAILED, honesty when no transport is configured, no transaction or
// row lock held while the receiver is called, one claimer per row, and the administrator's re-queue. `send`
// is a plain function standing in for the receiving system; Prisma, PostgreSQL and pg-boss are real.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { deliverOutboxMessage, listDueOutbox, type OutboxEnvelope, type OutboxSend } from "@/lib/notifications/deliver-outbox";
import { MAX_ATTEMPTS, earliestRetrySeconds, retryBudget, type OutboxRetry } from "@/lib/notifications/backoff";
import { requeueOutboxMessage } from "@/lib/notifications/requeue-outbox";
import { listOutbox } from "@/lib/notifications/list-outbox";
import { queueOutboxDelivery, relayOutbox } from "@/lib/jobs/queue-outbox";
import { startWorkers } from "@/lib/jobs/start-workers";
import { sessionUserOf } from "../factories";
import { startedBoss, stopBosses, waitFor } from "./jobs-support";

const NOW = new Date("2026-11-23T02:00:00Z");
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
let admin: SessionUser;
let window: SessionUser;

async function makeRows(count: number, opts: { nextAttemptAt?: Date; status?: "PENDING" | "FAILED"; attempts?: number } = {}) {
  const db = getDb();
  const rows = [];
  for (let i = 0; i < count; i++) {
    rows.push(
      await db.outboxMessage.create({
        data: {
          topic: "dual-notice.department",
          target: `DEPT${i}`,
          payload: { n: i },
          status: opts.status ?? "PENDING",
          attempts: opts.attempts ?? 0,
          nextAttemptAt: opts.nextAttemptAt ?? NOW,
          createdAt: new Date(NOW.getTime() - 60_000 + i),
        },
      }),
    );
  }
  return rows;
}

/** A receiver that records what it got and accepts everything. */
function recorder() {
  const calls: OutboxEnvelope[] = [];
  const send: OutboxSend = async (m) => {
    calls.push(m);
  };
  return { calls, send };
}

const failing =
  (message: string): OutboxSend =>
  async () => {
    throw new Error(message);
  };

/** One try as a delivery job makes it, at NOW. */
const tryOnce = (id: string, send: OutboxSend, opts: { now?: Date; lastTry?: boolean } = {}) =>
  deliverOutboxMessage({ id, now: opts.now ?? NOW, send, lastTry: opts.lastTry ?? false, retryAt: minutes(3) });

beforeAll(async () => {
  admin = await sessionUserOf("admin");
  window = await sessionUserOf("window");
});
// Each test's queue instances stop with it, so none works on the next test's rows.
afterEach(stopBosses);

// This file's own database: every test starts from an empty outbox.
beforeEach(async () => {
  await getDb().outboxMessage.deleteMany();
});

describe("one delivery try", () => {
  it("delivers a due row once, marks it DELIVERED; the relay lists due rows only, oldest first", async () => {
    const db = getDb();
    const due = await makeRows(3);
    const [later] = await makeRows(1, { nextAttemptAt: minutes(10) });
    expect((await listDueOutbox({ now: NOW })).map((r) => r.id)).toEqual(due.map((r) => r.id));
    expect(await listDueOutbox({ now: NOW, limit: 2 })).toHaveLength(2);

    const { calls, send } = recorder();
    for (const r of due) expect(await tryOnce(r.id, send)).toEqual({ outcome: "delivered" });
    expect(calls.map((c) => c.id)).toEqual(due.map((r) => r.id));
    expect(calls[0]).toMatchObject({ topic: "dual-notice.department", attempt: 1 });
    for (const r of due) {
      expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
        status: "DELIVERED",
        deliveredAt: NOW,
        attempts: 1,
        lastError: null,
      });
    }
    // Not due yet: not tried, untouched.
    expect(await tryOnce(later!.id, send)).toEqual({ outcome: "busy" });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: later!.id } })).toMatchObject({ status: "PENDING", attempts: 0 });
    // A second job for a delivered row finds nothing to do.
    expect(await tryOnce(due[0]!.id, send)).toEqual({ outcome: "skipped" });
    expect(calls).toHaveLength(3);
    expect(await listDueOutbox({ now: NOW })).toEqual([]);
  });

  it("a failure keeps the row PENDING until the queue's earliest retry, or FAILED on the last try; errors are cut to 500 characters", async () => {
    const db = getDb();
    const [row] = await makeRows(1);
    expect(await tryOnce(row!.id, failing("gateway down"))).toEqual({ outcome: "retrying", error: "gateway down" });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastError: "gateway down",
      nextAttemptAt: minutes(3),
    });
    // Not due before then.
    expect(await tryOnce(row!.id, failing("too early"), { now: minutes(2) })).toEqual({ outcome: "busy" });
    const long = "x".repeat(5_000);
    expect((await tryOnce(row!.id, failing(long), { now: minutes(3), lastTry: true })).outcome).toBe("failed");
    const failed = await db.outboxMessage.findUniqueOrThrow({ where: { id: row!.id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: 2, deliveredAt: null });
    expect(failed.lastError!.length).toBeLessThanOrEqual(500);
    expect(failed.lastError!.startsWith("xxx")).toBe(true);
    // A FAILED row is not due, and a stray job does nothing with it.
    expect(await listDueOutbox({ now: minutes(100_000) })).toEqual([]);
    const { calls, send } = recorder();
    expect(await tryOnce(row!.id, send, { now: minutes(100_000) })).toEqual({ outcome: "skipped" });
    expect(calls).toHaveLength(0);
  });

  it("counts a send that throws synchronously as a failed try", async () => {
    const [row] = await makeRows(1);
    const send: OutboxSend = () => {
      throw new Error("boom");
    };
    expect((await tryOnce(row!.id, send)).outcome).toBe("retrying");
    expect(await getDb().outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({ attempts: 1, lastError: "boom" });
  });

  it("holds no transaction or row lock while the receiver is called: another connection updates the row at once", async () => {
    const db = getDb();
    const [row] = await makeRows(1);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let called!: () => void;
    const inReceiver = new Promise<void>((r) => (called = r));
    const slow: OutboxSend = async () => {
      called();
      await gate; // a receiver that takes its time (up to 15 s in production)
    };
    const delivery = tryOnce(row!.id, slow);
    await inReceiver;

    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      // Would wait for the row lock if the delivery held one; lock_timeout turns that wait into an error.
      await other.query("SET lock_timeout = '500ms'");
      const started = Date.now();
      const updated = await other.query(`UPDATE "OutboxMessage" SET target = 'DEPT-RENAMED' WHERE id = $1`, [row!.id]);
      expect(updated.rowCount).toBe(1);
      expect(Date.now() - started).toBeLessThan(500);
      const idle = await other.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
      );
      expect(idle.rows[0].n).toBe(0);
    } finally {
      await other.end();
    }
    release();
    expect(await delivery).toEqual({ outcome: "delivered" });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({ status: "DELIVERED", target: "DEPT-RENAMED", attempts: 1 });
  });

  it("of two tries of the same row at the same time, one sends it", async () => {
    const [row] = await makeRows(1);
    const calls: string[] = [];
    const send: OutboxSend = async (m) => {
      calls.push(m.id);
      await sleep(300);
    };
    const outcomes = (await Promise.all([tryOnce(row!.id, send), tryOnce(row!.id, send)])).map((r) => r.outcome).sort();
    // The other finds it claimed (busy) or, had the first already finished, delivered (skipped).
    expect(outcomes[0]).toMatch(/^(busy|skipped)$/);
    expect(outcomes[1]).toBe("delivered");
    expect(calls).toEqual([row!.id]);
  });
});

describe("delivery jobs on the queue", () => {
  // Waits of about a second, so the whole retry ladder runs within the test.
  const QUICK: OutboxRetry = { retryLimit: 2, retryDelay: 1, retryBackoff: true, retryDelayMax: 2 };

  it("retries a failing push with growing waits, then marks it FAILED after the last try, the job failed with the error", async () => {
    const db = getDb();
    const boss = await startedBoss("retry");
    const tries: { at: number; attempt: number }[] = [];
    const send: OutboxSend = async (m) => {
      tries.push({ at: Date.now(), attempt: m.attempt });
      throw new Error(`gateway down #${m.attempt}`);
    };
    await startWorkers(boss, { send, outboxRetry: QUICK, schedules: false, pollingIntervalSeconds: 0.5 });
    const [row] = await makeRows(1);
    expect(await relayOutbox(boss, { now: new Date(), configured: true, retry: QUICK })).toEqual({ configured: true, due: 1, queued: 1 });
    // While the job is alive, a relay queues no second one.
    expect((await relayOutbox(boss, { now: new Date(Date.now() + 3_600_000), configured: true, retry: QUICK })).queued).toBe(0);

    await waitFor("the row FAILED", async () => (await db.outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).status === "FAILED");
    expect(tries.map((t) => t.attempt)).toEqual([1, 2, 3]);
    // pg-boss waited at least the backoff's shortest wait before each retry (1 s, then 2 s).
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(earliestRetrySeconds(0, QUICK) * 1000 - 100);
    expect(tries[2]!.at - tries[1]!.at).toBeGreaterThanOrEqual(earliestRetrySeconds(1, QUICK) * 1000 - 100);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({ status: "FAILED", attempts: 3, lastError: "gateway down #3" });
    // The row is recorded FAILED just before the handler throws; then pg-boss keeps the job as failed.
    await waitFor("the job failed", async () => (await boss.findJobs("outbox-deliver", { key: row!.id }))[0]?.state === "failed");
    const [job] = await boss.findJobs("outbox-deliver", { key: row!.id });
    expect(job).toMatchObject({ state: "failed", output: { message: "gateway down #3" } });
    // A FAILED row is never tried again on its own.
    expect(await relayOutbox(boss, { now: new Date(Date.now() + 86_400_000), configured: true })).toMatchObject({ due: 0, queued: 0 });
  });

  it("without a configured transport queues nothing and leaves every row exactly as it was", async () => {
    const db = getDb();
    const boss = await startedBoss("unconfigured");
    await startWorkers(boss, { send: null, schedules: false, pollingIntervalSeconds: 0.5 });
    const rows = [...(await makeRows(3)), ...(await makeRows(1, { status: "FAILED", attempts: MAX_ATTEMPTS }))];
    const before = await db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    expect(await relayOutbox(boss, { now: NOW, configured: false })).toEqual({ configured: false, due: 0, queued: 0 });
    await boss.send("outbox-dispatch", {});
    await sleep(1_500);
    expect(await db.outboxMessage.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    for (const r of rows) expect(await boss.findJobs("outbox-deliver", { key: r.id })).toEqual([]);
  });
});

describe("requeueOutboxMessage", () => {
  it("puts a FAILED row back as PENDING due now, keeps its attempts, audits it; its job has one try, so a failure fails it again", async () => {
    const db = getDb();
    const [row] = await makeRows(1, { status: "FAILED", attempts: MAX_ATTEMPTS, nextAttemptAt: minutes(-600) });
    await db.outboxMessage.update({ where: { id: row!.id }, data: { lastError: "HTTP 503" } });
    const at = minutes(5);

    await requeueOutboxMessage({ actor: admin, now: at, input: { id: row!.id } });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({
      status: "PENDING",
      attempts: MAX_ATTEMPTS,
      nextAttemptAt: at,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "OutboxMessage", entityId: row!.id } });
    expect(audit).toMatchObject({
      actorId: admin.id,
      action: "outbox.requeue",
      at,
      before: { status: "FAILED", attempts: MAX_ATTEMPTS, lastError: "HTTP 503" },
    });

    // Re-queueing a row that is no longer FAILED is refused (e.g. a second administrator's click).
    await expect(requeueOutboxMessage({ actor: admin, now: at, input: { id: row!.id } })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "CONFLICT",
    );
    expect(await db.auditLog.count({ where: { entityId: row!.id } })).toBe(1);

    // Its delivery job gets exactly one try: past the budget, a failure is FAILED at once.
    expect(retryBudget(MAX_ATTEMPTS)).toBe(0);
    let sends = 0;
    const boss = await startedBoss("requeue");
    await startWorkers(boss, {
      send: async () => {
        sends++;
        throw new Error("still down");
      },
      schedules: false,
      pollingIntervalSeconds: 0.5,
    });
    expect(await queueOutboxDelivery(boss, [{ id: row!.id, attempts: MAX_ATTEMPTS }])).toBe(1);
    await waitFor("the row FAILED again", async () => (await db.outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).status === "FAILED");
    expect(sends).toBe(1);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({
      status: "FAILED",
      attempts: MAX_ATTEMPTS + 1,
      lastError: "still down",
    });

    // Re-queued again, it can now go out.
    await requeueOutboxMessage({ actor: admin, now: minutes(10), input: { id: row!.id } });
    const { send } = recorder();
    expect(await tryOnce(row!.id, send, { now: minutes(10), lastTry: true })).toEqual({ outcome: "delivered" });
  });

  it("is for administrators only and answers NOT_FOUND for an unknown row", async () => {
    const [row] = await makeRows(1, { status: "FAILED", attempts: MAX_ATTEMPTS });
    await expect(requeueOutboxMessage({ actor: window, now: NOW, input: { id: row!.id } })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "FORBIDDEN",
    );
    await expect(requeueOutboxMessage({ actor: admin, now: NOW, input: { id: "no-such-row" } })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "NOT_FOUND",
    );
    expect(await getDb().outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({ status: "FAILED" });
  });
});

describe("listOutbox", () => {
  it("counts rows by status and filters the newest rows; administrators only", async () => {
    const [first] = await makeRows(2);
    await makeRows(1, { status: "FAILED", attempts: MAX_ATTEMPTS });
    const { send } = recorder();
    await tryOnce(first!.id, send);

    const all = await listOutbox({ actor: admin });
    expect(all.counts).toEqual({ PENDING: 1, DELIVERED: 1, FAILED: 1 });
    expect(all.rows).toHaveLength(3);
    expect(all.status).toBeUndefined();
    const failed = await listOutbox({ actor: admin, status: "FAILED" });
    expect(failed.rows.map((r) => r.status)).toEqual(["FAILED"]);
    expect((await listOutbox({ actor: admin, status: "bogus" })).rows).toHaveLength(3);
    await expect(listOutbox({ actor: window })).rejects.toSatisfy((e) => e instanceof AppError && e.code === "FORBIDDEN");
  });
});
