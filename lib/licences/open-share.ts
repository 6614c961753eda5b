import "server-only";
// Opening a share link (public, no login): the chosen licences only, each with its live status and the check
// of its signature, with the purpose and expiry the enterprise gave. A revoked or expired link is refused.
// Every open of an existing link is logged with what the visitor got — and nothing about the visitor.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { licenceRowSelect, viewLicence, type LicenceView } from "./licence-view";
import { publishedKeys } from "./signing-key";
import { hashShareToken, isShareTokenShape } from "./share-token";

export type OpenedShare =
  | { outcome: "REVOKED"; revokedAt: Date }
  | { outcome: "EXPIRED"; expiresAt: Date }
  | { outcome: "SHOWN"; purpose: string; expiresAt: Date; licences: LicenceView[] };

export async function openShare(opts: { now: Date; token: string }): Promise<OpenedShare> {
  const { now } = opts;
  assertCan(null, "licence.verify");
  if (!isShareTokenShape(opts.token)) throw new AppError("NOT_FOUND", "domain.licences.errors.share.linkNotFound");

  return getDb().$transaction(async (tx) => {
    const share = await tx.licenceShare.findUnique({
      where: { tokenHash: hashShareToken(opts.token) },
      select: { id: true, purpose: true, expiresAt: true, revokedAt: true },
    });
    if (!share) throw new AppError("NOT_FOUND", "domain.licences.errors.share.linkNotFound");
    const log = (outcome: "SHOWN" | "EXPIRED" | "REVOKED") => tx.licenceShareAccess.create({ data: { shareId: share.id, at: now, outcome } });

    if (share.revokedAt) {
      await log("REVOKED");
      return { outcome: "REVOKED", revokedAt: share.revokedAt };
    }
    if (share.expiresAt.getTime() <= now.getTime()) {
      await log("EXPIRED");
      return { outcome: "EXPIRED", expiresAt: share.expiresAt };
    }
    const [rows, keys] = await Promise.all([
      tx.licence.findMany({ where: { shares: { some: { shareId: share.id } } }, orderBy: [{ kind: "asc" }, { number: "asc" }], select: licenceRowSelect }),
      publishedKeys(tx),
    ]);
    await log("SHOWN");
    return { outcome: "SHOWN", purpose: share.purpose, expiresAt: share.expiresAt, licences: rows.map((r) => viewLicence(r, keys, now)) };
  });
}
