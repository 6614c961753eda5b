import "server-only";
// An administrator runs a failed job once more. A failed push delivery is its outbox row's last failure: the
// row is re-queued as well (the same use case as the outbox page, audited there), so the retried job finds it
// PENDING and tries it exactly once more. Any other job is simply retried (pg-boss gives it one more try).
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requeueOutboxMessage } from "@/lib/notifications/requeue-outbox";
import { getBoss } from "./boss";
import type { OutboxJobData } from "./queue-outbox";
import type { TRetryJob } from "./schemas";

export async function retryJob(opts: { actor: SessionUser; now: Date; input: TRetryJob }): Promise<void> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "jobs.manage");
  const boss = await getBoss();
  const [job] = await boss.findJobs<OutboxJobData>(input.queue, { id: input.id });
  if (!job) throw new AppError("NOT_FOUND", "jobs.errors.notFound");
  if (job.state !== "failed") throw new AppError("CONFLICT", "jobs.errors.notFailed");
  if (input.queue === "outbox-deliver" && job.data?.id) {
    const row = await getDb().outboxMessage.findUnique({ where: { id: job.data.id }, select: { status: true } });
    if (row?.status === "FAILED") await requeueOutboxMessage({ actor, now, input: { id: job.data.id } });
  }
  // (pg-boss's typings leave CommandResponse empty; it carries the count of jobs changed.)
  const { affected } = (await boss.retry(input.queue, input.id)) as { affected?: number };
  // Conditional on the failed state inside pg-boss: of two administrators clicking at once, one retries it.
  if (affected === 0) throw new AppError("CONFLICT", "jobs.errors.notFailed");
  await writeAudit(getDb(), {
    actorId: actor.id,
    action: "job.retry",
    entityType: "Job",
    entityId: input.id,
    before: { queue: input.queue, state: "failed", output: (job.output ?? null) as never },
    after: { state: "retry" },
    at: now,
  });
}
