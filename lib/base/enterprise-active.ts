import "server-only";
// Whether an enterprise may still apply: shared by lib/applications (start, submit) and lib/registration (which
// cancels it), so it lives below both and neither imports the other for it.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Refuses new applications from an enterprise that is cancelled (注销) — nothing can be issued to it. Inside
 * a transaction the row stays share-locked, so a cancellation being approved (FOR UPDATE) waits or wins.
 */
export async function assertEnterpriseActive(db: Db, enterpriseId: string | null): Promise<void> {
  if (!enterpriseId) return;
  const rows = await db.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM "Enterprise" WHERE id = ${enterpriseId} FOR SHARE`;
  if (rows[0]?.status === "CANCELLED") throw new AppError("CONFLICT", "domain.registration.errors.enterpriseCancelledNoApply");
}
