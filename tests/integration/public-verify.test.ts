// Public verification (一码展示 / 证照核验) on the real database: anyone, signed in or not, sees an
// enterprise's licences with their live status and signature check; tampering in the database shows as
// "altered"; a revocation shows at once; unknown codes are NOT_FOUND; no ID number is ever in the result.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getPublicEnterprise } from "@/lib/verify/get-public-enterprise";
import { getPublicLicence } from "@/lib/verify/get-public-licence";
import { listPublishedKeys } from "@/lib/licences/published-keys";
import { sessionUserOf } from "../factories";
import { LEGAL_REP_ID, makeSignedEnterprise } from "../factories/licences";

const NOW = new Date("2026-11-24T02:00:00Z");
const db = () => getDb();

describe("getPublicEnterprise", () => {
  it("an anonymous visitor sees the enterprise and every licence, business licence first, all genuine", async () => {
    const { enterprise, numbers } = await makeSignedEnterprise(db());
    const r = await getPublicEnterprise({ actor: null, now: NOW, uscc: enterprise.uscc.toLowerCase() });
    expect(r).toMatchObject({ name: enterprise.name, uscc: enterprise.uscc, status: "ACTIVE", address: enterprise.address, legalRepName: "欧***" });
    expect(r.licences.map((l) => l.kind)).toEqual(["BUSINESS", "PERMIT", "PERMIT", "FILING_RECEIPT"]);
    expect(r.licences.map((l) => l.number).sort()).toEqual([...numbers].sort());
    expect(r.licences.every((l) => l.signature === "valid" && l.status === "VALID" && l.genuineAndValid)).toBe(true);
    // A signed-in user of any role may look too.
    const officer = await sessionUserOf("window");
    expect((await getPublicEnterprise({ actor: officer, now: NOW, uscc: enterprise.uscc })).licences).toHaveLength(4);
  });

  it("no ID number appears in the public result", async () => {
    const { enterprise } = await makeSignedEnterprise(db());
    const r = await getPublicEnterprise({ actor: null, now: NOW, uscc: enterprise.uscc });
    const text = JSON.stringify(r);
    expect(text).not.toContain(LEGAL_REP_ID);
    expect(text).not.toContain("欧阳娜娜");
  });

  it("a payload altered in the database shows as altered; the others stay genuine", async () => {
    const { enterprise, numbers } = await makeSignedEnterprise(db());
    const row = await db().licence.findUniqueOrThrow({ where: { number: numbers[0] } });
    const payload = { ...(row.payload as Record<string, unknown>), validUntil: "2099-12-31" };
    await db().licence.update({ where: { id: row.id }, data: { payload } });
    const r = await getPublicEnterprise({ actor: null, now: NOW, uscc: enterprise.uscc });
    const altered = r.licences.find((l) => l.number === numbers[0])!;
    expect(altered.signature).toBe("altered");
    expect(altered.genuineAndValid).toBe(false);
    expect(r.licences.filter((l) => l.number !== numbers[0]).every((l) => l.signature === "valid")).toBe(true);
    expect((await getPublicLicence({ actor: null, now: NOW, number: numbers[0]! })).licence.signature).toBe("altered");
  });

  it("a revocation shows at once, with its reason; a SUPERSEDED version leaves the enterprise page", async () => {
    const { enterprise, numbers } = await makeSignedEnterprise(db());
    await db().licence.update({ where: { number: numbers[0] }, data: { status: "REVOKED", statusReason: "以欺骗手段取得许可" } });
    const r = await getPublicEnterprise({ actor: null, now: NOW, uscc: enterprise.uscc });
    expect(r.licences.find((l) => l.number === numbers[0])).toMatchObject({
      status: "REVOKED",
      statusReason: "以欺骗手段取得许可",
      signature: "valid",
      genuineAndValid: false,
    });

    // 变更: the old version points to nothing, the new one supersedes it.
    const old = await db().licence.findUniqueOrThrow({ where: { number: numbers[3] } });
    await db().licence.update({ where: { id: old.id }, data: { status: "SUPERSEDED" } });
    await db().licence.update({ where: { number: numbers[1] }, data: { supersedesId: old.id } });
    const after = await getPublicEnterprise({ actor: null, now: NOW, uscc: enterprise.uscc });
    expect(after.licences.map((l) => l.number)).not.toContain(numbers[3]);
    expect(await getPublicLicence({ actor: null, now: NOW, number: numbers[3]! })).toMatchObject({
      licence: { status: "SUPERSEDED" },
      supersededBy: numbers[1],
    });
  });

  it("a licence past its last valid day is expired", async () => {
    const { numbers } = await makeSignedEnterprise(db(), { kinds: ["PERMIT"] });
    const later = new Date("2031-11-23T02:00:00Z");
    expect((await getPublicLicence({ actor: null, now: later, number: numbers[0]!.toLowerCase() })).licence).toMatchObject({
      status: "EXPIRED",
      genuineAndValid: false,
    });
  });

  it("unknown codes are NOT_FOUND", async () => {
    await expect(getPublicEnterprise({ actor: null, now: NOW, uscc: "91440400MA4UXXXX0X" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPublicEnterprise({ actor: null, now: NOW, uscc: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPublicLicence({ actor: null, now: NOW, number: "XK20261123-NOPE" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("published keys", () => {
  it("lists every signing key with alg, SPKI and dates", async () => {
    await makeSignedEnterprise(db(), { kinds: ["BUSINESS"] });
    await db().signingKey.create({ data: { id: "k-retired", publicKey: "MCowBQYDK2VwAyEA", retiredAt: new Date("2026-01-01T00:00:00Z") } });
    const doc = await listPublishedKeys();
    expect(doc.keys.length).toBeGreaterThanOrEqual(2);
    expect(doc.keys.every((k) => k.alg === "Ed25519" && k.publicKey.length > 0 && !Number.isNaN(Date.parse(k.createdAt)))).toBe(true);
    expect(doc.keys.find((k) => k.kid === "k-retired")?.retiredAt).toBe("2026-01-01T00:00:00.000Z");
  });
});
