// 精准授权 on the real database: a link shows only the licences chosen (not the enterprise's others), another
// enterprise's licence cannot be shared (and nothing is written), a revoked or expired link is refused,
// every open is logged with its outcome, and the link's secret is stored only as its SHA-256.
import { parseInput } from "@/lib/errors";
import { ZCreateShare } from "@/lib/licences/share-schemas";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { LicenceKind } from "@/lib/generated/prisma/client";
import { createShare } from "@/lib/licences/create-share";
import { revokeShare } from "@/lib/licences/revoke-share";
import { listShares } from "@/lib/licences/list-shares";
import { openShare } from "@/lib/licences/open-share";
import { hashShareToken } from "@/lib/licences/share-token";
import { sessionUserOf } from "../factories";
import { makeSignedLicence } from "../factories/licences";

const NOW = new Date("2026-11-23T02:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const db = () => getDb();

let applicant: SessionUser;
let applicant2: SessionUser;
/** A signed licence of the actor's enterprise, as 统一出件 writes it. */
const makeLicence = (owner: SessionUser, kind: LicenceKind, status: "VALID" | "REVOKED" = "VALID") =>
  makeSignedLicence(db(), { enterpriseId: owner.enterpriseId!, kind, status });

/** As the action does it: the schema parses the form's input, then the domain acts on the typed input. */
const shareVia = (actor: SessionUser, input: unknown) => Promise.resolve().then(() => createShare({ actor, now: NOW, input: parseInput(ZCreateShare, input) }));

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string }) => e.code ?? "UNEXPECTED",
  );

beforeAll(async () => {
  applicant = await sessionUserOf("applicant");
  applicant2 = await sessionUserOf("applicant2");
});

describe("精准授权 share links", () => {
  it("shows only the chosen licence, with its signature checked, and stores only the token's hash", async () => {
    const permit = await makeLicence(applicant, "PERMIT");
    const other = await makeLicence(applicant, "BUSINESS");
    const { id, token } = await shareVia(applicant, { licenceIds: [permit.id], purpose: "投标资格审查", expiresInDays: 7 });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const row = await db().licenceShare.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).not.toBe(token);
    expect(row.tokenHash).toBe(hashShareToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime()).toBe(NOW.getTime() + 7 * DAY);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityType: "LicenceShare", entityId: id, action: "licence.share.create" } });
    expect(JSON.stringify(audit)).not.toContain(token);

    const opened = await openShare({ now: new Date(NOW.getTime() + DAY), token });
    expect(opened.outcome).toBe("SHOWN");
    if (opened.outcome !== "SHOWN") return;
    expect(opened.purpose).toBe("投标资格审查");
    expect(opened.licences.map((l) => l.number)).toEqual([permit.number]);
    expect(opened.licences.map((l) => l.number)).not.toContain(other.number);
    expect(opened.licences[0]!.signature).toBe("valid");
    expect(opened.licences[0]!.genuineAndValid).toBe(true);

    // An unknown token (right shape) and a malformed one are not found, and log nothing.
    expect(await errorOf(openShare({ now: NOW, token: "A".repeat(43) }))).toBe("NOT_FOUND");
    expect(await errorOf(openShare({ now: NOW, token: "not-a-token" }))).toBe("NOT_FOUND");
    expect(await db().licenceShareAccess.count({ where: { shareId: id } })).toBe(1);
  });

  it("refuses another enterprise's licence and writes nothing", async () => {
    const mine = await makeLicence(applicant, "PERMIT");
    const theirs = await makeLicence(applicant2, "PERMIT");
    const before = { shares: await db().licenceShare.count(), items: await db().licenceShareItem.count(), audit: await db().auditLog.count() };
    expect(await errorOf(shareVia(applicant, { licenceIds: [mine.id, theirs.id], purpose: "银行开户", expiresInDays: 3 }))).toBe("NOT_FOUND");
    expect(await errorOf(shareVia(applicant, { licenceIds: ["nope"], purpose: "银行开户", expiresInDays: 3 }))).toBe("NOT_FOUND");
    expect({ shares: await db().licenceShare.count(), items: await db().licenceShareItem.count(), audit: await db().auditLog.count() }).toEqual(before);
  });

  it("refuses bad input and licences no longer in force", async () => {
    const mine = await makeLicence(applicant, "PERMIT");
    const revoked = await makeLicence(applicant, "PERMIT", "REVOKED");
    expect(await errorOf(shareVia(applicant, { licenceIds: [], purpose: "银行开户", expiresInDays: 3 }))).toBe("BAD_INPUT");
    expect(await errorOf(shareVia(applicant, { licenceIds: [mine.id], purpose: "x", expiresInDays: 3 }))).toBe("BAD_INPUT");
    expect(await errorOf(shareVia(applicant, { licenceIds: [mine.id], purpose: "银行开户", expiresInDays: 91 }))).toBe("BAD_INPUT");
    expect(await errorOf(shareVia(applicant, { licenceIds: [mine.id], purpose: "银行开户", expiresInDays: 0 }))).toBe("BAD_INPUT");
    expect(await errorOf(shareVia(applicant, { licenceIds: [revoked.id], purpose: "银行开户", expiresInDays: 3 }))).toBe("CONFLICT");
    const window = await sessionUserOf("window");
    expect(await errorOf(shareVia(window, { licenceIds: [mine.id], purpose: "银行开户", expiresInDays: 3 }))).toBe("FORBIDDEN");
  });

  it("answers REVOKED after revocation (idempotent, own only) and logs every open", async () => {
    const permit = await makeLicence(applicant, "PERMIT");
    const { id, token } = await shareVia(applicant, { licenceIds: [permit.id], purpose: "租赁备案", expiresInDays: 30 });
    expect((await openShare({ now: new Date(NOW.getTime() + 1000), token })).outcome).toBe("SHOWN");

    expect(await errorOf(revokeShare({ actor: applicant2, now: NOW, input: { shareId: id } }))).toBe("NOT_FOUND");
    const revokedAt = new Date(NOW.getTime() + 2000);
    expect((await revokeShare({ actor: applicant, now: revokedAt, input: { shareId: id } })).revokedAt).toEqual(revokedAt);
    expect((await revokeShare({ actor: applicant, now: new Date(NOW.getTime() + 5000), input: { shareId: id } })).revokedAt).toEqual(revokedAt);
    expect(await db().auditLog.count({ where: { entityId: id, action: "licence.share.revoke" } })).toBe(1);

    const opened = await openShare({ now: new Date(NOW.getTime() + 3000), token });
    expect(opened).toEqual({ outcome: "REVOKED", revokedAt });
    // Even past its expiry a revoked link says it was revoked.
    expect((await openShare({ now: new Date(NOW.getTime() + 31 * DAY), token })).outcome).toBe("REVOKED");

    const log = await db().licenceShareAccess.findMany({ where: { shareId: id }, orderBy: { at: "asc" } });
    expect(log.map((a) => a.outcome)).toEqual(["SHOWN", "REVOKED", "REVOKED"]);

    const { shares } = await listShares({ actor: applicant, now: new Date(NOW.getTime() + 4000) });
    const mine = shares.find((s) => s.id === id)!;
    expect(mine.status).toBe("revoked");
    expect(mine.accessCount).toBe(3);
    expect(mine.accesses.map((a) => a.outcome)).toEqual(["REVOKED", "REVOKED", "SHOWN"]);
    expect(mine.licences.map((l) => l.number)).toEqual([permit.number]);
    // The other enterprise does not see it.
    expect((await listShares({ actor: applicant2, now: NOW })).shares.some((s) => s.id === id)).toBe(false);
  });

  it("answers EXPIRED after its expiry and logs it", async () => {
    const permit = await makeLicence(applicant, "FILING_RECEIPT");
    const { id, token } = await shareVia(applicant, { licenceIds: [permit.id], purpose: "年度检查", expiresInDays: 1 });
    const expiresAt = new Date(NOW.getTime() + DAY);
    expect((await openShare({ now: new Date(expiresAt.getTime() - 1), token })).outcome).toBe("SHOWN");
    expect(await openShare({ now: expiresAt, token })).toEqual({ outcome: "EXPIRED", expiresAt });
    const log = await db().licenceShareAccess.findMany({ where: { shareId: id }, orderBy: { at: "asc" } });
    expect(log.map((a) => a.outcome)).toEqual(["SHOWN", "EXPIRED"]);
    const { shares, shareable } = await listShares({ actor: applicant, now: expiresAt });
    expect(shares.find((s) => s.id === id)!.status).toBe("expired");
    expect(shareable.some((l) => l.id === permit.id)).toBe(true);
  });
});
