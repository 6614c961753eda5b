import "server-only";
// Queues delivery jobs for outbox rows: by the relay (every minute, every due row) and right after an
// administrator re-queues a row. One job per row at a time: the queue's `exclusive` policy with the row id
// as singletonKey turns a second insert for a row whose job is still alive into nothing.
import type { PgBoss } from "pg-boss";
import { getDb } from "@/lib/db";
import { listDueOutbox, type DueOutboxRow } from "@/lib/notifications/deliver-outbox";
import { OUTBOX_RETRY, retryBudget, type OutboxRetry } from "@/lib/notifications/backoff";
import { getBoss } from "./boss";

export interface OutboxJobData {
  id: string;
}

/** Inserts a job for each row that has none alive; answers how many were new. */
export async function queueOutboxDelivery(boss: PgBoss, rows: readonly DueOutboxRow[], retry: OutboxRetry = OUTBOX_RETRY): Promise<number> {
  if (rows.length === 0) return 0;
  const ids = await boss.insert(
    "outbox-deliver",
    rows.map((r) => ({
      data: { id: r.id } satisfies OutboxJobData,
      singletonKey: r.id,
      retryDelay: retry.retryDelay,
      retryBackoff: retry.retryBackoff,
      retryDelayMax: retry.retryDelayMax,
      retryLimit: retryBudget(r.attempts, retry),
    })),
    { returnId: true },
  );
  return ids?.length ?? 0;
}

export interface RelayResult {
  /** false: no transport configured — nothing was queued and every row is left exactly as it was. */
  configured: boolean;
  due: number;
  queued: number;
}

/** The relay: every due row gets a delivery job (rows whose job is alive are passed over by the policy). */
export async function relayOutbox(boss: PgBoss, opts: { now: Date; configured: boolean; retry?: OutboxRetry; limit?: number }): Promise<RelayResult> {
  if (!opts.configured) return { configured: false, due: 0, queued: 0 };
  const rows = await listDueOutbox({ now: opts.now, limit: opts.limit });
  return { configured: true, due: rows.length, queued: await queueOutboxDelivery(boss, rows, opts.retry) };
}

/** After an administrator re-queued a row: its delivery job now, with the one try its attempts leave it. */
export async function queueRequeuedOutbox(id: string): Promise<void> {
  const row = await getDb().outboxMessage.findUnique({ where: { id }, select: { id: true, attempts: true, status: true } });
  if (row?.status === "PENDING") await queueOutboxDelivery(await getBoss(), [row]);
}
