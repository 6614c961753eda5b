// 电子卡包 on the real database: the applicant sees their own enterprise's licences only (current first,
// superseded and revoked marked), downloads exactly the stored signed licence (which checks as valid) and a
// PDF whose text layer carries the holder's name; another enterprise's licence is NOT_FOUND.
import { beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { makeT } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";
import { getWallet, getWalletLicence } from "@/lib/licences/wallet";
import { walletLicenceJson, walletLicencePdf } from "@/lib/licences/wallet-files";
import { checkSignature, type SignedLicence } from "@/lib/licences/signature";
import { publishedKeys } from "@/lib/licences/signing-key";
import { sessionUserOf } from "../factories";
import { makeSignedLicence, type SignedLicenceOptions } from "../factories/licences";

const NOW = new Date("2026-11-23T02:00:00Z");
const db = () => getDb();
let applicant: SessionUser;
let applicant2: SessionUser;
let founder: SessionUser;

let matterCode: string;
/** A signed licence of an enterprise for the first matter, as 统一出件 creates it (issue-results.ts). */
const makeLicence = (enterpriseId: string, opts: Omit<SignedLicenceOptions, "enterpriseId">) =>
  makeSignedLicence(db(), {
    enterpriseId,
    matterCode,
    validUntil: "2031-11-22",
    statusReason: opts.status === "REVOKED" ? "以欺骗手段取得许可" : null,
    ...opts,
  });

let mine: { old: string; current: string; revoked: string; business: string };
let theirs: string;
beforeAll(async () => {
  applicant = await sessionUserOf("applicant");
  applicant2 = await sessionUserOf("applicant2");
  founder = await sessionUserOf("founder");
  matterCode = (await db().matter.findFirstOrThrow({ orderBy: { code: "asc" } })).code;
  const ent = applicant.enterpriseId!;
  const old = await makeLicence(ent, { number: "XK20261101-OLD", kind: "PERMIT", status: "SUPERSEDED", issuedAt: new Date("2026-11-01T02:00:00Z") });
  const current = await makeLicence(ent, {
    number: "XK20261120-NEW",
    kind: "PERMIT",
    issuedAt: new Date("2026-11-20T02:00:00Z"),
    supersedesId: old.id,
    version: 2,
  });
  const revoked = await makeLicence(ent, { number: "XK20261121-REV", kind: "PERMIT", status: "REVOKED", issuedAt: new Date("2026-11-21T02:00:00Z") });
  const business = await makeLicence(ent, { number: "YZ20261001-BIZ", kind: "BUSINESS", issuedAt: new Date("2026-10-01T02:00:00Z") });
  mine = { old: old.id, current: current.id, revoked: revoked.id, business: business.id };
  theirs = (await makeLicence(applicant2.enterpriseId!, { number: "XK20261122-OTHER", kind: "PERMIT" })).id;
});

describe("getWallet", () => {
  it("lists the own enterprise's licences only, current first, superseded and revoked marked, signatures valid", async () => {
    const w = await getWallet({ actor: applicant, now: NOW });
    expect(w.enterprise?.uscc).toBe((await db().enterprise.findUniqueOrThrow({ where: { id: applicant.enterpriseId! } })).uscc);
    // Seeded licences of the same enterprise (if any) may join in; ours keep their relative order.
    const ours = w.licences.filter((l) => l.number.startsWith("XK2026") || l.number.startsWith("YZ2026"));
    expect(w.licences.map((l) => l.number)).not.toContain("XK20261122-OTHER");
    expect(ours.map((l) => [l.number, l.status, l.current])).toEqual([
      ["XK20261120-NEW", "VALID", true],
      ["YZ20261001-BIZ", "VALID", true],
      ["XK20261101-OLD", "SUPERSEDED", false],
      ["XK20261121-REV", "REVOKED", false],
    ]);
    const old = w.licences.find((l) => l.number === "XK20261101-OLD")!;
    expect(old.supersededBy).toBe("XK20261120-NEW");
    expect(w.licences.find((l) => l.number === "XK20261121-REV")!.statusReason).toBe("以欺骗手段取得许可");
    for (const l of ours) expect(l.signature).toBe("valid");
  });

  it("is an honest empty state without an enterprise, and refused to officers", async () => {
    expect(await getWallet({ actor: founder, now: NOW })).toEqual({ enterprise: null, licences: [] });
    await expect(getWallet({ actor: await sessionUserOf("window"), now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("wallet downloads", () => {
  it("the JSON is exactly the stored { payload, signature, keyId } and checks as valid offline", async () => {
    const file = await walletLicenceJson({ actor: applicant, now: NOW, licenceId: mine.current });
    expect(file.fileName).toBe("XK20261120-NEW.json");
    const parsed = JSON.parse(new TextDecoder().decode(file.bytes)) as SignedLicence;
    const row = await db().licence.findUniqueOrThrow({ where: { id: mine.current } });
    expect(parsed).toEqual({ payload: row.payload, signature: row.signature, keyId: row.keyId });
    expect(Object.keys(parsed)).toEqual(["payload", "signature", "keyId"]);
    expect(checkSignature(parsed, await publishedKeys(db()))).toBe("valid");
    expect(checkSignature({ ...parsed, payload: { ...parsed.payload, holderName: "别家公司" } }, await publishedKeys(db()))).toBe("altered");
  });

  it("the PDF carries the holder's Chinese name, the number and a revoked licence's status", async () => {
    const t = makeT(zhCN);
    const file = await walletLicencePdf({ actor: applicant, now: NOW, licenceId: mine.revoked, t });
    expect(file.fileName).toBe("XK20261121-REV.pdf");
    expect(file.bytes.length).toBeLessThan(300 * 1024);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(file.bytes)), { mergePages: true });
    const flat = text.replace(/\s+/g, "");
    const e = await db().enterprise.findUniqueOrThrow({ where: { id: applicant.enterpriseId! } });
    expect(flat).toContain(e.name);
    expect(flat).toContain("XK20261121-REV");
    expect(flat).toContain("状态：已撤销");
    expect(flat).toContain("/verify/licence/XK20261121-REV");
  });

  it("another enterprise's licence, or any licence without an enterprise, is NOT_FOUND", async () => {
    await expect(walletLicenceJson({ actor: applicant, now: NOW, licenceId: theirs })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(walletLicencePdf({ actor: applicant, now: NOW, licenceId: theirs, t: makeT(zhCN) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getWalletLicence({ actor: applicant2, now: NOW, licenceId: mine.business })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getWalletLicence({ actor: founder, now: NOW, licenceId: mine.business })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getWalletLicence({ actor: applicant, now: NOW, licenceId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
