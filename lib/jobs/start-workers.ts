import "server-only";
// The workers: one handler per queue (lib/jobs/queues.ts) and the schedules. They run inside each Next.js
// server process, started by instrumentation.ts — not in a worker process of their own — because then every
// deployment of the portal (one machine or several instances behind a load balancer) runs its background
// work with nothing more to deploy or supervise, and pg-boss makes several instances safe: each job is
// claimed by exactly one of them (SKIP LOCKED), and a schedule creates one job per slot however many
// instances keep it. JOBS_WORKER=off leaves a process send-only (e.g. a web tier beside dedicated workers).
import type { JobWithMetadata, PgBoss } from "pg-boss";
import { getEnv } from "@/lib/env";
import { deliverOutboxMessage, type OutboxSend } from "@/lib/notifications/deliver-outbox";
import { outboxSender } from "@/lib/notifications/outbox-transport";
import { OUTBOX_RETRY, earliestRetrySeconds, type OutboxRetry } from "@/lib/notifications/backoff";
import { refreshMetrics } from "@/lib/metrics/refresh-metrics";
import { createBoss, ensureQueues, setProcessBoss } from "./boss";
import { QUEUE_NAMES, QUEUES, SCHEDULE_TZ } from "./queues";
import { relayOutbox, type OutboxJobData } from "./queue-outbox";
import { runDeadlineSweep } from "./run-deadline-sweep";

export interface WorkerDeps {
  /** The outbox transport; null = none configured (rows wait). Default: OUTBOX_WEBHOOK_URL. */
  send?: OutboxSend | null;
  now?: () => Date;
  /** Retry settings of new delivery jobs (tests shorten the waits). */
  outboxRetry?: OutboxRetry;
  pollingIntervalSeconds?: number;
  /** Keep the cron schedules (default true; tests that drive the jobs themselves turn it off). */
  schedules?: boolean;
}

/** Registers every handler (and the schedules) on a started instance. */
export async function startWorkers(boss: PgBoss, deps: WorkerDeps = {}): Promise<void> {
  const send = deps.send === undefined ? outboxSender() : deps.send;
  const now = deps.now ?? (() => new Date());
  const retry = deps.outboxRetry ?? OUTBOX_RETRY;
  const polling = { pollingIntervalSeconds: deps.pollingIntervalSeconds ?? 2 };
  await ensureQueues(boss);
  if (deps.schedules !== false) {
    for (const name of QUEUE_NAMES) {
      const cron = QUEUES[name].cron;
      if (cron) await boss.schedule(name, cron, null, { tz: SCHEDULE_TZ });
    }
  }

  await boss.work("deadline-sweep", polling, async () => runDeadlineSweep({ now: now() }));
  await boss.work("metrics-refresh", polling, async () => refreshMetrics({ maxDays: 60 }));
  await boss.work("outbox-dispatch", polling, async () => relayOutbox(boss, { now: now(), configured: send !== null, retry }));
  const deliverOptions = { ...polling, includeMetadata: true, localConcurrency: 4 } as const;
  await boss.work("outbox-deliver", deliverOptions, async ([job]: JobWithMetadata<OutboxJobData>[]) => {
    if (!job) return null;
    // Queued while a transport was configured, run after it was removed: the row keeps waiting, untried.
    if (!send) return { outcome: "not-configured" };
    const at = now();
    const wait = earliestRetrySeconds(job.retryCount, {
      retryDelay: job.retryDelay,
      retryBackoff: job.retryBackoff,
      retryDelayMax: job.retryDelayMax ?? Number.POSITIVE_INFINITY,
    });
    // A little before pg-boss's earliest retry (its clock is the database's), so the retry finds the row due.
    const retryAt = new Date(at.getTime() + Math.max(0, wait - 2) * 1000);
    const result = await deliverOutboxMessage({ id: job.data.id, now: at, send, lastTry: job.retryCount >= job.retryLimit, retryAt });
    // A refusal fails the job, so pg-boss retries it (or, after the last try, keeps it as failed with the error).
    if (result.outcome === "retrying" || result.outcome === "failed") throw new Error(result.error);
    if (result.outcome === "busy") throw new Error("该推送正在由另一次投递处理，或尚未到重试时间");
    return result;
  });
}

const g = globalThis as unknown as { onelicenceWorkers?: Promise<PgBoss | null> };

/**
 * Starts this server process's workers once (instrumentation.ts). Off when JOBS_WORKER=off; a database
 * that cannot be reached is logged and the web server keeps serving (the next start tries again).
 */
export function startJobWorkersFromEnv(): Promise<PgBoss | null> {
  g.onelicenceWorkers ??= (async () => {
    const env = getEnv();
    if (env.JOBS_WORKER === "off") return null;
    const boss = createBoss({ connectionString: env.DATABASE_URL, worker: true });
    try {
      await boss.start();
      setProcessBoss(boss);
      await startWorkers(boss);
      console.log("[onelicence] 后台任务已启动（pg-boss）：期限巡检、推送投递、指标刷新");
      return boss;
    } catch (e) {
      console.error("[onelicence] 后台任务未能启动", e);
      await boss.stop({ graceful: false }).catch(() => {});
      return null;
    }
  })();
  return g.onelicenceWorkers;
}
