import "server-only";
// The process's pg-boss instance. pg-boss opens its own small pool (pg) to the portal's database and keeps its
// tables in the `pgboss` schema (created and migrated by start(), under an advisory lock, so instances starting
// together are safe).
import { PgBoss } from "pg-boss";
import { getEnv } from "@/lib/env";
import { JOBS_SCHEMA, QUEUE_NAMES, QUEUES } from "./queues";

export interface BossOptions {
  connectionString: string;
  /** Runs the schedules and the maintenance (expiry, retention) besides sending; false = send only. */
  worker: boolean;
  /** Names this instance in pg-boss's registry (host/pid are added by pg-boss). */
  instanceName?: string;
}

/** A new, not yet started instance. Tests make two of them to stand for two app instances. */
export function createBoss({ connectionString, worker, instanceName = "onelicence" }: BossOptions): PgBoss {
  const boss = new PgBoss({
    connectionString,
    schema: JOBS_SCHEMA,
    application_name: "onelicence-jobs",
    max: 5,
    supervise: worker,
    schedule: worker,
    instanceName,
  });
  boss.on("error", (e) => console.error("[jobs] pg-boss error", e));
  return boss;
}

/** Creates every queue (idempotent) and brings its settings up to date with lib/jobs/queues.ts. */
export async function ensureQueues(boss: PgBoss): Promise<void> {
  for (const name of QUEUE_NAMES) {
    const { policy: _policy, ...options } = QUEUES[name].options;
    await boss.createQueue(name, QUEUES[name].options);
    // createQueue leaves an existing queue alone; the policy cannot change, the rest can.
    await boss.updateQueue(name, options);
  }
}

const g = globalThis as unknown as { onelicenceBoss?: Promise<PgBoss> };

/**
 * The started instance of this process (the web server's, shared with its workers when they run here:
 * lib/jobs/start-workers.ts). Lazily started, so importing this module needs no database (`next build`).
 */
export function getBoss(): Promise<PgBoss> {
  g.onelicenceBoss ??= (async () => {
    const boss = createBoss({ connectionString: getEnv().DATABASE_URL, worker: false });
    await boss.start();
    await ensureQueues(boss);
    return boss;
  })().catch((e) => {
    g.onelicenceBoss = undefined;
    throw e;
  });
  return g.onelicenceBoss;
}

/** Makes `boss` this process's instance (the workers' one), so senders do not open a second pool. */
export function setProcessBoss(boss: PgBoss): void {
  g.onelicenceBoss = Promise.resolve(boss);
}
