import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, checkSignature, publicKeyOf, signPayload, type LicencePayload } from "./signature";

const payload: LicencePayload = {
  v: 1,
  number: "XK20261123-ABC",
  kind: "PERMIT",
  holderName: "上海金山晨光便利店有限公司",
  uscc: "91310116MA1J2K3L4M",
  matter: { code: "TOBACCO_RETAIL", name: "烟草专卖零售许可" },
  items: ["卷烟、雪茄烟零售"],
  address: "上海市金山区朱泾镇新农路88号",
  validFrom: "2026-11-25",
  validUntil: "2031-11-24",
  issuer: "区烟草专卖局",
  issuedAt: "2026-11-25T07:00:00.000Z",
  version: 1,
  supersedes: null,
};

const keyPair = (keyId: string) => {
  const { privateKey } = generateKeyPairSync("ed25519");
  return { keyId, privateKey };
};

describe("licence signatures", () => {
  const current = keyPair("k2026b");
  const rotatedOut = keyPair("k2026a");
  const published = new Map([
    [current.keyId, publicKeyOf(current.privateKey)],
    [rotatedOut.keyId, publicKeyOf(rotatedOut.privateKey)],
  ]);

  it("verifies what was signed, whatever the key order of the JSON", () => {
    const signed = signPayload(payload, current);
    expect(checkSignature(signed, published)).toBe("valid");
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(signed.payload).reverse())));
    expect(checkSignature({ ...signed, payload: reordered }, published)).toBe("valid");
  });

  it("a one-byte change to the payload is reported as altered", () => {
    const signed = signPayload(payload, current);
    const bytes = Buffer.from(canonicalJson(signed.payload), "utf8");
    // Change one byte of the address (a digit: 88号 → 89号) and parse it back.
    const at = bytes.indexOf(Buffer.from("88号"));
    bytes[at + 1] = bytes[at + 1]! + 1;
    const altered = JSON.parse(bytes.toString("utf8"));
    expect(altered.address).toContain("89号");
    expect(checkSignature({ ...signed, payload: altered }, published)).toBe("altered");
    expect(checkSignature({ ...signed, signature: Buffer.from("x".repeat(64)).toString("base64") }, published)).toBe("altered");
  });

  it("a licence signed by a rotated-out key still verifies while its public key stays published", () => {
    const old = signPayload(payload, rotatedOut);
    expect(checkSignature(old, published)).toBe("valid");
  });

  it("a payload signed by an unknown key fails", () => {
    const stranger = signPayload(payload, keyPair("k-unknown"));
    expect(checkSignature(stranger, published)).toBe("unknown-key");
    // Claiming a known key id does not help a stranger's signature.
    expect(checkSignature({ ...stranger, keyId: current.keyId }, published)).toBe("altered");
  });
});
