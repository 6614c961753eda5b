import "server-only";
// 电子卡包 (珠海方案 001 二(二)4): the enterprise's own electronic licences in one place — every licence ever
// issued to the actor's enterprise with its live status and the check of its signature, the ones in force
// first; a replaced (变更), revoked or cancelled licence stays listed, marked, for reference. 金山方案: the
// e-licence is issued with the paper one, so the wallet also gives the printable PDF and the signed file.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import type { LicenceStatus, VerificationStatus } from "@/lib/generated/prisma/enums";
import { publishedKeys } from "./signing-key";
import { licenceRowSelect, viewLicence, type LicenceView } from "./licence-view";
import type { LicencePayload, SignedLicence } from "./signature";
import { isoDay } from "@/lib/calendar/dates";

export interface WalletLicence extends LicenceView {
  /** In force or only paused (VALID, SUSPENDED): listed first. */
  current: boolean;
  /** The number of the version that replaced this one (变更), if any. */
  supersededBy: string | null;
  /** Whether a signed data file (JSON) can be downloaded. */
  signed: boolean;
  /** 告知承诺核查 of a permit granted on commitment, when it was selected. */
  verification: { status: VerificationStatus; dueOn: string; rectifyBy: string | null; findings: string | null } | null;
}

export interface Wallet {
  /** Null: the account is not linked to an enterprise (yet). */
  enterprise: { name: string; uscc: string } | null;
  licences: WalletLicence[];
}

const ORDER: Record<LicenceStatus, number> = { VALID: 0, SUSPENDED: 1, EXPIRED: 2, SUPERSEDED: 3, REVOKED: 4, CANCELLED: 5 };

const walletSelect = { ...licenceRowSelect, enterpriseId: true, supersededBy: { select: { number: true } } } as const;

export async function getWallet(opts: { actor: SessionUser; now: Date }): Promise<Wallet> {
  const { actor, now } = opts;
  assertCan(actor.role, "licence.viewOwn");
  if (!actor.enterpriseId) return { enterprise: null, licences: [] };
  const db = getDb();
  const [enterprise, rows, keys] = await Promise.all([
    db.enterprise.findUnique({ where: { id: actor.enterpriseId }, select: { name: true, uscc: true } }),
    db.licence.findMany({
      where: { enterpriseId: actor.enterpriseId },
      select: { ...walletSelect, verification: { select: { status: true, dueOn: true, rectifyBy: true, findings: true } } },
      orderBy: [{ issuedAt: "desc" }, { number: "asc" }],
    }),
    publishedKeys(db),
  ]);
  if (!enterprise) return { enterprise: null, licences: [] };
  const licences = rows.map((row): WalletLicence => {
    const view = viewLicence(row, keys, now);
    const v = row.verification;
    return {
      ...view,
      current: view.status === "VALID" || view.status === "SUSPENDED",
      supersededBy: row.supersededBy?.number ?? null,
      signed: view.signature !== "unsigned",
      verification: v ? { status: v.status, dueOn: isoDay(v.dueOn), rectifyBy: v.rectifyBy?.toISOString().slice(0, 10) ?? null, findings: v.findings } : null,
    };
  });
  // Stable sort: by status group, newest first within a group (the query's order).
  licences.sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return { enterprise, licences };
}

/** One licence of the actor's own enterprise, for the downloads; another's (or none) → NOT_FOUND. */
export async function getWalletLicence(opts: {
  actor: SessionUser;
  now: Date;
  licenceId: string;
}): Promise<{ view: LicenceView; signed: SignedLicence | null }> {
  const { actor, now } = opts;
  assertCan(actor.role, "licence.viewOwn");
  const db = getDb();
  const row = actor.enterpriseId ? await db.licence.findFirst({ where: { id: opts.licenceId, enterpriseId: actor.enterpriseId }, select: walletSelect }) : null;
  if (!row) throw new AppError("NOT_FOUND", "domain.licences.errors.notFound");
  const view = viewLicence(row, await publishedKeys(db), now);
  // Exactly what was stored and signed: the offline verifier (npm run verify-licence) checks these bytes.
  const signed =
    row.payload && row.signature && row.keyId ? { payload: row.payload as unknown as LicencePayload, signature: row.signature, keyId: row.keyId } : null;
  return { view, signed };
}
