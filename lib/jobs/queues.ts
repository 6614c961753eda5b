// The background work of the portal as pg-boss queues (PostgreSQL only; pg-boss keeps its tables in its own
// schema, `pgboss`, of the portal's database). One job runs once across every app instance: pg-boss claims
// jobs with SELECT … FOR UPDATE SKIP LOCKED, and a scheduled job is created once per slot however many
// instances keep the schedule. Names, settings and schedules only — no domain code — so the admin page and
// the workers read the same table.
import type { Queue } from "pg-boss";
import { OUTBOX_RETRY } from "@/lib/notifications/backoff";

export const JOBS_SCHEMA = "pgboss";

export const QUEUE_NAMES = ["deadline-sweep", "outbox-dispatch", "outbox-deliver", "metrics-refresh"] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface QueueDef {
  options: Omit<Queue, "name">;
  /** Cron expression (Asia/Shanghai) when the queue runs on a schedule. */
  cron?: string;
}

export const SCHEDULE_TZ = "Asia/Shanghai";

export const QUEUES: Record<QueueName, QueueDef> = {
  // 限时办结: due-soon and overdue reminders, overdue 容缺 materials, overdue rectifications. `stately`: at
  // most one waiting and one running, so a slow run is never overtaken by the next.
  "deadline-sweep": {
    options: { policy: "stately", retryLimit: 2, retryDelay: 60, expireInSeconds: 15 * 60, deleteAfterSeconds: 7 * 86400 },
    cron: "*/5 * * * *",
  },
  // The outbox relay: queues one delivery job for every due outbox row. Failing is harmless: the next
  // minute's run is the retry.
  "outbox-dispatch": {
    options: { policy: "stately", retryLimit: 0, expireInSeconds: 5 * 60, deleteAfterSeconds: 86400 },
    cron: "* * * * *",
  },
  // One job per outbox row (singletonKey = the row id). `exclusive`: at most one job of a row is waiting,
  // retrying or running, so the relay cannot queue a second while the first is alive. pg-boss's retry
  // backoff is the outbox's (lib/notifications/backoff.ts). Expires after 60 s: longer than a send
  // (15 s) and its claim lease (25 s), so a job whose worker died is retried and finds the row due.
  "outbox-deliver": {
    options: { policy: "exclusive", ...OUTBOX_RETRY, expireInSeconds: 60, deleteAfterSeconds: 7 * 86400 },
  },
  // The reform metrics' rollup: days the triggers marked dirty are recomputed (pages read the rollup and
  // compute the few newest dirty days in memory, never writing: lib/metrics/rollup-view.ts).
  "metrics-refresh": {
    options: { policy: "stately", retryLimit: 1, retryDelay: 30, expireInSeconds: 30 * 60, deleteAfterSeconds: 86400 },
    cron: "* * * * *",
  },
};

export function isQueueName(name: string): name is QueueName {
  return (QUEUE_NAMES as readonly string[]).includes(name);
}
