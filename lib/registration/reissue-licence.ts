import "server-only";
// 联动变更: a licence re-issued after the holder's registered name or address changed. The new version is a
// new row with its own number (rules.ts nextVersionNumber) and a freshly signed payload carrying the new
// facts, its version and the number it replaces; the validity period and the status (a suspension stays a
// suspension) carry over. The old version stays as it was signed and verifies as SUPERSEDED, naming its
// replacement (get-public-licence.ts). Runs inside the caller's transaction, which also writes the audit.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LicenceStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { nextVersionNumber } from "@/lib/registration/rules";
import { certificateTitle } from "@/lib/licences/certificate-title";
import { registrationFacts } from "@/lib/licences/registration-facts";
import { PAYLOAD_VERSION, signPayload, type LicencePayload } from "@/lib/licences/signature";
import type { SigningKey } from "@/lib/licences/signing-key";
import { isoDay } from "@/lib/calendar/dates";

/** What re-issuing reads of the old version. */
export const reissueSelect = {
  id: true,
  number: true,
  kind: true,
  status: true,
  statusReason: true,
  enterpriseId: true,
  matterId: true,
  applicationItemId: true,
  uscc: true,
  address: true,
  items: true,
  validFrom: true,
  validUntil: true,
  issuedByDepartmentId: true,
  version: true,
  payload: true,
  matter: { select: { code: true, name: true, certificateName: true } },
  issuedBy: { select: { name: true } },
} as const satisfies Prisma.LicenceSelect;

export type ReissuableLicence = Prisma.LicenceGetPayload<{ select: typeof reissueSelect }>;

export async function reissueLicence(
  tx: Prisma.TransactionClient,
  opts: { licence: ReissuableLicence; holderName: string; address: string; signer: SigningKey; now: Date },
): Promise<{ id: string; number: string; status: LicenceStatus }> {
  const { licence: old, holderName, address, signer, now } = opts;
  const number = nextVersionNumber(old.number, old.version);
  const version = old.version + 1;
  const items = Array.isArray(old.items) ? old.items.map(String) : [];
  const before = (old.payload ?? {}) as Partial<LicencePayload>;
  // A business licence re-states the registered facts as they are now (the enterprise row, already changed).
  const registration = old.kind === "BUSINESS" ? registrationFacts(await tx.enterprise.findUniqueOrThrow({ where: { id: old.enterpriseId } })) : undefined;
  const payload: LicencePayload = {
    v: PAYLOAD_VERSION,
    number,
    kind: old.kind,
    title: before.title ?? certificateTitle(old.kind, old.matter),
    holderName,
    uscc: old.uscc,
    matter: old.matter ? { code: old.matter.code, name: old.matter.name } : null,
    items,
    address,
    ...(registration ? { registration } : {}),
    validFrom: isoDay(old.validFrom),
    validUntil: old.validUntil ? isoDay(old.validUntil) : null,
    issuer: old.issuedBy.name,
    issuedAt: now.toISOString(),
    version,
    supersedes: old.number,
  };
  const signed = signPayload(payload, signer);
  // Conditional on the status read: a department acting on the old version at this moment makes one lose.
  const retired = await tx.licence.updateMany({ where: { id: old.id, status: old.status }, data: { status: "SUPERSEDED" } });
  if (retired.count !== 1) throw new AppError("CONFLICT", "domain.registration.errors.licenceChanged", { number: old.number });
  const created = await tx.licence.create({
    data: {
      number,
      kind: old.kind,
      status: old.status,
      statusReason: old.statusReason,
      enterpriseId: old.enterpriseId,
      matterId: old.matterId,
      applicationItemId: old.applicationItemId,
      holderName,
      uscc: old.uscc,
      address,
      items,
      validFrom: old.validFrom,
      validUntil: old.validUntil,
      issuedByDepartmentId: old.issuedByDepartmentId,
      issuedAt: now,
      payload: signed.payload as unknown as Prisma.InputJsonValue,
      signature: signed.signature,
      keyId: signed.keyId,
      version,
      supersedesId: old.id,
    },
    select: { id: true, number: true, status: true },
  });
  // A commitment verification follows the licence to its version in force (告知承诺核查 of the same permit).
  await tx.commitmentVerification.updateMany({ where: { licenceId: old.id }, data: { licenceId: created.id } });
  return created;
}
