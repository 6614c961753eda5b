// Outbox delivery against the real database: retry with backoff, honesty when no transport is configured,
// exactly-once under two concurrent sweeps, and the administrator's re-queue. `send` is a plain function
// standing in for the receiving system; Prisma and PostgreSQL are real.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setTimeout as sleep } from "node:timers/promises";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { deliverOutbox, type OutboxEnvelope, type OutboxSend } from "@/lib/notifications/deliver-outbox";
import { MAX_ATTEMPTS, RETRY_DELAYS_MINUTES } from "@/lib/notifications/backoff";
import { requeueOutboxMessage } from "@/lib/notifications/requeue-outbox";
import { listOutbox } from "@/lib/notifications/list-outbox";
import { sessionUserOf } from "../factories";

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

beforeAll(async () => {
  admin = await sessionUserOf("admin");
  window = await sessionUserOf("window");
});

// This file's own database: every test starts from an empty outbox.
beforeEach(async () => {
  await getDb().outboxMessage.deleteMany();
});

describe("deliverOutbox", () => {
  it("delivers due rows once, marks them DELIVERED, and leaves rows not yet due alone", async () => {
    const db = getDb();
    const due = await makeRows(3);
    const [later] = await makeRows(1, { nextAttemptAt: minutes(10) });
    const { calls, send } = recorder();

    expect(await deliverOutbox({ now: NOW, send })).toEqual({ configured: true, delivered: 3, retrying: 0, failed: 0 });
    expect(calls.map((c) => c.id).sort()).toEqual(due.map((r) => r.id).sort());
    expect(calls[0]).toMatchObject({ topic: "dual-notice.department", attempt: 1 });
    for (const r of due) {
      expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
        status: "DELIVERED",
        deliveredAt: NOW,
        attempts: 1,
        lastError: null,
      });
    }
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: later!.id } })).toMatchObject({ status: "PENDING", attempts: 0 });

    // A second sweep finds nothing due.
    expect(await deliverOutbox({ now: NOW, send })).toEqual({ configured: true, delivered: 0, retrying: 0, failed: 0 });
    expect(calls).toHaveLength(3);
  });

  it("honours the limit", async () => {
    await makeRows(5);
    const { calls, send } = recorder();
    expect((await deliverOutbox({ now: NOW, send, limit: 2 })).delivered).toBe(2);
    expect(calls).toHaveLength(2);
    expect(await getDb().outboxMessage.count({ where: { status: "PENDING" } })).toBe(3);
  });

  it("retries a failing push after growing waits, then marks it FAILED after the last try", async () => {
    const db = getDb();
    const [row] = await makeRows(1);
    let now = NOW;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await deliverOutbox({ now, send: failing(`gateway down #${attempt}`) })).toEqual({ configured: true, delivered: 0, retrying: 1, failed: 0 });
      const after = await db.outboxMessage.findUniqueOrThrow({ where: { id: row!.id } });
      const wait = RETRY_DELAYS_MINUTES[attempt - 1]!;
      expect(after).toMatchObject({ status: "PENDING", attempts: attempt, lastError: `gateway down #${attempt}` });
      expect(after.nextAttemptAt).toEqual(new Date(now.getTime() + wait * 60_000));
      // Not due a moment before the wait is over.
      expect(await deliverOutbox({ now: new Date(after.nextAttemptAt.getTime() - 1), send: failing("too early") })).toMatchObject({ retrying: 0, failed: 0 });
      now = after.nextAttemptAt;
    }
    const longError = "x".repeat(5_000);
    expect(await deliverOutbox({ now, send: failing(longError) })).toEqual({ configured: true, delivered: 0, retrying: 0, failed: 1 });
    const failed = await db.outboxMessage.findUniqueOrThrow({ where: { id: row!.id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, deliveredAt: null });
    expect(failed.lastError!.length).toBeLessThanOrEqual(500);
    expect(failed.lastError!.startsWith("xxx")).toBe(true);
    // A FAILED row is never tried again by a sweep on its own.
    const { calls, send } = recorder();
    await deliverOutbox({ now: minutes(100_000), send });
    expect(calls).toHaveLength(0);
  });

  it("counts a send that throws synchronously as a failed try", async () => {
    const [row] = await makeRows(1);
    const send: OutboxSend = () => {
      throw new Error("boom");
    };
    expect(await deliverOutbox({ now: NOW, send })).toMatchObject({ retrying: 1 });
    expect(await getDb().outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({ attempts: 1, lastError: "boom" });
  });

  it("without a configured transport tries nothing and leaves every row exactly as it was", async () => {
    const db = getDb();
    await makeRows(3);
    await makeRows(1, { status: "FAILED", attempts: MAX_ATTEMPTS });
    const before = await db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    expect(await deliverOutbox({ now: NOW, send: null })).toEqual({ configured: false, delivered: 0, retrying: 0, failed: 0 });
    expect(await db.outboxMessage.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("two sweeps running at the same time deliver every row exactly once", async () => {
    const rows = await makeRows(24);
    const calls: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    // Slow enough that both sweeps hold a row at the same time.
    const send: OutboxSend = async (m) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      calls.push(m.id);
      await sleep(10);
      inFlight--;
    };
    const [a, b] = await Promise.all([deliverOutbox({ now: NOW, send }), deliverOutbox({ now: NOW, send })]);
    expect(maxInFlight).toBe(2);
    expect(a.delivered + b.delivered).toBe(rows.length);
    expect(calls).toHaveLength(rows.length);
    expect(new Set(calls)).toEqual(new Set(rows.map((r) => r.id)));
    expect(await getDb().outboxMessage.count({ where: { status: "DELIVERED", attempts: 1 } })).toBe(rows.length);
  });
});

describe("requeueOutboxMessage", () => {
  it("puts a FAILED row back as PENDING due now, keeps its attempts, audits it; one more failure fails it again", async () => {
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

    expect(await deliverOutbox({ now: at, send: failing("still down") })).toMatchObject({ failed: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({
      status: "FAILED",
      attempts: MAX_ATTEMPTS + 1,
      lastError: "still down",
    });

    // Re-queued again, it can now go out.
    await requeueOutboxMessage({ actor: admin, now: minutes(10), input: { id: row!.id } });
    const { send } = recorder();
    expect(await deliverOutbox({ now: minutes(10), send })).toMatchObject({ delivered: 1 });
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
    await makeRows(2);
    await makeRows(1, { status: "FAILED", attempts: MAX_ATTEMPTS });
    const { send } = recorder();
    await deliverOutbox({ now: NOW, send, limit: 1 });

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
