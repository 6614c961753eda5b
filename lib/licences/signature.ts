// Electronic licences (电子证照) are signed: the canonical JSON of the licence payload, Ed25519 (node:crypto),
// under a key id whose public key is published. Pure (no database): used by the portal, the public
// verification page and the offline `npm run verify-licence` alike.
import { createPublicKey, sign, verify, type KeyObject } from "node:crypto";

export const PAYLOAD_VERSION = 1;

export interface LicencePayload {
  v: typeof PAYLOAD_VERSION;
  number: string;
  kind: "BUSINESS" | "PERMIT" | "FILING_RECEIPT";
  holderName: string;
  uscc: string;
  matter: { code: string; name: string } | null;
  items: string[];
  address: string;
  /** "YYYY-MM-DD" (Asia/Shanghai). */
  validFrom: string;
  validUntil: string | null;
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
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
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
