import "server-only";
// The current signing key comes from configuration (LICENCE_SIGNING_KEY + LICENCE_KEY_ID: generated once for
// the embedded demo by `npm start`, never committed). Its public key is registered the first time it signs,
// so publishing follows rotation by itself: a new key id in the configuration → a new published key; the
// old ones stay published and keep verifying what they signed.
import { createPrivateKey, type KeyObject } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { publicKeyOf } from "./signature";

export interface SigningKey {
  keyId: string;
  privateKey: KeyObject;
}

let cached: { config: string; key: SigningKey } | undefined;

function configuredKey(): SigningKey {
  const { LICENCE_SIGNING_KEY: der, LICENCE_KEY_ID: keyId } = getEnv();
  if (!der || !keyId) throw new Error("未配置证照签名密钥：请设置 LICENCE_SIGNING_KEY 与 LICENCE_KEY_ID（npm start 会为演示环境自动生成）");
  const config = `${keyId}:${der}`;
  if (cached?.config !== config) {
    const privateKey = createPrivateKey({ key: Buffer.from(der, "base64"), format: "der", type: "pkcs8" });
    if (privateKey.asymmetricKeyType !== "ed25519") throw new Error("LICENCE_SIGNING_KEY 必须是 Ed25519 私钥（PKCS#8 DER，base64）");
    cached = { config, key: { keyId, privateKey } };
  }
  return cached.key;
}

/** The key to sign with now; its public key is published (registered) in the same transaction. */
export async function currentSigningKey(db: PrismaClient | Prisma.TransactionClient): Promise<SigningKey> {
  const key = configuredKey();
  const publicKey = publicKeyOf(key.privateKey);
  // INSERT … ON CONFLICT DO NOTHING, then read: two first signers at once (two issuances, or two app instances
  // starting) both publish without either failing on the primary key — an upsert of find-then-create raced
  // into a unique violation. The loser's insert waits for the winner's transaction, then reads its row.
  await db.signingKey.createMany({ data: [{ id: key.keyId, publicKey }], skipDuplicates: true });
  const known = await db.signingKey.findUniqueOrThrow({ where: { id: key.keyId }, select: { publicKey: true } });
  if (known.publicKey !== publicKey) throw new Error(`证照签名密钥 ${key.keyId} 与已发布的公钥不一致：更换密钥时请使用新的 LICENCE_KEY_ID`);
  return key;
}

/** Every published public key (current and rotated out), key id → SPKI DER base64. */
export async function publishedKeys(db: PrismaClient | Prisma.TransactionClient): Promise<Map<string, string>> {
  const rows = await db.signingKey.findMany({ select: { id: true, publicKey: true } });
  return new Map(rows.map((r) => [r.id, r.publicKey]));
}
