// Two app instances on one database share the job queue and never run the same job twice: many jobs, both
// instances working at once, each job handled exactly once — for a plain queue and for the real outbox
// delivery (relay + delivery jobs, lib/jobs), with PostgreSQL and pg-boss real and only the receiver faked.
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { OutboxSend } from "@/lib/notifications/deliver-outbox";
import { relayOutbox } from "@/lib/jobs/queue-outbox";
import { startWorkers } from "@/lib/jobs/start-workers";
import { startedBoss, stopBosses, waitFor } from "./jobs-support";

afterAll(stopBosses);

describe("two pg-boss instances on one database", () => {
  it("run every job of a queue exactly once between them", async () => {
    const a = await startedBoss("instance-a");
    const b = await startedBoss("instance-b");
    await a.createQueue("test-once");
    const handled: { id: string; by: string; n: number }[] = [];
    for (const [boss, by] of [
      [a, "a"],
      [b, "b"],
    ] as const) {
      await boss.work<{ n: number }>("test-once", { pollingIntervalSeconds: 0.5, batchSize: 5, localConcurrency: 2 }, async (jobs) => {
        for (const job of jobs) handled.push({ id: job.id, by, n: job.data.n });
        await sleep(5); // long enough that both instances hold jobs at the same time
      });
    }
    const count = 200;
    const ids = await a.insert(
      "test-once",
      Array.from({ length: count }, (_, n) => ({ data: { n } })),
      { returnId: true },
    );
    expect(ids).toHaveLength(count);
    await waitFor(`${count} jobs handled`, async () => handled.length >= count);
    await sleep(1_000); // any second run would show up now

    expect(handled).toHaveLength(count);
    expect(new Set(handled.map((h) => h.id)).size).toBe(count);
    expect(new Set(handled.map((h) => h.n)).size).toBe(count);
    // Both instances did work (otherwise the test would prove nothing about sharing).
    expect(handled.filter((h) => h.by === "a").length).toBeGreaterThan(0);
    expect(handled.filter((h) => h.by === "b").length).toBeGreaterThan(0);
    const states = await getDb().$queryRaw<{ state: string; n: number }[]>`
      SELECT state::text AS state, count(*)::int AS n FROM pgboss.job WHERE name = 'test-once' GROUP BY 1`;
    expect(states).toEqual([{ state: "completed", n: count }]);
  });

  it("deliver every outbox row exactly once, though both relay at the same moment", async () => {
    const db = getDb();
    await db.outboxMessage.deleteMany();
    const rows = await Promise.all(
      Array.from({ length: 40 }, (_, i) => db.outboxMessage.create({ data: { topic: "dual-notice.department", target: `DEPT${i}`, payload: { n: i } } })),
    );
    const sent: { id: string; by: string }[] = [];
    const receiver =
      (by: string): OutboxSend =>
      async (m) => {
        sent.push({ id: m.id, by });
        await sleep(20);
      };
    const a = await startedBoss("outbox-a");
    const b = await startedBoss("outbox-b");
    await startWorkers(a, { send: receiver("a"), schedules: false, pollingIntervalSeconds: 0.5 });
    await startWorkers(b, { send: receiver("b"), schedules: false, pollingIntervalSeconds: 0.5 });

    // Both relays list the same 40 due rows; the queue's policy lets one job per row through.
    const now = new Date();
    const [ra, rb] = await Promise.all([relayOutbox(a, { now, configured: true }), relayOutbox(b, { now, configured: true })]);
    expect(ra.due).toBe(40);
    expect(rb.due).toBe(40);
    expect(ra.queued + rb.queued).toBe(40);

    await waitFor("every row delivered", async () => (await db.outboxMessage.count({ where: { status: "DELIVERED" } })) === rows.length);
    // A relay now finds nothing due, and no row is sent again.
    expect(await relayOutbox(a, { now: new Date(), configured: true })).toMatchObject({ due: 0, queued: 0 });
    await sleep(1_000);
    expect(sent).toHaveLength(rows.length);
    expect(new Set(sent.map((s) => s.id))).toEqual(new Set(rows.map((r) => r.id)));
    expect(sent.some((s) => s.by === "a") && sent.some((s) => s.by === "b")).toBe(true);
    expect(await db.outboxMessage.count({ where: { status: "DELIVERED", attempts: 1 } })).toBe(rows.length);
  });
});
