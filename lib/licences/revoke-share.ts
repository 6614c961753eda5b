import "server-only";
// The enterprise withdraws a share link it made: from then on the link answers that it was revoked.
// Revoking again changes nothing (the first revocation time stays).
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { TRevokeShare } from "./share-schemas";

export async function revokeShare(opts: { actor: SessionUser; now: Date; input: TRevokeShare }): Promise<{ revokedAt: Date }> {
  const { actor, now } = opts;
  assertCan(actor.role, "licence.viewOwn");
  const { input } = opts;

  return getDb().$transaction(async (tx) => {
    const share = actor.enterpriseId
      ? await tx.licenceShare.findFirst({ where: { id: input.shareId, enterpriseId: actor.enterpriseId }, select: { id: true, revokedAt: true } })
      : null;
    if (!share) throw new AppError("NOT_FOUND", "domain.licences.errors.share.linkNotOwn");
    if (share.revokedAt) return { revokedAt: share.revokedAt };
    // Only the first revocation counts, even when two arrive at once.
    const { count } = await tx.licenceShare.updateMany({ where: { id: share.id, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) {
      const again = await tx.licenceShare.findUniqueOrThrow({ where: { id: share.id }, select: { revokedAt: true } });
      return { revokedAt: again.revokedAt! };
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "licence.share.revoke",
      entityType: "LicenceShare",
      entityId: share.id,
      before: { revokedAt: null },
      after: { revokedAt: now.toISOString() },
      at: now,
    });
    return { revokedAt: now };
  });
}
