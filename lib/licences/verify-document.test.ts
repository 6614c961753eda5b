import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PAYLOAD_VERSION, publicKeyOf, signPayload, type LicencePayload } from "./signature";
import { CHECK_TEXT, exitCodeOf, parsePublishedKeys, verifyDocument } from "./verify-document";

const { privateKey } = generateKeyPairSync("ed25519");
const payload: LicencePayload = {
  v: PAYLOAD_VERSION,
  number: "XK20261123-ABCD1234",
  kind: "PERMIT",
  holderName: "珠海市示例餐饮有限公司",
  uscc: "91440400MA4UXXXX0X",
  matter: { code: "FOOD", name: "食品经营许可" },
  items: ["热食类食品制售"],
  address: "珠海市香洲区示例路 1 号",
  validFrom: "2026-11-23",
  validUntil: "2031-11-22",
  issuer: "珠海市市场监督管理局",
  issuedAt: "2026-11-23T02:00:00.000Z",
  version: 1,
  supersedes: null,
};
const signed = signPayload(payload, { keyId: "k-test", privateKey });
const keysJson = JSON.stringify({
  keys: [{ kid: "k-test", alg: "Ed25519", publicKey: publicKeyOf(privateKey), createdAt: "2026-11-01T00:00:00.000Z", retiredAt: null }],
});
const keys = parsePublishedKeys(keysJson)!;

describe("verifyDocument (offline tamper evidence)", () => {
  it("a downloaded licence as signed is genuine, with its number, holder and validity", () => {
    const r = verifyDocument(JSON.stringify(signed, null, 2), keys);
    expect(r).toEqual({
      ok: true,
      result: "valid",
      licence: { number: payload.number, holderName: payload.holderName, uscc: payload.uscc, validFrom: "2026-11-23", validUntil: "2031-11-22" },
    });
    expect(exitCodeOf(r)).toBe(0);
    expect(CHECK_TEXT.valid).toMatch(/^真实有效/);
  });

  it("one byte changed anywhere in the payload is altered", () => {
    const text = JSON.stringify(signed).replace("2031-11-22", "2041-11-22");
    const r = verifyDocument(text, keys);
    expect(r.ok && r.result).toBe("altered");
    expect(exitCodeOf(r)).toBe(1);
    // A field the summary does not show counts too.
    const items = JSON.stringify(signed).replace("热食类", "冷食类");
    expect(verifyDocument(items, keys)).toMatchObject({ ok: true, result: "altered" });
    expect(CHECK_TEXT.altered).toMatch(/^内容被篡改/);
  });

  it("a key the portal never published is unknown", () => {
    const { privateKey: other } = generateKeyPairSync("ed25519");
    const forged = signPayload(payload, { keyId: "k-forged", privateKey: other });
    const r = verifyDocument(JSON.stringify(forged), keys);
    expect(r.ok && r.result).toBe("unknown-key");
    expect(exitCodeOf(r)).toBe(1);
    // A forged signature under the published key id is altered, not genuine.
    expect(verifyDocument(JSON.stringify({ ...forged, keyId: "k-test" }), keys)).toMatchObject({ ok: true, result: "altered" });
    expect(CHECK_TEXT["unknown-key"]).toMatch(/^签名密钥未知/);
  });

  it("a malformed file gets a clear message, not a crash", () => {
    const notJson = verifyDocument("{ not json", keys);
    expect(notJson).toEqual({ ok: false, key: "domain.licences.errors.file.notJson", error: expect.stringContaining("不是有效的 JSON") });
    expect(exitCodeOf(notJson)).toBe(1);
    expect(verifyDocument(JSON.stringify({ payload }), keys)).toEqual({
      ok: false,
      key: "domain.licences.errors.file.notLicence",
      error: expect.stringContaining("signature"),
    });
    expect(verifyDocument(JSON.stringify({ ...signed, payload: { number: 1 } }), keys)).toMatchObject({ ok: false });
    expect(verifyDocument("[]", keys)).toMatchObject({ ok: false });
  });

  it("reads the published keys document; refuses anything else", () => {
    expect([...keys.keys()]).toEqual(["k-test"]);
    expect(parsePublishedKeys("nope")).toBeNull();
    expect(parsePublishedKeys(JSON.stringify({ keys: [{ kid: "" }] }))).toBeNull();
  });
});
