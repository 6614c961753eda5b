// 变更登记 / 注销登记 on the real database: an approved change updates the enterprise and re-issues every
// affected licence as a new signed version (the old one SUPERSEDED, naming its replacement); an approved
// cancellation ends the enterprise, every licence still held and its unfinished applications. One open
// request per enterprise, idempotent by the form's key; only the registration authority's officers decide,
// and of two concurrent decisions exactly one acts. An address change re-issues the business licence and the
// subject-bound permits only: a premises-bound permit (Matter.binding, prisma/seed/data/premises-binding.ts) at
// the old registered address stays as it is for its premises (or is suspended, per its matter), and the holder
// and its department are told a new application or an on-site check is needed; one at premises of its own is
// kept; a name change re-issues all (issue 15 part 3). Each test works on an enterprise of its own.
import { zhError, zhNotice } from "../support/messages";
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { LicenceKind, LicenceStatus } from "@/lib/generated/prisma/enums";
import { AppError, parseInput } from "@/lib/errors";
import * as requesting from "@/lib/registration/request-registration-change";
import * as withdrawing from "@/lib/registration/withdraw-registration-change";
import * as deciding from "@/lib/registration/decide-registration-change";
import { ZDecideRegistrationChange, ZRegistrationChangeId, ZRequestCancel, ZRequestChange } from "@/lib/registration/rules";
import { getPublicLicence } from "@/lib/verify/get-public-licence";
import { getPublicEnterprise } from "@/lib/verify/get-public-enterprise";
import { getRegistrationChange } from "@/lib/registration/list-registration-changes";
import { getEnterpriseRegistration } from "@/lib/registration/get-enterprise-registration";
import { getEnterpriseDossier } from "@/lib/supervision/get-enterprise-dossier";
import { entryOf } from "@/lib/catalog/entry";
import { publishMatterVersion } from "@/lib/catalog/publish-version";
import { startApplication } from "@/lib/applications/start-application";
import { makeApplication, makeEnterpriseWithApplicant, sessionUserOf } from "../factories";
import { makeSignedLicence } from "../factories/licences";

const NOW = new Date("2026-11-24T02:00:00Z");
const LATER = new Date("2026-11-25T02:00:00Z");
const LATEST = new Date("2026-11-26T02:00:00Z");
const OTHER_PREMISES = "上海市金山区朱泾镇别处路1号";
const NEW_ADDRESS = "上海市金山区龙胜路1号2层";
const db = () => getDb();

let scjg: SessionUser;
let scjgHead: SessionUser;
let ycj: SessionUser;
let rsj: SessionUser;
let gafj: SessionUser;
let yjgl: SessionUser;
let regulator: SessionUser;
let applicant2: SessionUser;
beforeAll(async () => {
  scjg = await sessionUserOf("dept-scjg");
  scjgHead = await sessionUserOf("head-scjg");
  ycj = await sessionUserOf("dept-ycj");
  rsj = await sessionUserOf("dept-rsj");
  gafj = await sessionUserOf("dept-gafj");
  yjgl = await sessionUserOf("dept-yjgl");
  regulator = await sessionUserOf("regulator");
  applicant2 = await sessionUserOf("applicant2");
  expect(scjgHead.role).toBe("DEPT_OFFICER");
  expect(scjgHead.departmentId).toBe(scjg.departmentId);
});

// As the actions do it: the schema parses the form's input once, then the domain acts on the typed input.
type Call = { actor: SessionUser; now: Date; input: unknown };
const requestChange = (o: Call) => Promise.resolve().then(() => requesting.requestChange({ ...o, input: parseInput(ZRequestChange, o.input) }));
const requestCancellation = (o: Call) => Promise.resolve().then(() => requesting.requestCancellation({ ...o, input: parseInput(ZRequestCancel, o.input) }));
const withdrawRegistrationChange = (o: Call) =>
  Promise.resolve().then(() => withdrawing.withdrawRegistrationChange({ ...o, input: parseInput(ZRegistrationChangeId, o.input) }));
const decideRegistrationChange = (o: Call) =>
  Promise.resolve().then(() => deciding.decideRegistrationChange({ ...o, input: parseInput(ZDecideRegistrationChange, o.input) }));

/** The inbox of one account at one moment, as a Chinese reader sees it. */
async function inbox(userId: string, at: Date) {
  const rows = await db().notification.findMany({ where: { userId, createdAt: at }, orderBy: { id: "asc" } });
  return rows.map((n) => ({ ...n, ...zhNotice(n) }));
}

const freshEnterprise = () => makeEnterpriseWithApplicant("变更测试");

type Held = { kind: LicenceKind; matterCode?: string; status?: LicenceStatus; statusReason?: string };
/** A signed licence of the enterprise (at its registered address at the time). */
const makeLicence = (enterpriseId: string, h: Held) =>
  makeSignedLicence(db(), {
    enterpriseId,
    kind: h.kind,
    matterCode: h.matterCode,
    departmentId: h.matterCode ? undefined : scjg.departmentId!,
    status: h.status,
    statusReason: h.statusReason,
  });

/**
 * The usual set, all bound to the subject (an address change re-issues each): business licence (SCJG), labour
 * dispatch permit (RSJ), road freight permit (JTW), foreign-trade filing receipt (SWW).
 */
async function usualLicences(enterpriseId: string) {
  return {
    business: await makeLicence(enterpriseId, { kind: "BUSINESS" }),
    dispatch: await makeLicence(enterpriseId, { kind: "PERMIT", matterCode: "LABOUR_DISPATCH" }),
    freight: await makeLicence(enterpriseId, { kind: "PERMIT", matterCode: "ROAD_FREIGHT" }),
    filing: await makeLicence(enterpriseId, { kind: "FILING_RECEIPT", matterCode: "FOREIGN_TRADE_OPERATOR_FILING" }),
  };
}

/** A licence for premises elsewhere: signed while the enterprise's address was another one. */
async function licenceElsewhere(enterpriseId: string, kind: LicenceKind = "PERMIT", matterCode = "LIQUOR_RETAIL") {
  const { address } = await db().enterprise.findUniqueOrThrow({ where: { id: enterpriseId } });
  await db().enterprise.update({ where: { id: enterpriseId }, data: { address: OTHER_PREMISES } });
  const licence = await makeLicence(enterpriseId, { kind, matterCode });
  await db().enterprise.update({ where: { id: enterpriseId }, data: { address } });
  expect(licence.address).toBe(OTHER_PREMISES);
  return licence;
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

const key = () => `key-${randomBytes(6).toString("hex")}`;
const successor = (oldId: string) => db().licence.findUnique({ where: { supersedesId: oldId } });
type Payload = { number: string; holderName: string; address: string; version: number; supersedes: string | null; validUntil: string | null };

describe("变更登记 (change)", () => {
  it("an approved address change updates the enterprise and re-issues the business licence and every subject-bound licence as a signed V2", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const held = await usualLicences(enterprise.id);
    const { id, created } = await requestChange({ actor, now: NOW, input: { requestKey: key(), newAddress: NEW_ADDRESS, reason: "经营场所搬迁" } });
    expect(created).toBe(true);
    const request = await db().registrationChange.findUniqueOrThrow({ where: { id } });
    expect(request).toMatchObject({
      kind: "CHANGE",
      status: "SUBMITTED",
      oldName: enterprise.name,
      oldAddress: enterprise.address,
      newName: null,
      newAddress: NEW_ADDRESS,
    });

    const r = await decideRegistrationChange({ actor: scjg, now: LATER, input: { changeId: id, action: "approve" } });
    expect(r.status).toBe("APPROVED");
    expect(r.reissued).toHaveLength(4);
    expect(r.cancelled).toEqual([]);

    const after = await db().enterprise.findUniqueOrThrow({ where: { id: enterprise.id } });
    expect(after).toMatchObject({ name: enterprise.name, address: NEW_ADDRESS, status: "ACTIVE" });
    expect(await db().registrationChange.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "APPROVED", decidedById: scjg.id, decidedAt: LATER });

    for (const old of Object.values(held)) {
      const oldRow = await db().licence.findUniqueOrThrow({ where: { id: old.id } });
      expect(oldRow.status).toBe("SUPERSEDED");
      // The old version stays as it was signed.
      expect(oldRow.signature).toBe(old.signature);
      expect(oldRow.address).toBe(enterprise.address);
      const next = await successor(old.id);
      expect(next).not.toBeNull();
      expect(next!).toMatchObject({
        number: `${old.number}-V2`,
        version: 2,
        supersedesId: old.id,
        status: "VALID",
        kind: old.kind,
        address: NEW_ADDRESS,
        holderName: enterprise.name,
        issuedAt: LATER,
        enterpriseId: enterprise.id,
        issuedByDepartmentId: old.issuedByDepartmentId,
      });
      expect(next!.validUntil?.getTime() ?? null).toBe(old.validUntil?.getTime() ?? null);
      expect(next!.validFrom.getTime()).toBe(old.validFrom.getTime());
      const p = next!.payload as unknown as Payload;
      expect(p).toMatchObject({ number: `${old.number}-V2`, address: NEW_ADDRESS, supersedes: old.number, version: 2, holderName: enterprise.name });
      expect(r.reissued).toContainEqual({ from: old.number, to: `${old.number}-V2` });

      const pub = await getPublicLicence({ actor: null, now: LATER, number: old.number });
      expect(pub.supersededBy).toBe(`${old.number}-V2`);
      expect(pub.licence.status).toBe("SUPERSEDED");
      expect(pub.licence.genuineAndValid).toBe(false);
      expect(pub.licence.address).toBe(enterprise.address);
      const pubNext = await getPublicLicence({ actor: null, now: LATER, number: `${old.number}-V2` });
      expect(pubNext.supersededBy).toBeNull();
      expect(pubNext.licence).toMatchObject({ status: "VALID", signature: "valid", genuineAndValid: true, address: NEW_ADDRESS, version: 2 });
    }

    const pub = await getPublicEnterprise({ actor: null, now: LATER, uscc: enterprise.uscc });
    expect(pub.address).toBe(NEW_ADDRESS);
    expect(pub.status).toBe("ACTIVE");
    expect(pub.licences.map((l) => l.number).sort()).toEqual(
      Object.values(held)
        .map((l) => `${l.number}-V2`)
        .sort(),
    );
    expect(pub.licences.every((l) => l.signature === "valid" && l.genuineAndValid && l.version === 2 && l.address === NEW_ADDRESS)).toBe(true);
    expect(pub.licences[0]!.kind).toBe("BUSINESS");

    // The holder and the labour department (whose permit changed) are told.
    const toHolder = await inbox(actor.id, LATER);
    expect(toHolder).toHaveLength(1);
    expect(toHolder[0]!.title).toBe("变更登记已准予");
    expect(toHolder[0]!.body).toContain(`${held.dispatch.number} → ${held.dispatch.number}-V2`);
    const toRsj = (await inbox(rsj.id, LATER)).filter((n) => n.title.includes(enterprise.name));
    expect(toRsj).toHaveLength(1);
    expect(toRsj[0]!.body).toContain(`${held.dispatch.number}-V2`);
    expect(toRsj[0]!.body).not.toContain(held.freight.number);
  });

  it("a suspended permit is re-issued suspended, a revoked one is not; premises elsewhere only follow a name change; V2 → V3", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const business = await makeLicence(enterprise.id, { kind: "BUSINESS" });
    const suspended = await makeLicence(enterprise.id, { kind: "PERMIT", matterCode: "LABOUR_DISPATCH", status: "SUSPENDED", statusReason: "停业整顿期间" });
    const revoked = await makeLicence(enterprise.id, { kind: "PERMIT", matterCode: "LIQUOR_RETAIL", status: "REVOKED", statusReason: "承诺不实，依法撤销" });
    const elsewhere = await licenceElsewhere(enterprise.id);

    const first = await requestChange({ actor, now: NOW, input: { requestKey: key(), newAddress: NEW_ADDRESS, reason: "住所搬迁" } });
    const r1 = await decideRegistrationChange({ actor: scjg, now: LATER, input: { changeId: first.id, action: "approve" } });
    expect(r1.reissued.map((x) => x.from).sort()).toEqual([business.number, suspended.number].sort());

    const suspendedNext = await successor(suspended.id);
    expect(suspendedNext).toMatchObject({ number: `${suspended.number}-V2`, status: "SUSPENDED", statusReason: "停业整顿期间", address: NEW_ADDRESS });
    expect((await db().licence.findUniqueOrThrow({ where: { id: suspended.id } })).status).toBe("SUPERSEDED");
    const pubSuspended = await getPublicLicence({ actor: null, now: LATER, number: `${suspended.number}-V2` });
    expect(pubSuspended.licence).toMatchObject({ status: "SUSPENDED", signature: "valid", genuineAndValid: false });

    expect(await db().licence.findUniqueOrThrow({ where: { id: revoked.id } })).toMatchObject({
      status: "REVOKED",
      statusReason: "承诺不实，依法撤销",
      address: enterprise.address,
    });
    expect(await successor(revoked.id)).toBeNull();
    expect(await db().licence.count({ where: { number: `${revoked.number}-V2` } })).toBe(0);

    expect(await db().licence.findUniqueOrThrow({ where: { id: elsewhere.id } })).toMatchObject({ status: "VALID", address: OTHER_PREMISES });
    expect(await successor(elsewhere.id)).toBeNull();

    // A name change is printed on everything still held, wherever it is; a V2 becomes a V3 of the same stem.
    const newName = `${enterprise.name.replace("有限公司", "")}新名称有限公司`;
    const second = await requestChange({ actor, now: LATER, input: { requestKey: key(), newName, reason: "企业更名" } });
    const r2 = await decideRegistrationChange({ actor: scjg, now: LATEST, input: { changeId: second.id, action: "approve" } });
    expect(r2.reissued).toHaveLength(3);
    const businessV2 = (await successor(business.id))!;
    const businessV3 = await successor(businessV2.id);
    expect(businessV3).toMatchObject({ number: `${business.number}-V3`, version: 3, holderName: newName, address: NEW_ADDRESS, status: "VALID" });
    expect((businessV3!.payload as unknown as Payload).supersedes).toBe(`${business.number}-V2`);
    expect((await db().licence.findUniqueOrThrow({ where: { id: businessV2.id } })).status).toBe("SUPERSEDED");
    expect((await getPublicLicence({ actor: null, now: LATEST, number: `${business.number}-V2` })).supersededBy).toBe(`${business.number}-V3`);

    const elsewhereNext = await successor(elsewhere.id);
    expect(elsewhereNext).toMatchObject({ number: `${elsewhere.number}-V2`, holderName: newName, status: "VALID" });
    expect((elsewhereNext!.payload as unknown as Payload).holderName).toBe(newName);
    expect(await successor((await successor(suspended.id))!.id)).toMatchObject({
      number: `${suspended.number}-V3`,
      status: "SUSPENDED",
      statusReason: "停业整顿期间",
    });
    expect((await db().licence.findUniqueOrThrow({ where: { id: revoked.id } })).status).toBe("REVOKED");
  });

  it("a name change keeps the own premises address of a licence for premises elsewhere", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const elsewhere = await licenceElsewhere(enterprise.id);
    const newName = `${enterprise.name.replace("有限公司", "")}更名有限公司`;
    const { id } = await requestChange({ actor, now: NOW, input: { requestKey: key(), newName, reason: "企业更名" } });
    await decideRegistrationChange({ actor: scjg, now: LATER, input: { changeId: id, action: "approve" } });
    const next = await successor(elsewhere.id);
    expect(next).not.toBeNull();
    expect(next!.holderName).toBe(newName);
    // Only the name changed: the permit is still for the premises it was issued for.
    expect(next!.address).toBe(OTHER_PREMISES);
    expect((next!.payload as unknown as Payload).address).toBe(OTHER_PREMISES);
  });

  it("refuses a name another active enterprise uses (at request and at approval) and a change that changes nothing", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const taken = await db().enterprise.findFirstOrThrow({ where: { name: "上海金山枫味餐饮管理有限公司" } });
    expect(taken.status).toBe("ACTIVE");
    const conflict = await refusal(requestChange({ actor, now: NOW, input: { requestKey: key(), newName: taken.name, reason: "企业更名" } }));
    expect(conflict.code).toBe("CONFLICT");
    expect(zhError(conflict)).toContain("已被其他企业登记使用");

    const spaced = `${enterprise.name.slice(0, 4)} ${enterprise.name.slice(4)}`;
    const nothing = await refusal(
      requestChange({ actor, now: NOW, input: { requestKey: key(), newName: spaced, newAddress: enterprise.address, reason: "核对信息" } }),
    );
    expect(nothing.code).toBe("BAD_INPUT");
    expect(zhError(nothing)).toContain("无需办理变更");
    expect(await db().registrationChange.count({ where: { enterpriseId: enterprise.id } })).toBe(0);

    // A name free when asked but taken before the decision is refused at approval, and nothing changes.
    const held = await makeLicence(enterprise.id, { kind: "BUSINESS" });
    const wanted = `${enterprise.name.replace("有限公司", "")}抢注有限公司`;
    const { id } = await requestChange({ actor, now: NOW, input: { requestKey: key(), newName: wanted, reason: "企业更名" } });
    const rival = await freshEnterprise();
    await db().enterprise.update({ where: { id: rival.enterprise.id }, data: { name: wanted } });
    const late = await refusal(decideRegistrationChange({ actor: scjg, now: LATER, input: { changeId: id, action: "approve" } }));
    expect(late.code).toBe("CONFLICT");
    expect((await db().enterprise.findUniqueOrThrow({ where: { id: enterprise.id } })).name).toBe(enterprise.name);
    expect((await db().registrationChange.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
    expect((await db().licence.findUniqueOrThrow({ where: { id: held.id } })).status).toBe("VALID");
    expect(await successor(held.id)).toBeNull();
  });

  it("refuses a name that is the same once normalised (width, spaces, punctuation, 组织形式), one another request asks for, and a 10,000-character name", async () => {
    const { enterprise, actor } = await freshEnterprise();
    for (const variant of ["上海金山枫味餐饮管理有限责任公司", "上海金山 枫味餐饮管理（有限公司）", "上海金山枫味餐饮管理公司", "上海金山枫味餐饮管理"]) {
      const r = await refusal(requestChange({ actor, now: NOW, input: { requestKey: key(), newName: variant, reason: "企业更名" } }));
      expect(r.code, variant).toBe("CONFLICT");
      expect(zhError(r), variant).toContain("实质相同");
      expect(zhError(r), variant).toContain("上海金山枫味餐饮管理有限公司");
    }
    // Another enterprise's open request holds its new name until decided.
    const first = await freshEnterprise();
    const wanted = `上海金山${enterprise.id.slice(-6)}新名商贸有限公司`;
    await requestChange({ actor: first.actor, now: NOW, input: { requestKey: key(), newName: wanted, reason: "企业更名" } });
    const pending = await refusal(
      requestChange({ actor, now: NOW, input: { requestKey: key(), newName: wanted.replace("有限公司", "有限责任公司"), reason: "企业更名" } }),
    );
    expect(pending.code).toBe("CONFLICT");
    expect(zhError(pending)).toContain("正在申请变更");

    const long = await refusal(requestChange({ actor, now: NOW, input: { requestKey: key(), newName: "名".repeat(10_000), reason: "企业更名" } }));
    expect(long.code).toBe("BAD_INPUT");
    expect(zhError(long)).toContain("当前 10000 个字");
    expect(await db().registrationChange.count({ where: { enterpriseId: enterprise.id } })).toBe(0);
  });

  it("the same form twice files one request; a second open request is a CONFLICT", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const k = key();
    const input = { requestKey: k, newAddress: NEW_ADDRESS, reason: "经营场所搬迁" };
    const a = await requestChange({ actor, now: NOW, input });
    const b = await requestChange({ actor, now: NOW, input });
    expect(a.created).toBe(true);
    expect(b).toEqual({ id: a.id, created: false });
    expect(await db().registrationChange.count({ where: { enterpriseId: enterprise.id } })).toBe(1);
    expect(await db().auditLog.count({ where: { entityType: "RegistrationChange", entityId: a.id, action: "registration.requestChange" } })).toBe(1);
    // The registration authority's officers are told, once.
    expect(await db().notification.count({ where: { userId: scjg.id, link: `/dept/registrations/${a.id}` } })).toBe(1);

    const second = await refusal(requestChange({ actor, now: NOW, input: { requestKey: key(), newAddress: "上海市金山区另一处路2号", reason: "再次搬迁" } }));
    expect(second.code).toBe("CONFLICT");
    expect(zhError(second)).toContain("正在办理");
    const cancel = await refusal(requestCancellation({ actor, now: NOW, input: { requestKey: key(), reason: "停止经营", confirm: "yes" } }));
    expect(cancel.code).toBe("CONFLICT");
    expect(await db().registrationChange.count({ where: { enterpriseId: enterprise.id } })).toBe(1);
  });

  it("the applicant withdraws its own request; another enterprise cannot; a withdrawn request cannot be decided", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const { id } = await requestChange({ actor, now: NOW, input: { requestKey: key(), newAddress: NEW_ADDRESS, reason: "经营场所搬迁" } });

    const foreign = await refusal(withdrawRegistrationChange({ actor: applicant2, now: NOW, input: { changeId: id } }));
    expect(foreign.code).toBe("NOT_FOUND");
    expect((await db().registrationChange.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");

    await withdrawRegistrationChange({ actor, now: LATER, input: { changeId: id } });
    expect(await db().registrationChange.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "WITHDRAWN", decidedAt: LATER });
    // Withdrawing again is harmless.
    await withdrawRegistrationChange({ actor, now: LATEST, input: { changeId: id } });
    expect(await db().auditLog.count({ where: { entityType: "RegistrationChange", entityId: id, action: "registration.withdraw" } })).toBe(1);

    const decided = await refusal(decideRegistrationChange({ actor: scjg, now: LATEST, input: { changeId: id, action: "approve" } }));
    expect(decided.code).toBe("CONFLICT");
    expect(zhError(decided)).toContain("撤回");
    expect((await db().enterprise.findUniqueOrThrow({ where: { id: enterprise.id } })).address).toBe(enterprise.address);

    // With nothing open, a new request can be filed.
    expect((await requestChange({ actor, now: LATEST, input: { requestKey: key(), newAddress: NEW_ADDRESS, reason: "经营场所搬迁" } })).created).toBe(true);
  });

  it("only the registration authority's officers decide: another department, a regulator and an applicant are FORBIDDEN", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const licence = await makeLicence(enterprise.id, { kind: "PERMIT", matterCode: "TOBACCO_RETAIL" });
    const { id } = await requestChange({ actor, now: NOW, input: { requestKey: key(), newAddress: NEW_ADDRESS, reason: "经营场所搬迁" } });

    const tobacco = await refusal(decideRegistrationChange({ actor: ycj, now: LATER, input: { changeId: id, action: "approve" } }));
    expect(tobacco.code).toBe("FORBIDDEN");
    expect(zhError(tobacco)).toContain("登记机关");
    expect((await refusal(decideRegistrationChange({ actor: ycj, now: LATER, input: { changeId: id, action: "reject", reason: "越权驳回" } }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refusal(decideRegistrationChange({ actor, now: LATER, input: { changeId: id, action: "approve" } }))).code).toBe("FORBIDDEN");
    expect((await refusal(decideRegistrationChange({ actor: regulator, now: LATER, input: { changeId: id, action: "approve" } }))).code).toBe("FORBIDDEN");

    expect((await db().registrationChange.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
    expect((await db().enterprise.findUniqueOrThrow({ where: { id: enterprise.id } })).address).toBe(enterprise.address);
    expect((await db().licence.findUniqueOrThrow({ where: { id: licence.id } })).status).toBe("VALID");
    expect(await db().auditLog.count({ where: { entityType: "RegistrationChange", entityId: id, action: { startsWith: "registration.approve" } } })).toBe(0);
    // An unknown request is NOT_FOUND for the right officer.
    expect((await refusal(decideRegistrationChange({ actor: scjg, now: LATER, input: { changeId: "no-such-request", action: "approve" } }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("of two officers approving at once exactly one acts; each licence gets exactly one V2", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const held = await usualLicences(enterprise.id);
    const { id } = await requestChange({ actor, now: NOW, input: { requestKey: key(), newAddress: NEW_ADDRESS, reason: "经营场所搬迁" } });

    const results = await Promise.allSettled([
      decideRegistrationChange({ actor: scjg, now: LATER, input: { changeId: id, action: "approve" } }),
      decideRegistrationChange({ actor: scjgHead, now: LATER, input: { changeId: id, action: "approve" } }),
    ]);
    const fulfilled = results.filter((x) => x.status === "fulfilled");
    const rejected = results.filter((x): x is PromiseRejectedResult => x.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(AppError);
    expect((rejected[0]!.reason as AppError).code).toBe("CONFLICT");

    for (const old of Object.values(held)) {
      expect(await db().licence.count({ where: { supersedesId: old.id } })).toBe(1);
      expect(await db().licence.count({ where: { number: { startsWith: `${old.number}-V` } } })).toBe(1);
    }
    expect(await db().licence.count({ where: { enterpriseId: enterprise.id } })).toBe(8);
    expect(await db().auditLog.count({ where: { entityType: "Enterprise", entityId: enterprise.id, action: "enterprise.change" } })).toBe(1);
    expect(await db().auditLog.count({ where: { entityType: "RegistrationChange", entityId: id, action: "registration.approve" } })).toBe(1);
    const outbox = (await db().outboxMessage.findMany({ where: { topic: "enterprise.changed" } })).filter(
      (o) => (o.payload as { uscc?: string }).uscc === enterprise.uscc,
    );
    expect(outbox).toHaveLength(1);
  });

  it("a refusal stores its reason, changes nothing and tells the applicant; a refusal without a reason is BAD_INPUT", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const licence = await makeLicence(enterprise.id, { kind: "BUSINESS" });
    const { id } = await requestChange({ actor, now: NOW, input: { requestKey: key(), newAddress: NEW_ADDRESS, reason: "经营场所搬迁" } });

    const bare = await refusal(decideRegistrationChange({ actor: scjg, now: LATER, input: { changeId: id, action: "reject", reason: " " } }));
    expect(bare.code).toBe("BAD_INPUT");
    expect(zhError(bare)).toContain("理由");
    expect((await db().registrationChange.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");

    const reason = "新住所未取得产权证明，请补正后重新申请";
    const r = await decideRegistrationChange({ actor: scjg, now: LATER, input: { changeId: id, action: "reject", reason } });
    expect(r).toEqual({ status: "REJECTED", reissued: [], cancelled: [], kept: [], review: [] });
    expect(await db().registrationChange.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "REJECTED",
      decisionReason: reason,
      decidedById: scjg.id,
      decidedAt: LATER,
    });
    expect(await db().enterprise.findUniqueOrThrow({ where: { id: enterprise.id } })).toMatchObject({
      name: enterprise.name,
      address: enterprise.address,
      status: "ACTIVE",
    });
    expect((await db().licence.findUniqueOrThrow({ where: { id: licence.id } })).status).toBe("VALID");
    expect(await successor(licence.id)).toBeNull();

    const notes = await inbox(actor.id, LATER);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toContain("未获准予");
    expect(notes[0]!.body).toContain(reason);
    expect(await db().auditLog.findFirst({ where: { entityType: "RegistrationChange", entityId: id, action: "registration.reject" } })).toMatchObject({
      actorId: scjg.id,
      after: { status: "REJECTED", reason },
    });
    expect(await db().auditLog.count({ where: { entityType: "Enterprise", entityId: enterprise.id } })).toBe(0);

    // Decided once: a second decision is a CONFLICT.
    expect((await refusal(decideRegistrationChange({ actor: scjg, now: LATEST, input: { changeId: id, action: "approve" } }))).code).toBe("CONFLICT");
  });

  it("audits an approved change: the request, the enterprise before/after, one licence.reissue per licence; one outbox row", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const held = await usualLicences(enterprise.id);
    const revoked = await makeLicence(enterprise.id, { kind: "PERMIT", matterCode: "LIQUOR_RETAIL", status: "REVOKED", statusReason: "依法撤销" });
    const newName = `${enterprise.name.replace("有限公司", "")}审计有限公司`;
    const { id } = await requestChange({ actor, now: NOW, input: { requestKey: key(), newName, newAddress: NEW_ADDRESS, reason: "更名并搬迁" } });
    const r = await decideRegistrationChange({ actor: scjg, now: LATER, input: { changeId: id, action: "approve" } });

    const approve = await db().auditLog.findMany({ where: { entityType: "RegistrationChange", entityId: id, action: "registration.approve" } });
    expect(approve).toHaveLength(1);
    expect(approve[0]).toMatchObject({ actorId: scjg.id, before: { status: "SUBMITTED" }, after: { status: "APPROVED" } });
    expect(approve[0]!.at.getTime()).toBe(LATER.getTime());

    const change = await db().auditLog.findMany({ where: { entityType: "Enterprise", entityId: enterprise.id, action: "enterprise.change" } });
    expect(change).toHaveLength(1);
    expect(change[0]).toMatchObject({
      actorId: scjg.id,
      before: { name: enterprise.name, address: enterprise.address },
      after: { name: newName, address: NEW_ADDRESS },
    });

    const reissue = await db().auditLog.findMany({
      where: { action: "licence.reissue", entityType: "Licence", entityId: { in: [...Object.values(held), revoked].map((l) => l.id) } },
    });
    expect(reissue).toHaveLength(4);
    expect(reissue.map((a) => a.entityId).sort()).toEqual(
      Object.values(held)
        .map((l) => l.id)
        .sort(),
    );
    for (const old of Object.values(held)) {
      const row = reissue.find((a) => a.entityId === old.id)!;
      expect(row).toMatchObject({ actorId: scjg.id, before: { number: old.number }, after: { number: `${old.number}-V2` } });
    }

    const outbox = (await db().outboxMessage.findMany({ where: { topic: "enterprise.changed" } })).filter(
      (o) => (o.payload as { uscc?: string }).uscc === enterprise.uscc,
    );
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      target: "data-platform",
      status: "PENDING",
      payload: { before: { name: enterprise.name, address: enterprise.address }, after: { name: newName, address: NEW_ADDRESS } },
    });
    expect((outbox[0]!.payload as { reissued: unknown[] }).reissued).toEqual(r.reissued);
    expect(
      (await db().outboxMessage.findMany({ where: { topic: "enterprise.cancelled" } })).filter(
        (o) => (o.payload as { uscc?: string }).uscc === enterprise.uscc,
      ),
    ).toHaveLength(0);
  });
});

describe("住所变更与按经营场所核发的证照 (premises-bound permits, issue 15 part 3)", () => {
  /**
   * Business licence + subject-bound labour-dispatch permit + food-operation permit (premises-bound, stays
   * valid) + hazardous-chemicals permit (premises-bound, suspended per its matter) at the registered address,
   * and a hotel permit (premises-bound) at premises of its own.
   */
  async function mixedLicences(enterpriseId: string) {
    return {
      business: await makeLicence(enterpriseId, { kind: "BUSINESS" }),
      dispatch: await makeLicence(enterpriseId, { kind: "PERMIT", matterCode: "LABOUR_DISPATCH" }),
      food: await makeLicence(enterpriseId, { kind: "PERMIT", matterCode: "FOOD_OPERATION" }),
      hazchem: await makeLicence(enterpriseId, { kind: "PERMIT", matterCode: "HAZCHEM_TRADING" }),
      hotel: await licenceElsewhere(enterpriseId, "PERMIT", "HOTEL_SPECIAL_TRADE"),
    };
  }

  it("the catalog says which matters are premises-bound and what a move needs", async () => {
    const rows = await db().matter.findMany({
      where: {
        code: {
          in: [
            "BUSINESS_REGISTRATION",
            "LABOUR_DISPATCH",
            "FOOD_OPERATION",
            "FIRE_SAFETY_CHECK",
            "HOTEL_SPECIAL_TRADE",
            "PUBLIC_PLACE_HYGIENE",
            "DRUG_RETAIL",
            "HAZCHEM_TRADING",
          ],
        },
      },
      select: { code: true, binding: true, premisesReview: true, suspendOnAddressMove: true, bindingReason: true },
    });
    const by = new Map(rows.map((r) => [r.code, r]));
    expect(by.get("BUSINESS_REGISTRATION")).toMatchObject({ binding: "SUBJECT", premisesReview: null, suspendOnAddressMove: false });
    expect(by.get("LABOUR_DISPATCH")).toMatchObject({ binding: "SUBJECT", premisesReview: null });
    for (const code of ["FOOD_OPERATION", "FIRE_SAFETY_CHECK", "HOTEL_SPECIAL_TRADE", "PUBLIC_PLACE_HYGIENE"])
      expect(by.get(code), code).toMatchObject({ binding: "PREMISES", premisesReview: "NEW_APPLICATION", suspendOnAddressMove: false });
    expect(by.get("DRUG_RETAIL")).toMatchObject({ binding: "PREMISES", premisesReview: "ONSITE_CHECK", suspendOnAddressMove: false });
    expect(by.get("HAZCHEM_TRADING")).toMatchObject({ binding: "PREMISES", premisesReview: "ONSITE_CHECK", suspendOnAddressMove: true });
    for (const r of rows) expect(r.bindingReason.length, r.code).toBeGreaterThan(5);
    expect(await db().matter.count({ where: { bindingReason: "" } })).toBe(0);
  });

  it("publishing a new catalog version keeps the matter's premises binding (it lives beside the versioned entry)", async () => {
    const matter = await db().matter.findUniqueOrThrow({ where: { code: "PUBLIC_PLACE_HYGIENE" }, include: { materials: true } });
    const entry = entryOf(matter);
    const version = await db().$transaction((tx) =>
      publishMatterVersion(tx, {
        matterId: matter.id,
        entry: { ...entry, fees: "不收费（第二版）" },
        expectedVersion: matter.catalogVersion,
        source: "IMPORT",
        actorId: regulator.id,
        now: NOW,
        effectiveFrom: new Date("2026-11-24T00:00:00Z"),
      }),
    );
    expect(version).toBe(matter.catalogVersion + 1);
    expect(await db().matter.findUniqueOrThrow({ where: { id: matter.id } })).toMatchObject({
      fees: "不收费（第二版）",
      binding: "PREMISES",
      premisesReview: "NEW_APPLICATION",
      suspendOnAddressMove: false,
      bindingReason: matter.bindingReason,
    });
  });

  it("an address change re-issues the business licence and the subject-bound permit; the premises-bound ones are never moved", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const held = await mixedLicences(enterprise.id);
    const { id } = await requestChange({ actor, now: NOW, input: { requestKey: key(), newAddress: NEW_ADDRESS, reason: "住所迁移" } });

    // The page before approval says what happens to each licence.
    const preview = await getRegistrationChange({ actor: scjg, now: NOW, changeId: id });
    const effect = new Map(preview.licences.map((l) => [l.number, l.effect]));
    expect(effect.get(held.business.number)).toEqual({ key: "reissueNewAddress", review: null, renamed: false });
    expect(effect.get(held.dispatch.number)).toEqual({ key: "reissueNewAddress", review: null, renamed: false });
    expect(effect.get(held.food.number)).toEqual({ key: "reviewValid", review: "NEW_APPLICATION", renamed: false });
    expect(effect.get(held.hazchem.number)).toEqual({ key: "reviewSuspend", review: "ONSITE_CHECK", renamed: false });
    expect(effect.get(held.hotel.number)).toEqual({ key: "keep", review: null, renamed: false });
    // The holder's own page says it before asking, too.
    const mine = await getEnterpriseRegistration({ actor, now: NOW });
    expect(new Map(mine!.held.map((l) => [l.number, l.onAddressChange.key]))).toEqual(
      new Map([
        [held.business.number, "reissueNewAddress"],
        [held.dispatch.number, "reissueNewAddress"],
        [held.food.number, "reviewValid"],
        [held.hazchem.number, "reviewSuspend"],
        [held.hotel.number, "keep"],
      ]),
    );

    const r = await decideRegistrationChange({ actor: scjg, now: LATER, input: { changeId: id, action: "approve" } });
    expect(r.reissued.map((x) => x.from).sort()).toEqual([held.business.number, held.dispatch.number].sort());
    expect(r.kept).toEqual([held.hotel.number]);
    expect(r.review).toEqual(
      expect.arrayContaining([
        {
          number: held.food.number,
          matter: "食品经营许可",
          address: enterprise.address,
          review: "NEW_APPLICATION",
          suspended: false,
          department: expect.any(String),
        },
        {
          number: held.hazchem.number,
          matter: "危险化学品经营许可（不带储存设施）",
          address: enterprise.address,
          review: "ONSITE_CHECK",
          suspended: true,
          department: expect.any(String),
        },
      ]),
    );
    expect(r.review).toHaveLength(2);

    for (const l of [held.business, held.dispatch]) expect(await successor(l.id)).toMatchObject({ address: NEW_ADDRESS, status: "VALID", version: 2 });
    // Food: still valid, at its premises (the old registered address), never re-issued.
    expect(await db().licence.findUniqueOrThrow({ where: { id: held.food.id } })).toMatchObject({ status: "VALID", address: enterprise.address, version: 1 });
    expect(await successor(held.food.id)).toBeNull();
    // Hazardous chemicals: suspended per its matter's rule, not moved either.
    const hazchem = await db().licence.findUniqueOrThrow({ where: { id: held.hazchem.id } });
    expect(hazchem).toMatchObject({ status: "SUSPENDED", address: enterprise.address, version: 1 });
    expect(hazchem.statusReason).toContain("住所变更");
    expect(await successor(held.hazchem.id)).toBeNull();
    // Hotel on premises of its own: untouched.
    expect(await db().licence.findUniqueOrThrow({ where: { id: held.hotel.id } })).toMatchObject({
      status: "VALID",
      address: OTHER_PREMISES,
      version: 1,
      signature: held.hotel.signature,
    });
    expect(await successor(held.hotel.id)).toBeNull();

    // The request's outcome keeps all three lists.
    const outcome = (await db().registrationChange.findUniqueOrThrow({ where: { id } })).outcome as {
      reissued: unknown[];
      kept: string[];
      review: { number: string }[];
    };
    expect(outcome.reissued).toHaveLength(2);
    expect(outcome.kept).toEqual([held.hotel.number]);
    expect(outcome.review.map((x) => x.number).sort()).toEqual([held.food.number, held.hazchem.number].sort());

    // The holder is told what is needed and what holds meanwhile.
    // One message of the approval (re-issued, kept), and one for each licence left for review.
    const toHolder = await inbox(actor.id, LATER);
    expect(toHolder.map((n) => n.title).sort()).toEqual(
      ["变更登记已准予", `证照未随住所变更：${enterprise.name}`, `证照未随住所变更：${enterprise.name}`].sort(),
    );
    const told = toHolder.map((n) => n.body).join("\n");
    expect(told).toContain(`${held.food.number}：如在新住所经营，需向发证部门重新申请；原证照对原经营场所（${enterprise.address}）继续有效`);
    expect(told).toContain(`${held.hazchem.number}：如在新住所经营，需经发证部门现场核查；原证照已暂停，经现场核查后恢复`);
    expect(toHolder.find((n) => n.title === "变更登记已准予")!.body).toContain(held.hotel.number);
    // The issuing departments of the premises-bound permits are told; the hotel's department (kept) is not.
    // (market regulation also issued the re-issued business licence: one message of the linked change, one of the review)
    const toScjg = (await inbox(scjg.id, LATER)).filter((n) => n.title.includes(enterprise.name));
    expect(toScjg).toHaveLength(2);
    expect(toScjg.filter((n) => n.body.includes(`${held.food.number}：如在新住所经营，需向发证部门重新申请`))).toHaveLength(1);
    expect(toScjg.filter((n) => n.body.includes(`${held.business.number} → ${held.business.number}-V2`))).toHaveLength(1);
    const toYjgl = (await inbox(yjgl.id, LATER)).filter((n) => n.title.includes(enterprise.name));
    expect(toYjgl).toHaveLength(1);
    expect(toYjgl[0]!.body).toContain(`${held.hazchem.number}：如在新住所经营，需经发证部门现场核查`);
    expect((await inbox(gafj.id, LATER)).filter((n) => n.title.includes(enterprise.name))).toHaveLength(0);
    // Audited per licence.
    expect(await db().auditLog.count({ where: { action: "licence.premisesReview", entityId: { in: [held.food.id, held.hazchem.id] } } })).toBe(2);
    expect(await db().auditLog.count({ where: { action: "licence.suspendForMove", entityId: held.hazchem.id } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "licence.keepPremises", entityId: held.hotel.id } })).toBe(1);

    // /verify tells the history truthfully: which were re-issued, which kept their premises, which await review.
    const pub = await getPublicEnterprise({ actor: null, now: LATER, uscc: enterprise.uscc });
    const byNumber = new Map(pub.licences.map((l) => [l.number, l]));
    expect([...byNumber.keys()].sort()).toEqual(
      [`${held.business.number}-V2`, `${held.dispatch.number}-V2`, held.food.number, held.hazchem.number, held.hotel.number].sort(),
    );
    expect(byNumber.get(held.food.number)!.premises).toMatchObject({
      kind: "review",
      review: "NEW_APPLICATION",
      suspended: false,
      address: enterprise.address,
      registeredAddress: NEW_ADDRESS,
    });
    expect(byNumber.get(held.food.number)!.genuineAndValid).toBe(true);
    expect(byNumber.get(held.hazchem.number)!).toMatchObject({ status: "SUSPENDED", premises: { kind: "review", review: "ONSITE_CHECK", suspended: true } });
    expect(byNumber.get(held.hotel.number)!.premises).toMatchObject({ kind: "kept" });
    expect(byNumber.get(`${held.business.number}-V2`)!.premises).toBeNull();
    expect(pub.history).toHaveLength(1);
    expect(pub.history[0]).toMatchObject({ kind: "CHANGE", oldAddress: enterprise.address, newAddress: NEW_ADDRESS, kept: [held.hotel.number] });
    expect(pub.history[0]!.reissued).toHaveLength(2);
    expect(pub.history[0]!.review).toHaveLength(2);
    const pubFood = await getPublicLicence({ actor: null, now: LATER, number: held.food.number });
    expect(pubFood).toMatchObject({ supersededBy: null, supersedes: null, premises: { kind: "review", review: "NEW_APPLICATION", suspended: false } });
    expect(pubFood.licence).toMatchObject({ status: "VALID", address: enterprise.address, genuineAndValid: true });
    expect((await getPublicLicence({ actor: null, now: LATER, number: `${held.dispatch.number}-V2` })).supersedes).toBe(held.dispatch.number);

    // The dossier too.
    const dossier = await getEnterpriseDossier({ actor: regulator, now: LATER, uscc: enterprise.uscc });
    expect(dossier.registrations).toHaveLength(1);
    expect(dossier.registrations[0]!.review.map((x) => x.number).sort()).toEqual([held.food.number, held.hazchem.number].sort());
    const dl = new Map(dossier.licences.map((l) => [l.number, l]));
    expect(dl.get(held.food.number)!.premises).toMatchObject({ kind: "review" });
    expect(dl.get(held.hotel.number)!.premises).toMatchObject({ kind: "kept" });
    expect(dl.get(`${held.dispatch.number}-V2`)).toMatchObject({ supersedes: held.dispatch.number, address: NEW_ADDRESS, premises: null });
    expect(dl.get(held.dispatch.number)).toMatchObject({ status: "SUPERSEDED", premises: null });
    const changeEvent = dossier.timeline.find((ev) => ev.kind === "registration" && ev.text.startsWith("变更登记"));
    expect(changeEvent!.text).toContain("换发 2 项证照");
    expect(changeEvent!.text).toContain("1 项在自有经营场所保持不变");
    expect(changeEvent!.text).toContain(`2 项按原经营场所核发、未随住所迁移，待发证部门审查`);
  });

  it("a name change re-issues every licence, premises-bound ones included, each at its own address", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const held = await mixedLicences(enterprise.id);
    const newName = `${enterprise.name.replace("有限公司", "")}更名有限公司`;
    const { id } = await requestChange({ actor, now: NOW, input: { requestKey: key(), newName, reason: "企业更名" } });
    const preview = await getRegistrationChange({ actor: scjg, now: NOW, changeId: id });
    expect(preview.licences.every((l) => l.effect.key === "reissue")).toBe(true);

    const r = await decideRegistrationChange({ actor: scjg, now: LATER, input: { changeId: id, action: "approve" } });
    expect(r.reissued.map((x) => x.from).sort()).toEqual(
      Object.values(held)
        .map((l) => l.number)
        .sort(),
    );
    expect(r.kept).toEqual([]);
    expect(r.review).toEqual([]);
    for (const l of Object.values(held)) {
      const next = await successor(l.id);
      expect(next, l.number).toMatchObject({ holderName: newName, address: l.address, status: "VALID", version: 2 });
      expect((next!.payload as unknown as Payload).holderName).toBe(newName);
    }
  });

  it("a new name and a new address at once: a premises-bound permit at the old address gets the new name, keeps its premises and is left for review", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const held = await mixedLicences(enterprise.id);
    const newName = `${enterprise.name.replace("有限公司", "")}迁址有限公司`;
    const { id } = await requestChange({ actor, now: NOW, input: { requestKey: key(), newName, newAddress: NEW_ADDRESS, reason: "更名并迁址" } });
    const preview = await getRegistrationChange({ actor: scjg, now: NOW, changeId: id });
    expect(preview.licences.find((l) => l.number === held.food.number)!.effect).toEqual({ key: "reviewValid", review: "NEW_APPLICATION", renamed: true });
    expect(preview.licences.find((l) => l.number === held.hotel.number)!.effect.key).toBe("reissueOwnPremises");

    const r = await decideRegistrationChange({ actor: scjg, now: LATER, input: { changeId: id, action: "approve" } });
    expect(r.reissued).toHaveLength(5);
    const food = await successor(held.food.id);
    expect(food).toMatchObject({ holderName: newName, address: enterprise.address, status: "VALID" });
    const hazchem = await successor(held.hazchem.id);
    expect(hazchem).toMatchObject({ holderName: newName, address: enterprise.address, status: "SUSPENDED" });
    expect(await successor(held.hotel.id)).toMatchObject({ holderName: newName, address: OTHER_PREMISES, status: "VALID" });
    expect(await successor(held.business.id)).toMatchObject({ holderName: newName, address: NEW_ADDRESS });
    // The review names the version in force; /verify finds it on that version.
    expect(r.review.map((x) => [x.number, x.suspended]).sort()).toEqual(
      [
        [food!.number, false],
        [hazchem!.number, true],
      ].sort(),
    );
    const pubFood = await getPublicLicence({ actor: null, now: LATER, number: food!.number });
    expect(pubFood).toMatchObject({ supersedes: held.food.number, premises: { kind: "review", review: "NEW_APPLICATION" } });
  });

  it("a permit already suspended by its department is left for review but not suspended again", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const hazchem = await makeLicence(enterprise.id, { kind: "PERMIT", matterCode: "HAZCHEM_TRADING", status: "SUSPENDED", statusReason: "停业整顿期间" });
    const { id } = await requestChange({ actor, now: NOW, input: { requestKey: key(), newAddress: NEW_ADDRESS, reason: "住所迁移" } });
    const r = await decideRegistrationChange({ actor: scjg, now: LATER, input: { changeId: id, action: "approve" } });
    expect(r.review).toEqual([expect.objectContaining({ number: hazchem.number, suspended: true })]);
    expect(await db().licence.findUniqueOrThrow({ where: { id: hazchem.id } })).toMatchObject({ status: "SUSPENDED", statusReason: "停业整顿期间" });
    expect(await db().auditLog.count({ where: { action: "licence.suspendForMove", entityId: hazchem.id } })).toBe(0);
  });
});

describe("注销登记 (cancellation)", () => {
  it("is refused while an application is being processed; approved, it ends the enterprise, its licences and its drafts", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const held = await usualLicences(enterprise.id);
    const suspended = await makeLicence(enterprise.id, { kind: "PERMIT", matterCode: "TOBACCO_RETAIL", status: "SUSPENDED", statusReason: "停业整顿期间" });
    const revoked = await makeLicence(enterprise.id, { kind: "PERMIT", matterCode: "LIQUOR_RETAIL", status: "REVOKED", statusReason: "依法撤销" });

    const submitted = await makeApplication({ applicant: actor, status: "SUBMITTED", submittedAt: NOW });
    const busy = await refusal(requestCancellation({ actor, now: NOW, input: { requestKey: key(), reason: "停止经营", confirm: "yes" } }));
    expect(busy.code).toBe("CONFLICT");
    expect(zhError(busy)).toContain("正在办理");
    expect(await db().registrationChange.count({ where: { enterpriseId: enterprise.id } })).toBe(0);
    // Unconfirmed: BAD_INPUT.
    expect((await refusal(requestCancellation({ actor, now: NOW, input: { requestKey: key(), reason: "停止经营" } }))).code).toBe("BAD_INPUT");

    await db().application.update({ where: { id: submitted.id }, data: { status: "ISSUED" } });
    const draft = await makeApplication({ applicant: actor, status: "DRAFT" });
    const returned = await makeApplication({ applicant: actor, status: "RETURNED", submittedAt: NOW });
    const { id } = await requestCancellation({ actor, now: NOW, input: { requestKey: key(), reason: "停止经营", confirm: "yes" } });
    expect((await db().registrationChange.findUniqueOrThrow({ where: { id } })).kind).toBe("CANCEL");

    const r = await decideRegistrationChange({ actor: scjg, now: LATER, input: { changeId: id, action: "approve" } });
    expect(r.status).toBe("APPROVED");
    expect(r.reissued).toEqual([]);
    expect([...r.cancelled].sort()).toEqual([...Object.values(held), suspended].map((l) => l.number).sort());

    expect((await db().enterprise.findUniqueOrThrow({ where: { id: enterprise.id } })).status).toBe("CANCELLED");
    for (const l of [...Object.values(held), suspended]) {
      const row = await db().licence.findUniqueOrThrow({ where: { id: l.id } });
      expect(row.status).toBe("CANCELLED");
      expect(row.statusReason).toContain("联动注销");
      expect(await successor(l.id)).toBeNull();
    }
    expect(await db().licence.findUniqueOrThrow({ where: { id: revoked.id } })).toMatchObject({ status: "REVOKED", statusReason: "依法撤销" });
    expect((await db().application.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("WITHDRAWN");
    expect((await db().application.findUniqueOrThrow({ where: { id: returned.id } })).status).toBe("WITHDRAWN");
    expect((await db().application.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe("ISSUED");
    // Each closed application's history says so: a CANCEL row from where it was, by the deciding officer.
    const closedRows = await db().applicationEvent.findMany({ where: { applicationId: { in: [draft.id, returned.id, submitted.id] }, type: "CANCEL" } });
    expect(closedRows.map((e) => [e.applicationId, e.fromStatus, e.toStatus, e.actorId]).sort()).toEqual(
      [
        [draft.id, "DRAFT", "WITHDRAWN", scjg.id],
        [returned.id, "RETURNED", "WITHDRAWN", scjg.id],
      ].sort(),
    );

    const pub = await getPublicEnterprise({ actor: null, now: LATER, uscc: enterprise.uscc });
    expect(pub.status).toBe("CANCELLED");
    expect(pub.licences).toHaveLength(6);
    expect(pub.licences.filter((l) => l.id !== revoked.id).every((l) => l.status === "CANCELLED" && !l.genuineAndValid)).toBe(true);
    expect(pub.licences.find((l) => l.id === revoked.id)!.status).toBe("REVOKED");

    expect(await db().auditLog.count({ where: { entityType: "Enterprise", entityId: enterprise.id, action: "enterprise.cancel" } })).toBe(1);
    expect(
      await db().auditLog.count({ where: { action: "licence.cancel", entityId: { in: [...Object.values(held), suspended, revoked].map((l) => l.id) } } }),
    ).toBe(5);
    const outbox = (await db().outboxMessage.findMany({ where: { topic: "enterprise.cancelled" } })).filter(
      (o) => (o.payload as { uscc?: string }).uscc === enterprise.uscc,
    );
    expect(outbox).toHaveLength(1);

    // Nothing more can be asked for a cancelled enterprise.
    const start = await refusal(
      startApplication({ actor, now: LATEST, input: { matterCodes: ["TOBACCO_RETAIL"], clientKey: `start-${randomBytes(8).toString("hex")}` } }),
    );
    expect(start.code).toBe("CONFLICT");
    expect(zhError(start)).toContain("注销");
    const again = await refusal(requestChange({ actor, now: LATEST, input: { requestKey: key(), newAddress: NEW_ADDRESS, reason: "经营场所搬迁" } }));
    expect(again.code).toBe("CONFLICT");
    expect((await refusal(requestCancellation({ actor, now: LATEST, input: { requestKey: key(), reason: "再次注销", confirm: "yes" } }))).code).toBe(
      "CONFLICT",
    );
  });

  it("an application submitted after the request makes its approval a CONFLICT, and nothing is cancelled", async () => {
    const { enterprise, actor } = await freshEnterprise();
    const licence = await makeLicence(enterprise.id, { kind: "BUSINESS" });
    const { id } = await requestCancellation({ actor, now: NOW, input: { requestKey: key(), reason: "停止经营", confirm: "yes" } });
    await makeApplication({ applicant: actor, status: "SUBMITTED", submittedAt: NOW });
    const e = await refusal(decideRegistrationChange({ actor: scjg, now: LATER, input: { changeId: id, action: "approve" } }));
    expect(e.code).toBe("CONFLICT");
    expect((await db().enterprise.findUniqueOrThrow({ where: { id: enterprise.id } })).status).toBe("ACTIVE");
    expect((await db().licence.findUniqueOrThrow({ where: { id: licence.id } })).status).toBe("VALID");
    expect((await db().registrationChange.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });
});
