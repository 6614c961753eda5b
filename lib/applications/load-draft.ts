import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";

const include = {
  items: { include: { matter: { include: { materials: { orderBy: { sortOrder: "asc" } }, department: true } }, commitment: true } },
  materials: true,
  pending: true,
} satisfies Prisma.ApplicationInclude;

export type DraftWithItems = Prisma.ApplicationGetPayload<{ include: typeof include }>;

/**
 * The actor's own application, locked for the rest of the transaction (one change at a time per
 * application). Someone else's is NOT_FOUND; one that is no longer a draft is CONFLICT unless allowed.
 */
export async function loadOwnDraftForUpdate(
  tx: Prisma.TransactionClient,
  opts: { actor: SessionUser; applicationId: string; allowSubmitted?: boolean },
): Promise<DraftWithItems> {
  await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${opts.applicationId} AND "applicantId" = ${opts.actor.id} FOR UPDATE`;
  const app = await tx.application.findFirst({ where: { id: opts.applicationId, applicantId: opts.actor.id }, include });
  if (!app) throw new AppError("NOT_FOUND", "domain.applications.errors.notFound");
  if (app.status !== "DRAFT" && !opts.allowSubmitted) throw new AppError("CONFLICT", "domain.applications.errors.alreadySubmitted");
  return app;
}
