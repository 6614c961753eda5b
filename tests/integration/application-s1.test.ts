// S1 (../shared/SCENARIOS.md): a new company opens an 80 m² convenience store. From the finder's answers
// to a submitted application, through the domain functions, on the real database: the documents the
// portal writes from the form are e-signed (not uploaded), shareholder identities are verified online,
// and the stored counters meet the goal — fieldsTyped ≤ 25% of fieldsBaseline, materialsSubmitted ≤ 15%
// of materialsBaseline.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { FOUNDER_ID_NUMBER } from "@/prisma/seed/data/users";
import { buildNotice } from "@/lib/guidance/build-notice";
import { startApplication } from "@/lib/applications/start-application";
import { getApplicationForm } from "@/lib/applications/get-application-form";
import { getApplyPage } from "@/lib/applications/get-apply-page";
import { saveDraft } from "@/lib/applications/save-draft";
import { chooseCommitment } from "@/lib/applications/choose-commitment";
import { setPendingMaterial } from "@/lib/applications/set-pending-material";
import { uploadMaterial } from "@/lib/applications/upload-material";
import { signOnlineDocument } from "@/lib/applications/sign-online-document";
import { submitApplication } from "@/lib/applications/submit-application";
import { hashText } from "@/lib/applications/online-documents";
import { getFileStorage } from "@/lib/files/storage";
import { S1_ANSWERS } from "../factories";
import { PDF, S1_FIRST as FIRST, fillS1 as fillS1For, makeFounder } from "../factories/s1";
import { allFields } from "@/lib/forms/merge-form";
import { zh } from "../support/messages";
import { problemText, type Problem } from "@/lib/forms/problem";

/** A problem's words as a Chinese visitor reads them. */
const words = (p: Problem) => problemText(zh, p);

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "onelicence-s1-"));

const NOW = new Date("2026-11-23T02:00:00Z");
// A founder of their own per test: one account may not hold two pending applications for the same matter.
let founder: SessionUser;
beforeEach(async () => {
  founder = await makeFounder();
});

async function formOf(id: string) {
  return getApplicationForm({ actor: founder, applicationId: id });
}

const fillS1 = (id: string) => fillS1For(founder, id, NOW);

async function pageOf(id: string) {
  return getApplyPage({ actor: founder, form: await formOf(id), now: NOW });
}

describe("S1 convenience store, new company: finder → one form → submitted", () => {
  it("meets the reform goal: fields typed ≤ 25%, documents uploaded ≤ 15%", async () => {
    const db = getDb();
    const notice = await buildNotice({ words: { yes: "是", no: "否", none: "都不涉及" }, params: S1_ANSWERS });
    const codes = notice.items.map((i) => i.code);
    expect(codes).toContain("BUSINESS_REGISTRATION");
    const { id } = await startApplication({
      actor: founder,
      now: NOW,
      input: {
        matterCodes: codes.filter((c) => c !== "BUSINESS_REGISTRATION"),
        clientKey: randomUUID(),
        guideQuery: new URLSearchParams(S1_ANSWERS).toString(),
      },
    });
    const { typed } = await fillS1(id);

    // Derived from what was typed: not asked again.
    const form = await formOf(id);
    const known = new Map(
      allFields(form.form)
        .filter((f) => f.known)
        .map((f) => [f.key, f.known!]),
    );
    expect(known.get("subject.registeredCapital")?.value).toBe("50"); // 万元, like the shareholder list
    expect(known.get("subject.shareholderCount")?.value).toBe("1");
    expect(known.get("premises.area")?.value).toBe("80");
    expect(known.get("premises.address")?.value).toBe(FIRST["subject.address"]);
    expect(known.get("sign.content")?.value).toBe("晨光便利店");

    // The documents: written by the portal, verified online, taken from government data, or uploaded.
    let page = await pageOf(id);
    const route = (key: string) => page.documents.find((d) => d.documentKey === key)?.route;
    expect(route("articles.draft")).toBe("generated");
    expect(route("appointment")).toBe("generated");
    expect(route("sign.design")).toBe("generated");
    expect(route("id.shareholders")).toBe("verified");
    expect(route("licence.business")).toBe("government");
    expect(route("premises.lease")).toBe("upload");

    // Each generated text says what the form says, and is signed on its exact hash.
    const articles = page.documents.find((d) => d.documentKey === "articles.draft")!.online!;
    expect(articles.status).toBe("ready");
    if (articles.status !== "ready") return;
    expect(articles.text).toContain("上海金山晨光便利店有限公司");
    expect(articles.text).toContain("陈晨，认缴出资50万元");
    await expect(
      signOnlineDocument({ actor: founder, now: NOW, input: { applicationId: id, documentKey: "articles.draft", textHash: "0".repeat(64) } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      signOnlineDocument({ actor: founder, now: NOW, input: { applicationId: id, documentKey: "premises.lease", textHash: articles.textHash } }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    for (const d of page.documents.filter((x) => x.route === "generated")) {
      if (d.online?.status !== "ready") throw new Error(`${d.documentKey} not ready: ${JSON.stringify(d.online)}`);
      await signOnlineDocument({ actor: founder, now: NOW, input: { applicationId: id, documentKey: d.documentKey, textHash: d.online.textHash } });
    }
    const generated = await db.material.findMany({ where: { applicationId: id, origin: "GENERATED" } });
    expect(generated.map((m) => m.documentKey).sort()).toEqual(["appointment", "articles.draft", "sign.design"]);
    for (const m of generated) {
      expect(m.uploadedById).toBe(founder.id);
      const stored = new TextDecoder().decode((await getFileStorage().get(m.storageKey))!);
      expect(hashText(stored)).toBe(m.sha256);
    }
    expect(new TextDecoder().decode((await getFileStorage().get(generated.find((m) => m.documentKey === "articles.draft")!.storageKey))!)).toBe(articles.text);

    // Liquor by commitment; the premises photos and location map supplemented later (容缺); the lease uploaded.
    const liquor = page.commitments.find((c) => c.code === "LIQUOR_RETAIL")!;
    await chooseCommitment({ actor: founder, now: NOW, input: { applicationId: id, matterCode: "LIQUOR_RETAIL", commit: true, textHash: liquor.textHash } });
    for (const key of ["premises.photos", "premises.locationMap"])
      await setPendingMaterial({ actor: founder, now: NOW, input: { applicationId: id, documentKey: key, pending: true } });
    await uploadMaterial({
      actor: founder,
      now: NOW,
      input: { applicationId: id, documentKey: "premises.lease" },
      file: { name: "租赁合同.pdf", type: "application/pdf", bytes: PDF },
    });

    page = await pageOf(id);
    expect(page.documents.filter((d) => d.route === "generated").every((d) => d.signed?.current)).toBe(true);
    expect(page.toProvide).toEqual({ upload: 3, generated: 3 });

    const version = (await formOf(id)).version;
    const r = await submitApplication({ actor: founder, now: NOW, input: { applicationId: id, expectedVersion: version } });
    expect(r).toMatchObject({ ok: true, alreadySubmitted: false });
    const done = await db.application.findUniqueOrThrow({ where: { id } });
    expect(done.fieldsTyped).toBe(typed);
    expect(done.fieldsBaseline).toBe(form.counters.fieldsBaseline);
    expect(done.materialsBaseline).toBe(24);
    // The lease now, photos and location map later: 3 documents of 24.
    expect(done.materialsSubmitted).toBe(3);
    expect(done.fieldsTyped / done.fieldsBaseline).toBeLessThanOrEqual(0.25);
    expect(done.materialsSubmitted / done.materialsBaseline).toBeLessThanOrEqual(0.15);
    console.info(`S1: fields ${done.fieldsTyped}/${done.fieldsBaseline}, materials ${done.materialsSubmitted}/${done.materialsBaseline}`);
  });

  it("a signed document goes stale when the form changes: submission says so until it is signed again", async () => {
    const { id } = await startApplication({ actor: founder, now: NOW, input: { matterCodes: ["OUTDOOR_SIGN_FILING"], clientKey: randomUUID() } });
    await fillS1(id);
    let page = await pageOf(id);
    // The registration joins (a new company): its articles and appointment are signed too.
    for (const d of page.documents.filter((x) => x.route === "generated")) {
      if (d.online?.status !== "ready") throw new Error(`${d.documentKey}: ${JSON.stringify(d.online)}`);
      await signOnlineDocument({ actor: founder, now: NOW, input: { applicationId: id, documentKey: d.documentKey, textHash: d.online.textHash } });
    }
    const sign = page.documents.find((d) => d.documentKey === "sign.design")!;
    if (sign.online?.status !== "ready") throw new Error(JSON.stringify(sign.online));
    await uploadMaterial({
      actor: founder,
      now: NOW,
      input: { applicationId: id, documentKey: "premises.lease" },
      file: { name: "租赁合同.pdf", type: "application/pdf", bytes: PDF },
    });

    // The sign gets bigger: the schematic changes with it, and the old signature no longer covers it.
    let form = await formOf(id);
    await saveDraft({ actor: founder, now: NOW, input: { applicationId: id, expectedVersion: form.version, values: { ...form.values, "sign.size": "5×1" } } });
    page = await pageOf(id);
    const stale = page.documents.find((d) => d.documentKey === "sign.design")!;
    expect(stale.signed).toEqual({ current: false });
    form = await formOf(id);
    const r = await submitApplication({ actor: founder, now: NOW, input: { applicationId: id, expectedVersion: form.version } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map(words)).toContain("“户外招牌设置示意图”的内容已随表单更新，请重新核对并签署");
    // Signing the old text is refused; the new one is accepted.
    await expect(
      signOnlineDocument({ actor: founder, now: NOW, input: { applicationId: id, documentKey: "sign.design", textHash: sign.online.textHash } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    if (stale.online?.status !== "ready") throw new Error(JSON.stringify(stale.online));
    expect(stale.online.text).toContain("长 5 米 × 高 1 米");
    await signOnlineDocument({ actor: founder, now: NOW, input: { applicationId: id, documentKey: "sign.design", textHash: stale.online.textHash } });
    expect(await submitApplication({ actor: founder, now: NOW, input: { applicationId: id, expectedVersion: form.version } })).toEqual({
      ok: true,
      id,
      alreadySubmitted: false,
    });
  });

  it("a foreign shareholder cannot be verified online: the identity document must be uploaded", async () => {
    const { id } = await startApplication({ actor: founder, now: NOW, input: { matterCodes: ["PREPACKAGED_FOOD_FILING"], clientKey: randomUUID() } });
    await fillS1(id);
    const form = await formOf(id);
    const saved = await saveDraft({
      actor: founder,
      now: NOW,
      input: {
        applicationId: id,
        expectedVersion: form.version,
        values: {
          ...form.values,
          "subject.shareholders": `陈晨 ${FOUNDER_ID_NUMBER} 50\nJohn Smith E12345678 10`,
          "subject.entityType": "llc-natural-controlled",
        },
      },
    });
    expect(saved).toMatchObject({ ok: true });
    const ids = (await pageOf(id)).documents.find((d) => d.documentKey === "id.shareholders")!;
    expect(ids.route).toBe("upload");
    expect(ids.online).toMatchObject({ status: "unavailable", reason: expect.stringContaining("John") });
  });
});
