// Helpers for the job-queue tests: pg-boss instances on this test file's own database, standing for separate
// app instances (each its own pool, as two servers would have), stopped after the file.
import { setTimeout as sleep } from "node:timers/promises";
import type { PgBoss } from "pg-boss";
import { createBoss } from "@/lib/jobs/boss";

const started: PgBoss[] = [];

/** A started instance (maintenance on, as a server's workers run), named for the test's messages. */
export async function startedBoss(name: string): Promise<PgBoss> {
  const boss = createBoss({ connectionString: process.env.DATABASE_URL!, worker: true, instanceName: name });
  await boss.start();
  started.push(boss);
  return boss;
}

export async function stopBosses(): Promise<void> {
  await Promise.all(started.splice(0).map((b) => b.stop({ graceful: true, timeout: 5_000 }).catch(() => {})));
}

/** Polls `check` until it answers true, or fails after `ms`. */
export async function waitFor(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await sleep(100);
  }
}
