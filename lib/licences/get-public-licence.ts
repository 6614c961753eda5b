import "server-only";
// 证照核验: one licence by its number — its public fields, live status with the reason, the signature
// check — and, for a version replaced by 变更, the number of the version in force now. Public
// (licence.verify, anonymous too).
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { normalizeCodeInput } from "@/lib/ids/normalize";
import { licenceRowSelect, viewLicence, type LicenceView } from "./licence-view";
import { publishedKeys } from "./signing-key";

export interface PublicLicence {
  licence: LicenceView;
  /** The number of the version that replaced this one, when it is SUPERSEDED. */
  supersededBy: string | null;
}

export async function getPublicLicence(opts: { actor: SessionUser | null; now: Date; number: string }): Promise<PublicLicence> {
  assertCan(opts.actor?.role ?? null, "licence.verify");
  const number = normalizeCodeInput(opts.number);
  if (!number || number.length > 100) throw new AppError("NOT_FOUND", "未找到该编号的证照");
  const db = getDb();
  const [row, keys] = await Promise.all([
    db.licence.findUnique({ where: { number }, select: { ...licenceRowSelect, supersededBy: { select: { number: true } } } }),
    publishedKeys(db),
  ]);
  if (!row) throw new AppError("NOT_FOUND", "未找到该编号的证照");
  const { supersededBy, ...licenceRow } = row;
  return { licence: viewLicence(licenceRow, keys, opts.now), supersededBy: row.status === "SUPERSEDED" ? (supersededBy?.number ?? null) : null };
}
