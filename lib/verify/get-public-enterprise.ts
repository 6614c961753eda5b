import "server-only";
// 一码展示 (珠海方案 001 二(二)4): the code printed on the business licence opens the enterprise's public
// facts and every licence it holds, each with its live status and signature check. Anyone may look
// (licence.verify, anonymous too); nothing personal beyond what a licence shows publicly — the legal
// representative's name is masked and no ID number is ever loaded.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import type { EnterpriseStatus, LicenceKind, RegistrationChangeKind } from "@/lib/generated/prisma/enums";
import { parseOutcome, premisesNoteOf, type PremisesNote, type RegistrationOutcome } from "@/lib/base/registration-outcome";
import { normalizeCodeInput } from "@/lib/ids/normalize";
import { maskName } from "@/lib/ids/resident-id";
import { licenceRowSelect, viewLicence, type LicenceView } from "@/lib/licences/licence-view";
import { publishedKeys } from "@/lib/licences/signing-key";

export interface PublicEnterprise {
  name: string;
  uscc: string;
  status: EnterpriseStatus;
  address: string;
  /** Masked (张*). */
  legalRepName: string;
  /** In force or not, every licence that is not replaced by a newer version; the business licence first. */
  licences: (LicenceView & { premises: PremisesNote | null })[];
  /** Approved 变更/注销 registrations, newest first, with what each did to the licences (公示 of 登记信息). */
  history: PublicRegistrationEvent[];
}

export interface PublicRegistrationEvent extends RegistrationOutcome {
  at: Date;
  kind: RegistrationChangeKind;
  oldName: string;
  newName: string | null;
  oldAddress: string;
  newAddress: string | null;
}

const KIND_ORDER: Record<LicenceKind, number> = { BUSINESS: 0, PERMIT: 1, FILING_RECEIPT: 2 };

export async function getPublicEnterprise(opts: { actor: SessionUser | null; now: Date; uscc: string }): Promise<PublicEnterprise> {
  assertCan(opts.actor?.role ?? null, "licence.verify");
  const uscc = normalizeCodeInput(opts.uscc);
  if (!uscc || uscc.length > 64) throw new AppError("NOT_FOUND", "domain.verify.errors.enterpriseNotFound");
  const db = getDb();
  const [enterprise, keys] = await Promise.all([
    db.enterprise.findUnique({
      where: { uscc },
      select: {
        name: true,
        uscc: true,
        status: true,
        address: true,
        legalRepName: true,
        // A superseded version is reached from its own page (it names its replacement); here only current ones.
        licences: { where: { status: { not: "SUPERSEDED" } }, select: licenceRowSelect },
        registrationChanges: {
          where: { status: "APPROVED" },
          orderBy: { decidedAt: "desc" },
          take: 50,
          select: { kind: true, decidedAt: true, oldName: true, newName: true, oldAddress: true, newAddress: true, outcome: true },
        },
      },
    }),
    publishedKeys(db),
  ]);
  if (!enterprise) throw new AppError("NOT_FOUND", "domain.verify.errors.enterpriseNotFound");
  const changes = enterprise.registrationChanges.map((c) => ({ ...c, outcome: parseOutcome(c.outcome) }));
  const licences = enterprise.licences
    .map((row) => ({ ...viewLicence(row, keys, opts.now), premises: premisesNoteOf(row.number, changes) }))
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.issuedAt.getTime() - b.issuedAt.getTime() || a.number.localeCompare(b.number));
  return {
    name: enterprise.name,
    uscc: enterprise.uscc,
    status: enterprise.status,
    address: enterprise.address,
    legalRepName: maskName(enterprise.legalRepName),
    licences,
    history: changes.map((c) => ({
      at: c.decidedAt!,
      kind: c.kind,
      oldName: c.oldName,
      newName: c.newName,
      oldAddress: c.oldAddress,
      newAddress: c.newAddress,
      ...c.outcome,
    })),
  };
}
