import "server-only";
// 我的分享 (精准授权): the enterprise's share links — licences, purpose, expiry, status, how often each was
// opened and the latest views — and the licences it may share now (for the create form).
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { LicenceKind, LicenceStatus, ShareAccessOutcome } from "@/lib/generated/prisma/enums";
import { UNSHAREABLE_STATUSES } from "./create-share";
import { shareStatus, type ShareStatus } from "./share-token";

/** How many views of each link are listed (the count covers all). */
export const SHARE_ACCESS_LOG_LIMIT = 50;

export interface ShareableLicence {
  id: string;
  number: string;
  kind: LicenceKind;
  status: LicenceStatus;
  matter: string | null;
}

export interface ShareSummary {
  id: string;
  purpose: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  status: ShareStatus;
  licences: { number: string; kind: LicenceKind; matter: string | null }[];
  accessCount: number;
  /** Latest first, at most SHARE_ACCESS_LOG_LIMIT. */
  accesses: { at: Date; outcome: ShareAccessOutcome }[];
}

export async function listShares(opts: { actor: SessionUser; now: Date }): Promise<{ shares: ShareSummary[]; shareable: ShareableLicence[] }> {
  const { actor, now } = opts;
  assertCan(actor.role, "licence.viewOwn");
  if (!actor.enterpriseId) return { shares: [], shareable: [] };
  const db = getDb();
  const [rows, licences] = await Promise.all([
    db.licenceShare.findMany({
      where: { enterpriseId: actor.enterpriseId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        purpose: true,
        createdAt: true,
        expiresAt: true,
        revokedAt: true,
        licences: { select: { licence: { select: { number: true, kind: true, matter: { select: { name: true } } } } }, orderBy: { licenceId: "asc" } },
        accesses: { select: { at: true, outcome: true }, orderBy: [{ at: "desc" }, { id: "desc" }], take: SHARE_ACCESS_LOG_LIMIT },
        _count: { select: { accesses: true } },
      },
    }),
    db.licence.findMany({
      where: { enterpriseId: actor.enterpriseId, status: { notIn: [...UNSHAREABLE_STATUSES] } },
      orderBy: [{ issuedAt: "desc" }, { number: "asc" }],
      select: { id: true, number: true, kind: true, status: true, matter: { select: { name: true } } },
    }),
  ]);
  return {
    shares: rows.map((r) => ({
      id: r.id,
      purpose: r.purpose,
      createdAt: r.createdAt,
      expiresAt: r.expiresAt,
      revokedAt: r.revokedAt,
      status: shareStatus(r, now),
      licences: r.licences.map(({ licence: l }) => ({ number: l.number, kind: l.kind, matter: l.matter?.name ?? null })),
      accessCount: r._count.accesses,
      accesses: r.accesses,
    })),
    shareable: licences.map((l) => ({ id: l.id, number: l.number, kind: l.kind, status: l.status, matter: l.matter?.name ?? null })),
  };
}
