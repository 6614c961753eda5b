import "server-only";
// 精准授权: the enterprise makes a link for chosen licences of its own, one purpose and an expiry (1–90 days).
// The link's secret is returned once; only its SHA-256 is stored. 珠海方案 001 二(二)4: 电子证照 shown and
// used by the enterprise itself (一码展示/电子卡包) — here to a party it chooses, for a purpose and a time.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { CreateShareInput } from "./share-schemas";
import { hashShareToken, newShareToken } from "./share-token";

/** Licences that can no longer be shown as in force are not shared. */
export const UNSHAREABLE_STATUSES = ["REVOKED", "CANCELLED", "SUPERSEDED"] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

export async function createShare(opts: { actor: SessionUser; now: Date; input: CreateShareInput }): Promise<{ id: string; token: string; expiresAt: Date }> {
  const { actor, now } = opts;
  assertCan(actor.role, "licence.viewOwn");
  const { input } = opts;
  if (!actor.enterpriseId) throw new AppError("NOT_FOUND", "domain.licences.errors.share.noEnterprise");
  const enterpriseId = actor.enterpriseId;

  return getDb().$transaction(async (tx) => {
    const own = await tx.licence.findMany({ where: { id: { in: input.licenceIds }, enterpriseId }, select: { id: true, number: true, status: true } });
    if (own.length !== input.licenceIds.length) throw new AppError("NOT_FOUND", "domain.licences.errors.share.notOwn");
    const unshareable = own.filter((l) => (UNSHAREABLE_STATUSES as readonly string[]).includes(l.status));
    if (unshareable.length)
      throw new AppError("CONFLICT", "domain.licences.errors.share.unshareable", { numbers: unshareable.map((l) => l.number).join(", ") });

    const token = newShareToken();
    const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS);
    const share = await tx.licenceShare.create({
      data: {
        tokenHash: hashShareToken(token),
        enterpriseId,
        createdById: actor.id,
        purpose: input.purpose,
        expiresAt,
        createdAt: now,
        licences: { create: input.licenceIds.map((licenceId) => ({ licenceId })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "licence.share.create",
      entityType: "LicenceShare",
      entityId: share.id,
      after: { licences: own.map((l) => l.number), purpose: input.purpose, expiresAt: expiresAt.toISOString() },
      at: now,
    });
    return { id: share.id, token, expiresAt };
  });
}
