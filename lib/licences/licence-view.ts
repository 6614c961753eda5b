// What anyone may see of a licence and whether it holds (一码展示, 证照核验): its public fields, its live
// status, and the check of its signature. Pure: callers load the row and the published keys. One view for
// the public verification pages, the wallet and share links alike.
import { shanghaiDay, isoDay } from "@/lib/calendar/dates";
import type { LicenceKind, LicenceStatus } from "@/lib/generated/prisma/enums";
import { certificateTitle } from "./certificate-title";
import { checkSignature, type LicencePayload, type RegistrationFacts, type SignatureCheck } from "./signature";

export interface LicenceRow {
  id: string;
  number: string;
  kind: LicenceKind;
  status: LicenceStatus;
  statusReason: string | null;
  holderName: string;
  uscc: string;
  address: string;
  items: unknown;
  validFrom: Date;
  validUntil: Date | null;
  issuedAt: Date;
  version: number;
  payload: unknown;
  signature: string | null;
  keyId: string | null;
  matter: { code: string; name: string; certificateName: string } | null;
  issuedBy: { name: string };
}

export interface LicenceView {
  id: string;
  number: string;
  kind: LicenceKind;
  /** The document's title (证照名称): 营业执照, 特种行业许可证（旅馆业）, 户外招牌设置备案回执 … */
  title: string;
  /** The status now: a VALID licence past its last valid day is EXPIRED. */
  status: LicenceStatus;
  statusReason: string | null;
  holderName: string;
  uscc: string;
  /** 住所 on a business licence; the premises (经营场所) on a permit or a filing receipt. */
  address: string;
  matter: string | null;
  items: string[];
  /** The registered facts a business licence carries (null on permits, receipts and v1 licences). */
  registration: RegistrationFacts | null;
  validFrom: string;
  validUntil: string | null;
  issuer: string;
  issuedAt: Date;
  version: number;
  /** "unsigned": issued before e-licences were signed. */
  signature: SignatureCheck | "unsigned";
  /** The signature holds and the licence is in force: what a verifier wants to know. */
  genuineAndValid: boolean;
}

/** The select that loads a LicenceRow. */
export const licenceRowSelect = {
  id: true,
  number: true,
  kind: true,
  status: true,
  statusReason: true,
  holderName: true,
  uscc: true,
  address: true,
  items: true,
  validFrom: true,
  validUntil: true,
  issuedAt: true,
  version: true,
  payload: true,
  signature: true,
  keyId: true,
  matter: { select: { code: true, name: true, certificateName: true } },
  issuedBy: { select: { name: true } },
} as const;

export function viewLicence(row: LicenceRow, keys: ReadonlyMap<string, string>, now: Date): LicenceView {
  const validUntil = row.validUntil ? isoDay(row.validUntil) : null;
  const expired = row.status === "VALID" && validUntil !== null && validUntil < shanghaiDay(now);
  const status: LicenceStatus = expired ? "EXPIRED" : row.status;
  const signature =
    row.signature && row.keyId && row.payload ? checkSignature({ payload: row.payload, signature: row.signature, keyId: row.keyId }, keys) : "unsigned";
  // The page shows the signed payload's facts: what the signature vouches for, not a column that may differ.
  const p = (signature !== "unsigned" ? row.payload : null) as Partial<LicencePayload> | null;
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    title: p?.title ?? certificateTitle(row.kind, row.matter),
    status,
    statusReason: row.statusReason,
    holderName: p?.holderName ?? row.holderName,
    uscc: p?.uscc ?? row.uscc,
    address: p?.address ?? row.address,
    matter: p?.matter?.name ?? row.matter?.name ?? null,
    items: Array.isArray(p?.items ?? row.items) ? ((p?.items ?? row.items) as unknown[]).map(String) : [],
    registration: row.kind === "BUSINESS" ? (p?.registration ?? null) : null,
    validFrom: p?.validFrom ?? isoDay(row.validFrom),
    validUntil: p?.validUntil ?? validUntil,
    issuer: p?.issuer ?? row.issuedBy.name,
    issuedAt: row.issuedAt,
    version: row.version,
    signature,
    genuineAndValid: signature === "valid" && status === "VALID",
  };
}

/** Public links: one code per enterprise (一码展示), and one per licence. */
export const enterpriseCodePath = (uscc: string) => `/verify/${encodeURIComponent(uscc)}`;
export const licencePath = (number: string) => `/verify/licence/${encodeURIComponent(number)}`;
