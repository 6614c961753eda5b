// Offline tamper evidence (金山方案 000: e-licences are issued with the paper ones and can be checked by
// anyone): a downloaded signed licence (SignedLicence JSON) is checked against the published keys
// (/.well-known/licence-keys.json). Pure: parsing and checking only, no network, no database — the CLI
// scripts/verify-licence.ts reads the files.
import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/core";
import zhLicences from "@/lib/i18n/messages/zh-CN/domain/licences";
import { checkSignature, type LicencePayload, type SignatureCheck } from "./signature";

const ZPayload = z.looseObject({
  number: z.string().min(1),
  holderName: z.string(),
  uscc: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
});

const ZSignedLicence = z.object({
  payload: ZPayload,
  signature: z.string().min(1),
  keyId: z.string().min(1),
});

const ZPublishedKeys = z.object({
  keys: z.array(z.looseObject({ kid: z.string().min(1), publicKey: z.string().min(1) })),
});

export type DocumentCheck =
  | { ok: true; result: SignatureCheck; licence: { number: string; holderName: string; uscc: string; validFrom: string; validUntil: string | null } }
  /** key: the catalog key; error: its words in Chinese, as the CLI says them (the CLI speaks Chinese). */
  | { ok: false; key: MessageKey; error: string };

const refused = (name: keyof typeof zhLicences.errors.file): DocumentCheck => ({
  ok: false,
  key: `domain.licences.errors.file.${name}`,
  error: zhLicences.errors.file[name],
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Published keys (the licence-keys.json document) → key id → SPKI DER base64; null when malformed. */
export function parsePublishedKeys(text: string): Map<string, string> | null {
  const parsed = ZPublishedKeys.safeParse(parseJson(text));
  return parsed.success ? new Map(parsed.data.keys.map((k) => [k.kid, k.publicKey])) : null;
}

/** Parses a downloaded signed licence and checks its signature against the published keys. */
export function verifyDocument(text: string, keys: ReadonlyMap<string, string>): DocumentCheck {
  const json = parseJson(text);
  if (json === undefined) return refused("notJson");
  const parsed = ZSignedLicence.safeParse(json);
  if (!parsed.success) return refused("notLicence");
  // The whole payload as read is checked — every field, not only those shown.
  const raw = json as { payload: LicencePayload; signature: string; keyId: string };
  const result = checkSignature(raw, keys);
  const p = parsed.data.payload;
  return { ok: true, result, licence: { number: p.number, holderName: p.holderName, uscc: p.uscc, validFrom: p.validFrom, validUntil: p.validUntil } };
}

export const CHECK_TEXT: Record<SignatureCheck, string> = {
  valid: "真实有效：签名验证通过，证照内容未被改动",
  altered: "内容被篡改：证照内容与签名不符，请勿采信",
  "unknown-key": "签名密钥未知：签名所用密钥不在已发布的公钥中，无法确认真伪",
};

/** The CLI's exit code: 0 only for a genuine document; 1 for altered, unknown key or not a licence (2, usage, is the CLI's). */
export const exitCodeOf = (check: DocumentCheck): number => (check.ok && check.result === "valid" ? 0 : 1);
