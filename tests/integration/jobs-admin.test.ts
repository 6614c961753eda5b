// The administrator's job page: a failed job is listed with its error; retrying a failed push delivery
// re-queues its outbox row and gives the job one more try; only administrators may do either.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgBoss } from "pg-boss";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import type { OutboxSend } from "@/lib/notifications/deliver-outbox";
import { getBoss } from "@/lib/jobs/boss";
import { listJobs } from "@/lib/jobs/list-jobs";
import { queueOutboxDelivery } from "@/lib/jobs/queue-outbox";
import { retryJob } from "@/lib/jobs/retry-job";
import { startWorkers } from "@/lib/jobs/start-workers";
import { sessionUserOf } from "../factories";
import { startedBoss, stopBosses, waitFor } from "./jobs-support";

let admin: SessionUser;
let regulator: SessionUser;
let senderBoss: PgBoss;

beforeAll(async () => {
  admin = await sessionUserOf("admin");
  regulator = await sessionUserOf("regulator");
  senderBoss = await getBoss();
});
afterAll(async () => {
  await stopBosses();
  await senderBoss.stop({ graceful: false });
});

describe("the jobs page", () => {
  it("lists a failed delivery with its error; a retry re-queues the row and delivers it", async () => {
    const db = getDb();
    let up = false;
    const send: OutboxSend = async () => {
      if (!up) throw new Error("HTTP 503 gateway maintenance");
    };
    const worker = await startedBoss("admin-page");
    await startWorkers(worker, { send, schedules: false, pollingIntervalSeconds: 0.5 });
    const row = await db.outboxMessage.create({ data: { topic: "credit.record", target: "913101", payload: {}, attempts: 99 } });
    // Past its budget: one try, then failed.
    await queueOutboxDelivery(worker, [{ id: row.id, attempts: row.attempts }]);
    await waitFor("the job failed", async () => (await worker.findJobs("outbox-deliver", { key: row.id }))[0]?.state === "failed");

    const page = await listJobs({ actor: admin, input: { state: "failed" } });
    const listed = page.jobs.find((j) => j.queue === "outbox-deliver");
    expect(listed).toMatchObject({ state: "failed", tries: 1, maxTries: 1, error: "HTTP 503 gateway maintenance" });
    expect(page.queues.find((q) => q.name === "outbox-deliver")?.counts.failed).toBe(1);
    expect(page.page).toBe(1);

    await expect(retryJob({ actor: regulator, now: new Date(), input: { queue: "outbox-deliver", id: listed!.id } })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "FORBIDDEN",
    );
    up = true;
    await retryJob({ actor: admin, now: new Date(), input: { queue: "outbox-deliver", id: listed!.id } });
    await waitFor("the row delivered", async () => (await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).status === "DELIVERED");
    expect(await db.auditLog.count({ where: { action: "job.retry", entityId: listed!.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "outbox.requeue", entityId: row.id } })).toBe(1);
    // Not failed any more: a second retry is refused.
    await waitFor("the job completed", async () => (await worker.findJobs("outbox-deliver", { key: row.id }))[0]?.state === "completed");
    await expect(retryJob({ actor: admin, now: new Date(), input: { queue: "outbox-deliver", id: listed!.id } })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "CONFLICT",
    );
    await expect(listJobs({ actor: regulator, input: {} })).rejects.toSatisfy((e) => e instanceof AppError && e.code === "FORBIDDEN");
  });
});
