import "server-only";
// 证照核验: one licence by its number — its public fields, live status with the reason, the signature
// check — and, for a version replaced by 变更, the number of the version in force now. Public
// (licence.verify, anonymous too).
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { normalizeCodeInput } from "@/lib/ids/normalize";
import { licenceRowSelect, viewLicence, type LicenceView } from "@/lib/licences/licence-view";
import { publishedKeys } from "@/lib/licences/signing-key";
import { parseOutcome, premisesNoteOf, type PremisesNote } from "@/lib/base/registration-outcome";

export interface PublicLicence {
  licence: LicenceView;
  /** The number of the version that replaced this one, when it is SUPERSEDED. */
  supersededBy: string | null;
  /** The version this one replaced (变更 re-issue), when it is a later version. */
  supersedes: string | null;
  /** What an approved address change left it with: its own premises kept, or not moved and left for review. */
  premises: PremisesNote | null;
}

export async function getPublicLicence(opts: { actor: SessionUser | null; now: Date; number: string }): Promise<PublicLicence> {
  assertCan(opts.actor?.role ?? null, "licence.verify");
  const number = normalizeCodeInput(opts.number);
  if (!number || number.length > 100) throw new AppError("NOT_FOUND", "domain.verify.errors.licenceNotFound");
  const db = getDb();
  const [row, keys] = await Promise.all([
    db.licence.findUnique({
      where: { number },
      select: { ...licenceRowSelect, enterpriseId: true, supersededBy: { select: { number: true } }, supersedes: { select: { number: true } } },
    }),
    publishedKeys(db),
  ]);
  if (!row) throw new AppError("NOT_FOUND", "domain.verify.errors.licenceNotFound");
  const { supersededBy, supersedes, enterpriseId, ...licenceRow } = row;
  const changes = await db.registrationChange.findMany({
    where: { enterpriseId, status: "APPROVED", kind: "CHANGE", newAddress: { not: null } },
    orderBy: { decidedAt: "desc" },
    take: 50,
    select: { decidedAt: true, newAddress: true, outcome: true },
  });
  return {
    licence: viewLicence(licenceRow, keys, opts.now),
    supersededBy: row.status === "SUPERSEDED" ? (supersededBy?.number ?? null) : null,
    supersedes: supersedes?.number ?? null,
    premises: premisesNoteOf(
      row.number,
      changes.map((c) => ({ ...c, outcome: parseOutcome(c.outcome) })),
    ),
  };
}
