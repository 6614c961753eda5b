// Electronic licences (电子证照) are signed: the canonical JSON of the licence payload, Ed25519 (node:crypto),
// under a key id whose public key is published. Pure (no database): used by the portal, the public
// verification page and the offline `npm run verify-licence` alike.
import { createPublicKey, sign, verify, type KeyObject } from "node:crypto";

/** 2: the payload names its document (`title`) and, on a business licence, the registered facts. */
export const PAYLOAD_VERSION = 2;

/** What a 营业执照 carries beyond name, code and 住所 (市场主体登记管理条例 第八条、第二十一条). */
export interface RegistrationFacts {
  /** 类型, e.g. 有限责任公司（自然人投资或控股）. */
  entityType: string;
  /** 法定代表人 */
  legalRep: string;
  /** 注册资本 in yuan as a decimal string ("1000000.00"), or null where none is registered. */
  registeredCapital: string | null;
  /** 成立日期 "YYYY-MM-DD". */
  establishedOn: string;
  /** 经营范围 as registered. */
  businessScope: string;
}

export interface LicencePayload {
  /** 1: licences issued before titles and registered facts were signed; 2: now. */
  v: 1 | 2;
  number: string;
  kind: "BUSINESS" | "PERMIT" | "FILING_RECEIPT";
  /** The document's own title (证照名称), e.g. 特种行业许可证（旅馆业）. Absent in v1. */
  title?: string;
  holderName: string;
  uscc: string;
  matter: { code: string; name: string } | null;
  /** 许可项目 / 备案事项 of a permit or a filing receipt (empty on a business licence). */
  items: string[];
  /** 住所 on a business licence; the 经营场所 (premises) on a permit or a filing receipt. */
  address: string;
  /** The registered facts of a business licence (v2). */
  registration?: RegistrationFacts;
  /** "YYYY-MM-DD" (Asia/Shanghai). */
  validFrom: string;
  validUntil: string | null;
  /** 发证部门 (登记机关 on a business licence). */
  issuer: string;
  issuedAt: string;
  version: number;
  /** The number of the licence this version replaces (变更), or null. */
  supersedes: string | null;
}

/** A licence as downloaded: the payload, its signature and the key it was signed under. */
export interface SignedLicence {
  payload: LicencePayload;
  signature: string;
  keyId: string;
}

/** JSON with object keys sorted at every level: one byte sequence per payload, whoever serialises it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

export function signPayload(payload: LicencePayload, key: { keyId: string; privateKey: KeyObject }): SignedLicence {
  const signature = sign(null, Buffer.from(canonicalJson(payload), "utf8"), key.privateKey).toString("base64");
  return { payload, signature, keyId: key.keyId };
}

export type SignatureCheck = "valid" | "altered" | "unknown-key";

/**
 * Checks a signed licence against the published public keys (key id → SPKI DER, base64). "altered": the
 * key is known but the payload (or the signature) is not what was signed — even one byte.
 */
export function checkSignature(licence: { payload: unknown; signature: string; keyId: string }, publicKeys: ReadonlyMap<string, string>): SignatureCheck {
  const spki = publicKeys.get(licence.keyId);
  if (!spki) return "unknown-key";
  try {
    const key = createPublicKey({ key: Buffer.from(spki, "base64"), format: "der", type: "spki" });
    const ok = verify(null, Buffer.from(canonicalJson(licence.payload), "utf8"), key, Buffer.from(licence.signature, "base64"));
    return ok ? "valid" : "altered";
  } catch {
    return "altered";
  }
}

/** The SPKI DER (base64) of a private key's public half: what is published. */
export function publicKeyOf(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ format: "der", type: "spki" }).toString("base64");
}
