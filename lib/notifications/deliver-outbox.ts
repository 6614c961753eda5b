import "server-only";
// Delivers due outbox rows (pushes to departments and to the 互联网+监管 / credit platform) with retry.
// Called by the sweep; several portal instances may sweep at the same time.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterFailure } from "./backoff";

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

export interface DeliverOutboxResult {
  /** false: no transport configured — nothing was tried and every row is left exactly as it was. */
  configured: boolean;
  delivered: number;
  retrying: number;
  failed: number;
}

/** A send that has not answered by then counts as failed (the transport's own timeout is shorter). */
export const SEND_TIMEOUT_MS = 15_000;
const LAST_ERROR_MAX = 500;
const DEFAULT_LIMIT = 50;

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

/**
 * Tries up to `limit` due rows (PENDING, nextAttemptAt <= now), oldest due first.
 * `send` null means no transport is configured (OUTBOX_WEBHOOK_URL unset): then nothing is tried and no
 * attempt is burnt — the rows simply wait, and the answer says so.
 */
export async function deliverOutbox(opts: { now: Date; send: OutboxSend | null; limit?: number }): Promise<DeliverOutboxResult> {
  const { now, send, limit = DEFAULT_LIMIT } = opts;
  const result: DeliverOutboxResult = { configured: send !== null, delivered: 0, retrying: 0, failed: 0 };
  if (!send) return result;
  const db = getDb();

  for (let i = 0; i < limit; i++) {
    // One short transaction per row, holding the row lock while it is sent: another instance's
    // SKIP LOCKED passes over it, and once committed the row is no longer due — so no row is delivered
    // twice by two sweeps. (Should the process die mid-send the row is simply due again: the receiver
    // gets the same id twice, which is why the transport sends it as the idempotency key.)
    const outcome = await db.$transaction(
      async (tx) => {
        const [claimed] = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "OutboxMessage"
          WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
          ORDER BY "nextAttemptAt", id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`;
        if (!claimed) return null;
        const row = await tx.outboxMessage.findUniqueOrThrow({ where: { id: claimed.id } });
        const attempts = row.attempts + 1;
        try {
          await sendWithTimeout(send, { id: row.id, topic: row.topic, target: row.target, payload: row.payload, createdAt: row.createdAt, attempt: attempts });
        } catch (e) {
          const next = afterFailure(attempts, now);
          await tx.outboxMessage.update({
            where: { id: row.id },
            data: { attempts, lastError: describeError(e), ...next },
          });
          return next.status === "FAILED" ? "failed" : "retrying";
        }
        await tx.outboxMessage.update({ where: { id: row.id }, data: { attempts, status: "DELIVERED", deliveredAt: now } });
        return "delivered";
      },
      // The transaction must outlive the slowest send (Prisma's default is 5 s).
      { timeout: SEND_TIMEOUT_MS + 10_000 },
    );
    if (!outcome) break;
    result[outcome]++;
  }
  return result;
}
