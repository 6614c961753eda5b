import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { TRequeueOutbox } from "./schemas";

/**
 * An administrator sends a FAILED push once more: PENDING and due now. The attempt count is kept (it is
 * the row's history), so should it fail again it is FAILED at once rather than retried for hours.
 * The input is parsed once, by the action (ZRequeueOutbox).
 */
export async function requeueOutboxMessage(opts: { actor: SessionUser; now: Date; input: TRequeueOutbox }): Promise<void> {
  const { actor, now } = opts;
  assertCan(actor.role, "outbox.manage");
  const { id } = opts.input;

  await getDb().$transaction(async (tx) => {
    // Conditional on the expected status: two administrators clicking at once re-queue it once.
    const { count } = await tx.outboxMessage.updateMany({ where: { id, status: "FAILED" }, data: { status: "PENDING", nextAttemptAt: now } });
    const row = await tx.outboxMessage.findUnique({ where: { id }, select: { status: true, attempts: true, lastError: true } });
    if (!row) throw new AppError("NOT_FOUND", "domain.notifications.errors.outboxNotFound");
    if (count === 0) throw new AppError("CONFLICT", "domain.notifications.errors.outboxNotFailed");
    await writeAudit(tx, {
      actorId: actor.id,
      action: "outbox.requeue",
      entityType: "OutboxMessage",
      entityId: id,
      before: { status: "FAILED", attempts: row.attempts, lastError: row.lastError },
      after: { status: "PENDING", nextAttemptAt: now.toISOString() },
      at: now,
    });
  });
}
