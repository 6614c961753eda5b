import { parseInput } from "@/lib/errors";
import { ZStartApplication } from "@/lib/applications/schemas";
import { rejectionText, zh } from "../support/messages";
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { startApplication } from "@/lib/applications/start-application";
import { getApplicationForm } from "@/lib/applications/get-application-form";
import { saveDraft } from "@/lib/applications/save-draft";
import { makeEnterpriseWithApplicant, sessionUserOf } from "../factories";
import { makeFounder } from "../factories/s1";
import { FOUNDER_ID_NUMBER } from "@/prisma/seed/data/users";
import { IDENTITY_SOURCE } from "@/lib/forms/known-values";
import { allFields } from "@/lib/forms/merge-form";
import { problemText, type Problem } from "@/lib/forms/problem";

/** A problem's words as a Chinese visitor reads them. */
const words = (p: Problem) => problemText(zh, p);

const NOW = new Date("2026-11-23T02:00:00Z");
const S2 = ["FOOD_OPERATION", "LIQUOR_RETAIL", "OUTDOOR_SIGN_FILING"];
let owner: SessionUser;
let other: SessionUser;
let newcomer: SessionUser;

// An enterprise of each test's own: one enterprise cannot have two pending applications for the same
// matters (issue 15 §6), so tests starting S2 do not share one.
beforeEach(async () => {
  owner = (await makeEnterpriseWithApplicant("一表草稿")).actor;
});

beforeAll(async () => {
  other = await sessionUserOf("applicant");
  const u = await getDb().user.create({ data: { username: `new-${randomUUID()}`, passwordHash: "x", displayName: "赵新", role: "APPLICANT" } });
  newcomer = { id: u.id, username: u.username, name: u.displayName, role: "APPLICANT", enterpriseId: null, departmentId: null };
});

/** As the action does it: the schema parses the start, then the domain acts on the typed input. */
const start = (actor: SessionUser, matterCodes: string[], clientKey = randomUUID()) =>
  Promise.resolve().then(() => startApplication({ actor, now: NOW, input: parseInput(ZStartApplication, { matterCodes, clientKey }) }));

describe("starting a one-form application", () => {
  it("an existing enterprise applies for its permits only; the same click twice makes one draft", async () => {
    const key = randomUUID();
    const [a, b] = await Promise.all([start(owner, S2, key), start(owner, S2, key)]);
    expect(a.id).toBe(b.id);
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
    const items = await getDb().applicationItem.findMany({ where: { applicationId: a.id }, include: { matter: true } });
    expect(items.map((i) => i.matter.code).sort()).toEqual([...S2].sort());
    expect((await start(owner, S2, key)).id).toBe(a.id);
  });

  it("a new business gets its business licence in the same application", async () => {
    const { id } = await start(newcomer, ["TOBACCO_RETAIL"]);
    const form = await getApplicationForm({ actor: newcomer, applicationId: id });
    expect(form.isNewEnterprise).toBe(true);
    // Never returned: no return notice above the form.
    expect(form.returnNotice).toBeNull();
    expect(form.matters.map((m) => m.code)).toEqual(["BUSINESS_REGISTRATION", "TOBACCO_RETAIL"]);
  });

  it("refuses unknown matters and non-applicants without writing anything", async () => {
    const before = await getDb().application.count();
    await expect(start(owner, ["NOPE"])).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await rejectionText(start(owner, ["NOPE"]))).toContain("NOPE");
    await expect(start(owner, [])).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(start(await sessionUserOf("window"), S2)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getDb().application.count()).toBe(before);
  });
});

describe("the merged form of a draft", () => {
  it("S2: each field once, what the portal knows pre-filled with its source, counters from the catalog", async () => {
    const { id } = await start(owner, S2);
    const form = await getApplicationForm({ actor: owner, applicationId: id });
    const fields = allFields(form.form);
    expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
    const uscc = fields.find((f) => f.key === "subject.uscc");
    const enterprise = await getDb().enterprise.findUniqueOrThrow({ where: { id: owner.enterpriseId! } });
    // A registry fact: read-only in the form, corrected only by 变更登记 (issue 15 §2).
    expect(uscc?.known).toEqual({ value: enterprise.uscc, source: "企业登记信息", registry: true });
    const matters = await getDb().matter.findMany({ where: { code: { in: S2 } }, include: { fields: true, materials: true } });
    expect(form.counters.fieldsBaseline).toBe(matters.reduce((n, m) => n + m.fields.length, 0));
    expect(form.counters.materialsBaseline).toBe(matters.reduce((n, m) => n + m.materials.length, 0));
    expect(form.counters.fieldsToType).toBe(fields.filter((f) => f.known === null).length);
    expect(form.counters.fieldsToType).toBeLessThan(form.counters.fieldsBaseline);
    expect(form.counters.fieldsTyped).toBe(0);
  });

  it("a new company: the founder's real-name identity fills the legal representative, with its source; an unverified account gets no ID number", async () => {
    const founder = await makeFounder();
    const { id } = await start(founder, ["TOBACCO_RETAIL"]);
    const fields = new Map(allFields((await getApplicationForm({ actor: founder, applicationId: id })).form).map((f) => [f.key, f]));
    expect(fields.get("subject.legalRep.name")?.known).toEqual({ value: "陈晨", source: IDENTITY_SOURCE });
    expect(fields.get("subject.legalRep.idNumber")?.known).toEqual({ value: FOUNDER_ID_NUMBER, source: IDENTITY_SOURCE });
    // The ID type follows from the pre-filled number; the contact is the signed-in person.
    expect(fields.get("subject.legalRep.idType")?.known?.value).toBe("resident-id");
    expect(fields.get("subject.contact.name")?.known?.value).toBe("陈晨");
    // Correctable (the legal representative may be someone else): a typed value wins and is stored.
    const other = "11010519491231002X";
    const form = await getApplicationForm({ actor: founder, applicationId: id });
    expect(
      (
        await saveDraft({
          actor: founder,
          now: NOW,
          input: { applicationId: id, expectedVersion: form.version, values: { "subject.legalRep.idNumber": other } },
        })
      ).problems,
    ).toEqual({});
    expect((await getApplicationForm({ actor: founder, applicationId: id })).effective["subject.legalRep.idNumber"]).toBe(other);

    // newcomer's account is not real-name verified: the name is the account's, no ID number is invented.
    const { id: second } = await start(newcomer, ["PUBLICATION_RETAIL"]);
    const plain = new Map(allFields((await getApplicationForm({ actor: newcomer, applicationId: second })).form).map((f) => [f.key, f]));
    expect(plain.get("subject.legalRep.idNumber")?.known).toBeNull();
  });

  it("is NOT_FOUND for another applicant", async () => {
    const { id } = await start(owner, S2);
    await expect(getApplicationForm({ actor: other, applicationId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveDraft({ actor: other, now: NOW, input: { applicationId: id, expectedVersion: 0, values: {} } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("draft autosave", () => {
  it("saves typed values on the expected version; a stale device gets CONFLICT; bad values are named and the good ones still saved", async () => {
    const { id } = await start(owner, S2);
    const form = await getApplicationForm({ actor: owner, applicationId: id });
    const area = allFields(form.form).find((f) => f.key === "premises.area");
    expect(area).toBeDefined();
    const saved = await saveDraft({ actor: owner, now: NOW, input: { applicationId: id, expectedVersion: 0, values: { "premises.area": "120" } } });
    expect(saved).toEqual({ ok: true, version: 1, problems: {} });
    expect((await getApplicationForm({ actor: owner, applicationId: id })).counters.fieldsTyped).toBe(1);

    await expect(
      saveDraft({ actor: owner, now: NOW, input: { applicationId: id, expectedVersion: 0, values: { "premises.area": "90" } } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const bad = await saveDraft({
      actor: owner,
      now: NOW,
      input: { applicationId: id, expectedVersion: 1, values: { "premises.area": "一百二", "no.such": "x", "premises.name": "枫味小馆" } },
    });
    expect(bad.ok).toBe(true);
    expect(words(bad.problems["premises.area"]!)).toContain("请填写数字");
    expect(words(bad.problems["no.such"]!)).toContain("表单中没有");
    expect(bad.problems).not.toHaveProperty("premises.name");
    // The good value is stored; the refused area keeps what was stored before; the unknown key is dropped.
    const app = await getDb().application.findUniqueOrThrow({ where: { id } });
    expect(app.formData).toEqual({ "premises.area": "120", "premises.name": "枫味小馆" });
    expect(app.version).toBe(2);
  });

  describe("starting from the finder", () => {
    it("keeps the finder answers and does not ask what they already answer", async () => {
      const guideQuery =
        "has_licence=no&activities=retail&sells_food=yes&food_kind=prepackaged&sells_chilled=yes&sells_liquor=yes&area=80&outdoor_sign=no&gas_use=none&bogus=1";
      const { id } = await startApplication({
        actor: newcomer,
        now: NOW,
        input: { matterCodes: ["PREPACKAGED_FOOD_FILING", "LIQUOR_RETAIL"], clientKey: randomUUID(), guideQuery },
      });
      const app = await getDb().application.findUniqueOrThrow({ where: { id } });
      expect(app.guideAnswers).toMatchObject({ area: 80, food_kind: "prepackaged", sells_liquor: true });
      expect(app.guideAnswers).not.toHaveProperty("bogus");
      const form = await getApplicationForm({ actor: newcomer, applicationId: id });
      const fields = allFields(form.form);
      expect(fields.find((f) => f.key === "premises.area")?.known).toEqual({ value: "80", source: "来自智能导办的回答，可更正" });
      expect(fields.find((f) => f.key === "business.foodCategories")?.known?.value).toBe("prepackaged");
    });
  });
});
