import "server-only";
// The inspector's desk of 告知承诺核查 (/dept/verifications): the department's open verifications, the
// earliest due first (rectifications by their deadline), and the latest closed; one verification with the
// commitment that was signed; its evidence file. Scoped to the inspector's department (anyone else: 404).
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { getFileStorage } from "@/lib/files/storage";
import type { ServedFile } from "@/lib/files/file-response";
import type { LicenceStatus, RiskLevel, VerificationStatus } from "@/lib/generated/prisma/enums";
import { OPEN_VERIFICATION } from "./verification-rules";
import { isoDay } from "@/lib/calendar/dates";

export interface VerificationRow {
  id: string;
  status: VerificationStatus;
  riskLevel: RiskLevel;
  holderName: string;
  uscc: string;
  licenceNumber: string;
  licenceStatus: LicenceStatus;
  matter: string;
  dueOn: string;
  rectifyBy: string | null;
  checkedAt: Date | null;
}

const day = (d: Date | null) => (d ? isoDay(d) : null);
const rowSelect = {
  id: true,
  status: true,
  riskLevel: true,
  dueOn: true,
  rectifyBy: true,
  checkedAt: true,
  matter: { select: { name: true } },
  licence: { select: { number: true, status: true, holderName: true, uscc: true } },
} as const;

function toRow(v: {
  id: string;
  status: VerificationStatus;
  riskLevel: RiskLevel;
  dueOn: Date;
  rectifyBy: Date | null;
  checkedAt: Date | null;
  matter: { name: string };
  licence: { number: string; status: LicenceStatus; holderName: string; uscc: string };
}): VerificationRow {
  return {
    id: v.id,
    status: v.status,
    riskLevel: v.riskLevel,
    holderName: v.licence.holderName,
    uscc: v.licence.uscc,
    licenceNumber: v.licence.number,
    licenceStatus: v.licence.status,
    matter: v.matter.name,
    dueOn: day(v.dueOn)!,
    rectifyBy: day(v.rectifyBy),
    checkedAt: v.checkedAt,
  };
}

function departmentOf(actor: SessionUser): string {
  assertCan(actor.role, "verification.record");
  if (!actor.departmentId) throw new AppError("FORBIDDEN", "domain.supervision.errors.noDepartment");
  return actor.departmentId;
}

export async function listVerifications(opts: { actor: SessionUser }): Promise<{ open: VerificationRow[]; closed: VerificationRow[] }> {
  const departmentId = departmentOf(opts.actor);
  const db = getDb();
  const open = await db.commitmentVerification.findMany({
    where: { departmentId, status: { in: [...OPEN_VERIFICATION] } },
    orderBy: [{ rectifyBy: { sort: "asc", nulls: "last" } }, { dueOn: "asc" }],
    take: 200,
    select: rowSelect,
  });
  const closed = await db.commitmentVerification.findMany({
    where: { departmentId, status: { notIn: [...OPEN_VERIFICATION] } },
    orderBy: { closedAt: "desc" },
    take: 20,
    select: rowSelect,
  });
  return { open: open.map(toRow), closed: closed.map(toRow) };
}

export interface VerificationDetail extends VerificationRow {
  selection: string;
  address: string;
  findings: string | null;
  evidence: { fileName: string; sha256: string } | null;
  rectifiedAt: Date | null;
  rectificationNote: string | null;
  inspector: string | null;
  commitment: { signedAt: Date; text: string } | null;
}

export async function getVerification(opts: { actor: SessionUser; id: string }): Promise<VerificationDetail> {
  const departmentId = departmentOf(opts.actor);
  const v = await getDb().commitmentVerification.findFirst({
    where: { id: opts.id, departmentId },
    select: {
      ...rowSelect,
      selection: true,
      findings: true,
      evidenceFileName: true,
      evidenceSha256: true,
      rectifiedAt: true,
      rectificationNote: true,
      inspector: { select: { displayName: true } },
      licence: {
        select: {
          number: true,
          status: true,
          holderName: true,
          uscc: true,
          address: true,
          applicationItem: { select: { commitment: { select: { signedAt: true, text: true } } } },
        },
      },
    },
  });
  if (!v) throw new AppError("NOT_FOUND", "domain.supervision.errors.verification.notFound");
  return {
    ...toRow(v),
    selection: v.selection,
    address: v.licence.address,
    findings: v.findings,
    evidence: v.evidenceFileName && v.evidenceSha256 ? { fileName: v.evidenceFileName, sha256: v.evidenceSha256 } : null,
    rectifiedAt: v.rectifiedAt,
    rectificationNote: v.rectificationNote,
    inspector: v.inspector?.displayName ?? null,
    commitment: v.licence.applicationItem?.commitment ?? null,
  };
}

/** The evidence file, for the department's inspectors. */
export async function readVerificationEvidence(opts: { actor: SessionUser; id: string }): Promise<ServedFile> {
  const departmentId = departmentOf(opts.actor);
  const v = await getDb().commitmentVerification.findFirst({
    where: { id: opts.id, departmentId },
    select: { evidenceFileName: true, evidenceKey: true, evidenceType: true },
  });
  if (!v?.evidenceKey || !v.evidenceFileName || !v.evidenceType) throw new AppError("NOT_FOUND", "domain.supervision.errors.verification.evidenceNotFound");
  const bytes = await getFileStorage().get(v.evidenceKey);
  if (!bytes) throw new AppError("NOT_FOUND", "domain.supervision.errors.verification.evidenceFileGone");
  return { fileName: v.evidenceFileName, contentType: v.evidenceType, bytes };
}
