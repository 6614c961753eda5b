import "server-only";
// Shared words of the application and approval stages (lib/base: no domain folder imports another both ways).
import type { Prisma } from "@/lib/generated/prisma/client";

export const UNDECIDED_TASK = ["PENDING", "IN_REVIEW", "CORRECTION_REQUESTED", "ONSITE_CHECK"] as const;

/**
 * THE lock order of the approval stage: the Application row first, then its tasks. Every transaction that
 * changes a task or its clock takes it, so two departments deciding the last two tasks at once settle the
 * application exactly once, and clock refreshes never deadlock. Taking it twice in one transaction is free.
 */
export async function lockApplicationRow(tx: Prisma.TransactionClient, applicationId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${applicationId} FOR UPDATE`;
}
