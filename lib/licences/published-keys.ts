import "server-only";
// The document published at /.well-known/licence-keys.json: every signing key (kid, Ed25519, SPKI DER
// base64), with when it was registered and, once rotated out, retired. Public by nature (licence.verify).
import { getDb } from "@/lib/db";

export interface PublishedKeysDocument {
  keys: { kid: string; alg: "Ed25519"; publicKey: string; createdAt: string; retiredAt: string | null }[];
}

export async function listPublishedKeys(): Promise<PublishedKeysDocument> {
  const rows = await getDb().signingKey.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return {
    keys: rows.map((k) => ({
      kid: k.id,
      alg: "Ed25519",
      publicKey: k.publicKey,
      createdAt: k.createdAt.toISOString(),
      retiredAt: k.retiredAt?.toISOString() ?? null,
    })),
  };
}
