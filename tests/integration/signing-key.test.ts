// The first use of a configured signing key publishes its public key (currentSigningKey). Two first signers at
// once — two issuances in parallel transactions, or two app instances starting — must both get the key and
// leave exactly one published row; an upsert that reads then inserts raced into a unique violation here.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { currentSigningKey, publishedKeys } from "@/lib/licences/signing-key";
import { publicKeyOf } from "@/lib/licences/signature";

const db = () => getDb();

beforeEach(async () => {
  await db().signingKey.deleteMany({});
});

describe("currentSigningKey on an empty key table", () => {
  it("concurrent first calls, each in its own transaction, all succeed and publish the key once", async () => {
    expect(await db().signingKey.count()).toBe(0);
    const keys = await Promise.all(
      Array.from({ length: 8 }, () =>
        db().$transaction(async (tx) => {
          const key = await currentSigningKey(tx);
          // Hold the transaction open a moment, as an issuance does while it signs and writes.
          await tx.$queryRaw`SELECT 1 AS one FROM pg_sleep(0.05)`;
          return key;
        }),
      ),
    );
    const keyId = keys[0]!.keyId;
    expect(keys.every((k) => k.keyId === keyId)).toBe(true);
    const rows = await db().signingKey.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: keyId, publicKey: publicKeyOf(keys[0]!.privateKey), retiredAt: null });
    expect((await publishedKeys(db())).get(keyId)).toBe(rows[0]!.publicKey);
  });

  it("concurrent first calls without a transaction all succeed too", async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => currentSigningKey(db())));
    expect(new Set(keys.map((k) => k.keyId)).size).toBe(1);
    expect(await db().signingKey.count()).toBe(1);
  });

  it("a published key id with another public key is still refused (rotation needs a new key id)", async () => {
    const { keyId } = await currentSigningKey(db());
    await db().signingKey.update({ where: { id: keyId }, data: { publicKey: "MCowBQYDK2VwAyEAother" } });
    await expect(currentSigningKey(db())).rejects.toThrow(keyId);
  });
});
