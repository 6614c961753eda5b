// A department suspends, revokes or reinstates a licence it issued, on the real database: the status the
// public view reads changes at once, every change is audited with before and after, the holder's accounts
// are told, the credit platform gets an outbox row. Another department cannot see the licence; a missing
// reason, a second revocation and reinstating a revoked licence are refused and change nothing.
import { english, zhError, zhNotice } from "../support/messages";
import { noticeText } from "@/lib/notifications/notice-text";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { LicenceKind } from "@/lib/generated/prisma/enums";
import { AppError, parseInput } from "@/lib/errors";
import { publishedKeys } from "@/lib/licences/signing-key";
import { licenceRowSelect, viewLicence } from "@/lib/licences/licence-view";
import { changeLicenceStatus } from "@/lib/licences/change-licence-status";
import { ZChangeLicenceStatus } from "@/lib/licences/licence-status-rules";
import { getDeptLicence, listDeptLicences } from "@/lib/licences/list-dept-licences";
import { sessionUserOf } from "../factories";
import { makeSignedLicence } from "../factories/licences";

const LATER = new Date("2026-11-24T02:00:00Z");

let ycj: SessionUser;
let scjg: SessionUser;
let holder: SessionUser;
beforeAll(async () => {
  ycj = await sessionUserOf("dept-ycj");
  scjg = await sessionUserOf("dept-scjg");
  holder = await sessionUserOf("applicant");
});

const db = () => getDb();
/** A signed licence issued by the given officer's department to the seeded convenience store. */
const makeLicence = (issuer: SessionUser, kind: LicenceKind = "PERMIT") =>
  makeSignedLicence(db(), { enterpriseId: holder.enterpriseId!, departmentId: issuer.departmentId!, kind, items: ["烟草制品零售"], validUntil: "2031-11-22" });

async function publicView(id: string) {
  const row = await db().licence.findUniqueOrThrow({ where: { id }, select: licenceRowSelect });
  return viewLicence(row, await publishedKeys(db()), LATER);
}

/** As the action does it: the schema parses the form's input once, then the domain acts on the typed input. */
const change = (actor: SessionUser, input: unknown) =>
  Promise.resolve().then(() => changeLicenceStatus({ actor, now: LATER, input: parseInput(ZChangeLicenceStatus, input) }));

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("changeLicenceStatus", () => {
  it("revokes a licence the department issued: verification shows it at once, audited, the holder is told", async () => {
    const licence = await makeLicence(ycj);
    expect((await publicView(licence.id)).genuineAndValid).toBe(true);

    const r = await change(ycj, { licenceId: licence.id, action: "revoke", reason: "告知承诺内容不实，依法撤销", expectedStatus: "VALID" });
    expect(r).toEqual({ status: "REVOKED" });

    const view = await publicView(licence.id);
    expect(view.status).toBe("REVOKED");
    expect(view.statusReason).toBe("告知承诺内容不实，依法撤销");
    expect(view.signature).toBe("valid");
    expect(view.genuineAndValid).toBe(false);

    const audit = await db().auditLog.findMany({ where: { entityType: "Licence", entityId: licence.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: ycj.id,
      action: "licence.revoke",
      before: { status: "VALID", statusReason: null },
      after: { status: "REVOKED", reason: "告知承诺内容不实，依法撤销" },
    });
    expect(audit[0]!.at.getTime()).toBe(LATER.getTime());

    const notes = (await db().notification.findMany({ where: { userId: holder.id, createdAt: LATER } })).filter((n) =>
      zhNotice(n).body.includes(licence.number),
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ link: "/my/wallet", key: "domain.licences.notices.revoked" });
    expect(zhNotice(notes[0]!).title).toContain("已撤销您的证照");
    expect(zhNotice(notes[0]!).body).toContain("告知承诺内容不实");
    // Stored as a key with its parameters: an English reader reads it in English.
    expect(noticeText(notes[0]!, english).title).toMatch(/has revoked your licence$/);
    expect(noticeText(notes[0]!, english).body).toContain(`(${licence.number}) has been revoked`);

    const outbox = await db().outboxMessage.findMany({ where: { topic: "licence.status", createdAt: LATER } });
    const mine = outbox.filter((o) => (o.payload as { number?: string }).number === licence.number);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ target: "credit-platform", payload: { action: "revoke", from: "VALID", to: "REVOKED" } });

    // The department's own view shows the history and offers nothing more.
    const detail = await getDeptLicence({ actor: ycj, now: LATER, licenceId: licence.id });
    expect(detail.actions).toEqual([]);
    expect(detail.history).toMatchObject([{ action: "licence.revoke", reason: "告知承诺内容不实，依法撤销" }]);
  });

  it("another department does not see the licence: NOT_FOUND, nothing changes", async () => {
    const licence = await makeLicence(ycj);
    expect((await refusal(change(scjg, { licenceId: licence.id, action: "revoke", reason: "越权尝试" }))).code).toBe("NOT_FOUND");
    expect((await refusal(getDeptLicence({ actor: scjg, now: LATER, licenceId: licence.id }))).code).toBe("NOT_FOUND");
    expect((await db().licence.findUniqueOrThrow({ where: { id: licence.id } })).status).toBe("VALID");
    expect(await db().auditLog.count({ where: { entityType: "Licence", entityId: licence.id } })).toBe(0);
    const list = await listDeptLicences({ actor: scjg, now: LATER, query: { q: licence.number } });
    expect(list.items).toEqual([]);
  });

  it("a missing reason is BAD_INPUT", async () => {
    const licence = await makeLicence(ycj);
    const e = await refusal(change(ycj, { licenceId: licence.id, action: "revoke", reason: "" }));
    expect(e.code).toBe("BAD_INPUT");
    expect(zhError(e)).toContain("理由");
    expect((await db().licence.findUniqueOrThrow({ where: { id: licence.id } })).status).toBe("VALID");
  });

  it("revoking twice is a CONFLICT; a revoked licence cannot be reinstated", async () => {
    const licence = await makeLicence(ycj);
    await change(ycj, { licenceId: licence.id, action: "revoke", reason: "承诺不实" });
    const twice = await refusal(change(ycj, { licenceId: licence.id, action: "revoke", reason: "承诺不实" }));
    expect(twice.code).toBe("CONFLICT");
    expect(zhError(twice)).toContain("已撤销");
    const back = await refusal(change(ycj, { licenceId: licence.id, action: "reinstate" }));
    expect(back.code).toBe("CONFLICT");
    expect((await db().licence.findUniqueOrThrow({ where: { id: licence.id } })).status).toBe("REVOKED");
    expect(await db().auditLog.count({ where: { entityType: "Licence", entityId: licence.id } })).toBe(1);
  });

  it("suspends and reinstates; a stale page (expected status) is told", async () => {
    const licence = await makeLicence(ycj, "FILING_RECEIPT");
    await change(ycj, { licenceId: licence.id, action: "suspend", reason: "停业整顿期间", expectedStatus: "VALID" });
    expect((await publicView(licence.id)).status).toBe("SUSPENDED");
    const stale = await refusal(change(ycj, { licenceId: licence.id, action: "revoke", reason: "重复操作", expectedStatus: "VALID" }));
    expect(stale.code).toBe("CONFLICT");
    await change(ycj, { licenceId: licence.id, action: "reinstate", expectedStatus: "SUSPENDED" });
    const view = await publicView(licence.id);
    expect(view.status).toBe("VALID");
    expect(view.statusReason).toBeNull();
    expect(view.genuineAndValid).toBe(true);
    const audit = await db().auditLog.findMany({ where: { entityType: "Licence", entityId: licence.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action).sort()).toEqual(["licence.reinstate", "licence.suspend"]);
  });

  it("a business licence is not changed here", async () => {
    const scjgLicence = await makeLicence(scjg, "BUSINESS");
    const e = await refusal(change(scjg, { licenceId: scjgLicence.id, action: "revoke", reason: "吊销执照" }));
    expect(e.code).toBe("CONFLICT");
    expect((await db().licence.findUniqueOrThrow({ where: { id: scjgLicence.id } })).status).toBe("VALID");
  });

  it("lists the department's own licences, searchable by holder name, USCC or number", async () => {
    const licence = await makeLicence(ycj);
    const enterprise = await db().enterprise.findUniqueOrThrow({ where: { id: holder.enterpriseId! } });
    const byNumber = await listDeptLicences({ actor: ycj, now: LATER, query: { q: licence.number.toLowerCase() } });
    expect(byNumber.items.map((l) => l.id)).toEqual([licence.id]);
    const byName = await listDeptLicences({ actor: ycj, now: LATER, query: { q: enterprise.name.slice(0, 4) } });
    expect(byName.items.map((l) => l.id)).toContain(licence.id);
    const byUscc = await listDeptLicences({ actor: ycj, now: LATER, query: { q: enterprise.uscc } });
    expect(byUscc.items.map((l) => l.id)).toContain(licence.id);
    expect(byUscc.items.every((l) => l.issuer.includes("烟草"))).toBe(true);
    const none = await listDeptLicences({ actor: ycj, now: LATER, query: { q: "不存在的企业名称" } });
    expect(none).toMatchObject({ items: [], total: 0, page: 1, pageCount: 1 });
  });
});
