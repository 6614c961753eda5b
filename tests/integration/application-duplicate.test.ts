// One enterprise, one pending application per matter and premises (issue 15 §6): the second start is
// refused and says where the first one is; other premises, other matters, finished applications and other
// enterprises are not in the way. For a company not registered yet the "enterprise" is the applicant account.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { assertNoPendingDuplicate, DuplicateApplicationError, startApplication } from "@/lib/applications/start-application";
import { submitApplication } from "@/lib/applications/submit-application";
import type { SessionUser } from "@/lib/auth/types";
import { makeEnterpriseWithApplicant } from "../factories";
import { makeFounder } from "../factories/s1";
import { zhError } from "../support/messages";

const NOW = new Date("2026-11-24T10:00:00+08:00");
const start = (actor: SessionUser, matterCodes: string[], extra: Record<string, string> = {}) =>
  startApplication({ actor, now: NOW, input: { matterCodes, clientKey: randomUUID(), ...extra } });

async function refusal(p: Promise<unknown>): Promise<DuplicateApplicationError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DuplicateApplicationError);
  return e as DuplicateApplicationError;
}

describe("no second pending application for the same matter at the same premises", () => {
  it("refuses the second start and links to the first, a draft to its form, a submitted one to its tracking page", async () => {
    const { actor } = await makeEnterpriseWithApplicant("重复");
    const first = await start(actor, ["LIQUOR_RETAIL"]);
    expect(first.created).toBe(true);

    const e = await refusal(start(actor, ["TOBACCO_RETAIL", "LIQUOR_RETAIL"]));
    expect(e.code).toBe("CONFLICT");
    expect(e.existing).toMatchObject({ id: first.id, status: "DRAFT", href: `/apply/${first.id}` });
    expect(zhError(e)).toContain(`/apply/${first.id}`);
    expect(zhError(e)).toContain("草稿");
    expect(await getDb().application.count({ where: { enterpriseId: actor.enterpriseId } })).toBe(1);

    await getDb().application.update({ where: { id: first.id }, data: { status: "SUBMITTED", submittedAt: NOW } });
    const again = await refusal(start(actor, ["LIQUOR_RETAIL"]));
    expect(again.existing).toMatchObject({ id: first.id, status: "SUBMITTED", href: `/my/applications/${first.id}` });
    expect(zhError(again)).toContain(`/my/applications/${first.id}`);
  });

  it("names the matters in common, by their catalog names", async () => {
    const { actor } = await makeEnterpriseWithApplicant("名称");
    await start(actor, ["LIQUOR_RETAIL", "OUTDOOR_SIGN_FILING"]);
    const e = await refusal(start(actor, ["TOBACCO_RETAIL", "LIQUOR_RETAIL"]));
    const liquor = await getDb().matter.findUniqueOrThrow({ where: { code: "LIQUOR_RETAIL" }, select: { name: true } });
    expect(e.existing.matters).toEqual([liquor.name]);
    expect(zhError(e)).toContain(`“${liquor.name}”`);
  });

  it("is not in the way of other matters, other premises, other enterprises, or finished applications", async () => {
    const db = getDb();
    const { actor } = await makeEnterpriseWithApplicant("不冲突");
    const first = await start(actor, ["LIQUOR_RETAIL"]);
    expect((await start(actor, ["TOBACCO_RETAIL"])).created).toBe(true); // another matter
    expect((await start(actor, ["LIQUOR_RETAIL"], { premisesAddress: "上海市金山区朱泾镇人民路1号" })).created).toBe(true); // a second shop

    const other = await makeEnterpriseWithApplicant("别家");
    expect((await start(other.actor, ["LIQUOR_RETAIL"])).created).toBe(true);

    // The first one's premises typed elsewhere: a start at the registered address no longer meets it.
    await db.application.update({ where: { id: first.id }, data: { formData: { "premises.address": "上海市金山区石化街道卫零路9号" } } });
    const atRegistered = await start(actor, ["LIQUOR_RETAIL"]);
    expect(atRegistered.created).toBe(true);
    // …but a start naming those premises (written differently: full-width digits, spaces) does.
    const e = await refusal(start(actor, ["LIQUOR_RETAIL"], { premisesAddress: "上海市金山区石化街道 卫零路９号" }));
    expect(e.existing.id).toBe(first.id);

    // Issued or withdrawn applications are finished: a new one may start.
    for (const status of ["ISSUED", "WITHDRAWN"] as const) {
      await db.application.updateMany({
        where: { enterpriseId: actor.enterpriseId, items: { some: { matter: { code: "LIQUOR_RETAIL" } } } },
        data: { status },
      });
      expect((await start(actor, ["LIQUOR_RETAIL"])).created).toBe(true);
      await db.application.updateMany({
        where: { enterpriseId: actor.enterpriseId, status: "DRAFT", items: { some: { matter: { code: "LIQUOR_RETAIL" } } } },
        data: { status },
      });
    }
  });

  it("counts every account of the enterprise as the same enterprise", async () => {
    const db = getDb();
    const { actor, enterprise } = await makeEnterpriseWithApplicant("同企业");
    const first = await start(actor, ["LIQUOR_RETAIL"]);
    const colleague = await db.user.create({
      data: { username: `colleague-${randomUUID()}`, passwordHash: "x", displayName: "李娜", role: "APPLICANT", enterpriseId: enterprise.id },
    });
    const e = await refusal(start({ ...actor, id: colleague.id, username: colleague.username }, ["LIQUOR_RETAIL"]));
    expect(e.existing.id).toBe(first.id);
  });

  it("for a company not registered yet: the same account is refused, another founder is not", async () => {
    const founder = await makeFounder();
    const first = await start(founder, ["LIQUOR_RETAIL"]);
    const e = await refusal(start(founder, ["LIQUOR_RETAIL"]));
    expect(e.existing).toMatchObject({ id: first.id, href: `/apply/${first.id}` });
    // The business-registration matter both carry is not a conflict by itself: another permit is fine.
    expect((await start(founder, ["TOBACCO_RETAIL"])).created).toBe(true);
    expect((await start(await makeFounder(), ["LIQUOR_RETAIL"])).created).toBe(true);
  });

  it("two starts at the same moment make one draft; the other is told where it is", async () => {
    const { actor } = await makeEnterpriseWithApplicant("并发");
    const results = await Promise.allSettled([start(actor, ["LIQUOR_RETAIL"]), start(actor, ["LIQUOR_RETAIL"])]);
    const made = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(made).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toBeInstanceOf(DuplicateApplicationError);
    expect((refused[0]!.reason as DuplicateApplicationError).existing.id).toBe((made[0] as PromiseFulfilledResult<{ id: string }>).value.id);
    expect(await getDb().application.count({ where: { enterpriseId: actor.enterpriseId } })).toBe(1);
  });

  it("at submission: a draft whose premises were changed to those of a pending application is refused", async () => {
    const db = getDb();
    const { actor } = await makeEnterpriseWithApplicant("提交");
    const first = await start(actor, ["LIQUOR_RETAIL"]);
    const second = await start(actor, ["LIQUOR_RETAIL"], { premisesAddress: "上海市金山区朱泾镇人民路2号" });
    await db.application.update({ where: { id: second.id }, data: { formData: { "premises.address": "上海市金山区朱泾镇人民路2号" } } });
    await db.$transaction((tx) => assertNoPendingDuplicate(tx, second.id)); // different premises: fine
    const registered = (await db.enterprise.findUniqueOrThrow({ where: { id: actor.enterpriseId! } })).address;
    await db.application.update({ where: { id: second.id }, data: { formData: { "premises.address": registered } } });
    const e = await refusal(db.$transaction((tx) => assertNoPendingDuplicate(tx, second.id)));
    expect(e.existing.id).toBe(first.id);
    // Submitting it is refused the same way, and it stays a draft.
    const version = (await db.application.findUniqueOrThrow({ where: { id: second.id } })).version;
    const s = await refusal(submitApplication({ actor, now: new Date(), input: { applicationId: second.id, expectedVersion: version } }));
    expect(s.existing.id).toBe(first.id);
    expect((await db.application.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("DRAFT");
  });
});
