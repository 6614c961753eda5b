import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { OutboxStatus } from "@/lib/generated/prisma/enums";
import { ZOutboxFilter } from "./schemas";
import { isOutboxConfigured } from "./outbox-transport";

export const OUTBOX_LIST_SIZE = 50;

export interface OutboxOverview {
  configured: boolean;
  counts: Record<OutboxStatus, number>;
  /** The status the rows are filtered by; undefined = all. */
  status: OutboxStatus | undefined;
  rows: {
    id: string;
    topic: string;
    target: string;
    status: OutboxStatus;
    attempts: number;
    lastError: string | null;
    nextAttemptAt: Date;
    deliveredAt: Date | null;
    createdAt: Date;
  }[];
}

/** For the administrator: how many pushes wait, went out or failed, and the newest rows. */
export async function listOutbox(opts: { actor: SessionUser; status?: unknown }): Promise<OutboxOverview> {
  assertCan(opts.actor.role, "outbox.manage");
  const status = ZOutboxFilter.parse(opts.status);
  const db = getDb();
  const [groups, rows] = await Promise.all([
    db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
    db.outboxMessage.findMany({
      where: status ? { status } : {},
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: OUTBOX_LIST_SIZE,
      select: { id: true, topic: true, target: true, status: true, attempts: true, lastError: true, nextAttemptAt: true, deliveredAt: true, createdAt: true },
    }),
  ]);
  const counts = Object.fromEntries(Object.values(OutboxStatus).map((s) => [s, 0])) as Record<OutboxStatus, number>;
  for (const g of groups) counts[g.status] = g._count._all;
  return { configured: isOutboxConfigured(), counts, status, rows };
}
