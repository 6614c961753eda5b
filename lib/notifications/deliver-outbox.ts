import "server-only";
// Delivers outbox rows (pushes to departments and to the 互联网+监管 / credit platform). The rows are written
// inside the use case's transaction (the transactional outbox); the job queue (lib/jobs) relays them: a
// scheduled job lists the due rows (listDueOutbox) and queues one delivery job per row, and each delivery
// job tries its row once (deliverOutboxMessage); pg-boss retries a failed job with a growing wait
// (./backoff). No transaction and no row lock is held while the receiver is called (a call may take up
// to 15 s): the row is claimed by one short UPDATE, the HTTP call runs, and the outcome is one more.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What the receiving system gets for one row. `attempt` counts from 1. */
export interface OutboxEnvelope {
  id: string;
  topic: string;
  target: string;
  payload: Prisma.JsonValue;
  createdAt: Date;
  attempt: number;
}

/** Delivers one message; resolves when the receiver accepted it, throws (or rejects) when it did not. */
export type OutboxSend = (message: OutboxEnvelope) => Promise<void>;

/** A send that has not answered by then counts as failed (the transport's own timeout is shorter). */
export const SEND_TIMEOUT_MS = 15_000;
/**
 * While a try is under way its row is not due (nextAttemptAt is moved past the longest send), so a second
 * claimer — a job retried after its worker died, a re-queue — passes over it. Shorter than the delivery
 * job's expiry (lib/jobs/queues.ts), so a job retried after a crash finds the row due again.
 */
export const CLAIM_LEASE_MS = SEND_TIMEOUT_MS + 10_000;
const LAST_ERROR_MAX = 500;
const DEFAULT_LIMIT = 200;

function describeError(e: unknown): string {
  const text = e instanceof Error ? e.message || e.name : String(e);
  return text.length > LAST_ERROR_MAX ? `${text.slice(0, LAST_ERROR_MAX - 1)}…` : text;
}

async function sendWithTimeout(send: OutboxSend, message: OutboxEnvelope): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`未在 ${SEND_TIMEOUT_MS / 1000} 秒内得到接收方应答`)), SEND_TIMEOUT_MS);
  });
  try {
    // Promise.resolve().then: a send that throws synchronously is a failed try like any other.
    await Promise.race([Promise.resolve().then(() => send(message)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A due row: PENDING and nextAttemptAt reached. `attempts` sets its delivery job's retry budget. */
export interface DueOutboxRow {
  id: string;
  attempts: number;
}

/** Up to `limit` due rows, oldest due first (the relay queues a delivery job for each). */
export async function listDueOutbox(opts: { now: Date; limit?: number }): Promise<DueOutboxRow[]> {
  return getDb().outboxMessage.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: opts.now } },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: opts.limit ?? DEFAULT_LIMIT,
    select: { id: true, attempts: true },
  });
}

/**
 * - delivered: the receiver accepted it.
 * - retrying / failed: the receiver refused or did not answer; failed when this was the last try.
 * - skipped: nothing to do (delivered meanwhile, FAILED, or gone).
 * - busy: PENDING but not due — another try of it is under way, or its wait is not over.
 */
export type DeliveryOutcome = "delivered" | "retrying" | "failed" | "skipped" | "busy";

export interface DeliveryResult {
  outcome: DeliveryOutcome;
  /** The receiver's refusal (retrying / failed), as recorded on the row. */
  error?: string;
}

/**
 * Tries one row once. `lastTry`: a failure marks the row FAILED (the job has no retry left); otherwise it
 * stays PENDING, not due before `retryAt` (when the queue will try it again at the earliest).
 */
export async function deliverOutboxMessage(opts: { id: string; now: Date; send: OutboxSend; lastTry: boolean; retryAt: Date }): Promise<DeliveryResult> {
  const { id, now, send } = opts;
  const db = getDb();
  // The claim: one statement, committed at once. Counting the try and moving nextAttemptAt past the lease
  // in the same UPDATE means that of two claimers exactly one gets the row.
  const lease = new Date(now.getTime() + CLAIM_LEASE_MS);
  const [row] = await db.$queryRaw<{ id: string; topic: string; target: string; payload: Prisma.JsonValue; createdAt: Date; attempts: number }[]>`
    UPDATE "OutboxMessage" SET attempts = attempts + 1, "nextAttemptAt" = ${lease}
    WHERE id = ${id} AND status = 'PENDING' AND "nextAttemptAt" <= ${now}
    RETURNING id, topic, target, payload, "createdAt", attempts`;
  if (!row) {
    const current = await db.outboxMessage.findUnique({ where: { id }, select: { status: true } });
    return { outcome: current?.status === "PENDING" ? "busy" : "skipped" };
  }

  let failure: string | null = null;
  try {
    await sendWithTimeout(send, { id: row.id, topic: row.topic, target: row.target, payload: row.payload, createdAt: row.createdAt, attempt: row.attempts });
  } catch (e) {
    failure = describeError(e);
  }

  // The outcome: one more short statement, conditional on the claim (the try count it set), so a stale
  // try can never overwrite a newer one. (Should the process die before it, the row is due again once the
  // lease is over and the retried job tries it again: the receiver may get the same id twice, which is
  // why the transport sends it as the idempotency key.)
  const claimed = { id: row.id, status: "PENDING" as const, attempts: row.attempts };
  if (failure === null) {
    await db.outboxMessage.updateMany({ where: claimed, data: { status: "DELIVERED", deliveredAt: now } });
    return { outcome: "delivered" };
  }
  await db.outboxMessage.updateMany({
    where: claimed,
    data: opts.lastTry ? { status: "FAILED", lastError: failure } : { lastError: failure, nextAttemptAt: opts.retryAt },
  });
  return { outcome: opts.lastTry ? "failed" : "retrying", error: failure };
}
