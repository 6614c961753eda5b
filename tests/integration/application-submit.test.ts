import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { sampleValue } from "../factories/field-sample";
import { PENDING_STATUSES, startApplication } from "@/lib/applications/start-application";
import { getApplicationForm } from "@/lib/applications/get-application-form";
import { saveDraft } from "@/lib/applications/save-draft";
import { chooseCommitment } from "@/lib/applications/choose-commitment";
import { setPendingMaterial } from "@/lib/applications/set-pending-material";
import { uploadMaterial } from "@/lib/applications/upload-material";
import { submitApplication } from "@/lib/applications/submit-application";
import { commitmentText } from "@/lib/applications/commitment-text";
import { getApplyPage } from "@/lib/applications/get-apply-page";
import { sessionUserOf } from "../factories";
import { zh, zhError, zhNotice } from "../support/messages";
import { AppError } from "@/lib/errors";
import { problemText, type Problem } from "@/lib/forms/problem";

/** A problem's words as a Chinese visitor reads them. */
const words = (p: Problem) => problemText(zh, p);

import { allFields } from "@/lib/forms/merge-form";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "onelicence-files-"));

const NOW = new Date("2026-11-23T02:00:00Z");
const S2 = ["FOOD_OPERATION", "LIQUOR_RETAIL", "OUTDOOR_SIGN_FILING"];
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
let owner: SessionUser;

beforeAll(async () => {
  owner = await sessionUserOf("applicant2");
});
// One enterprise cannot have two pending applications for the same matter at the same premises (issue 15
// §6, start-application.ts), and every test here starts S2 for the restaurant: the previous test's
// application is closed first (as if withdrawn), so each test starts its own.
beforeEach(async () => {
  await getDb().application.updateMany({ where: { enterpriseId: owner.enterpriseId, status: { in: [...PENDING_STATUSES] } }, data: { status: "WITHDRAWN" } });
});

async function draftWithFieldsFilled() {
  const { id } = await startApplication({ actor: owner, now: NOW, input: { matterCodes: S2, clientKey: randomUUID() } });
  const form = await getApplicationForm({ actor: owner, applicationId: id });
  const defs = new Map(form.dictionary.map((d) => [d.key, d]));
  const values = Object.fromEntries(
    allFields(form.form)
      .filter((f) => !f.known)
      .map((f) => [f.key, sampleValue(defs.get(f.key)!)]),
  );
  const saved = await saveDraft({ actor: owner, now: NOW, input: { applicationId: id, expectedVersion: form.version, values } });
  expect(saved).toMatchObject({ ok: true, problems: {} });
  return { id, typed: Object.keys(values).length };
}

async function textHashOf(code: string) {
  const m = await getDb().matter.findUniqueOrThrow({ where: { code }, include: { materials: true } });
  return commitmentText({
    code,
    name: m.name,
    catalogVersion: m.catalogVersion,
    conditions: m.conditions,
    waivedMaterials: m.materials.filter((x) => x.waivableByCommitment).map((x) => x.name),
  }).textHash;
}

const upload = (id: string, documentKey: string, file = { name: `${documentKey}.pdf`, type: "application/pdf", bytes: PDF }) =>
  uploadMaterial({ actor: owner, now: NOW, input: { applicationId: id, documentKey }, file });

describe("commitment, pending materials, uploads and submission", () => {
  it("S2 end to end: signs commitments, leaves a non-key material pending, uploads once per document, submits once", async () => {
    const db = getDb();
    const { id, typed } = await draftWithFieldsFilled();

    // Nothing uploaded yet: submission lists every missing document and writes nothing.
    const early = await submitApplication({ actor: owner, now: NOW, input: { applicationId: id, expectedVersion: 1 } });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.problems.map(words).some((p) => p.startsWith("请上传"))).toBe(true);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    await expect(
      chooseCommitment({ actor: owner, now: NOW, input: { applicationId: id, matterCode: "FOOD_OPERATION", commit: true, textHash: "0".repeat(64) } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    for (const code of ["FOOD_OPERATION", "LIQUOR_RETAIL"]) {
      expect(
        await chooseCommitment({ actor: owner, now: NOW, input: { applicationId: id, matterCode: code, commit: true, textHash: await textHashOf(code) } }),
      ).toEqual({ useCommitment: true });
    }
    await expect(
      chooseCommitment({
        actor: owner,
        now: NOW,
        input: { applicationId: id, matterCode: "OUTDOOR_SIGN_FILING", commit: true, textHash: await textHashOf("OUTDOOR_SIGN_FILING") },
      }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    const signed = await db.commitment.findMany({ where: { item: { applicationId: id } } });
    expect(signed).toHaveLength(2);
    expect(signed.every((c) => c.signedById === owner.id && /^[0-9a-f]{64}$/.test(c.textHash) && c.text.includes("如承诺不实"))).toBe(true);

    const app = await db.application.findUniqueOrThrow({ where: { id }, include: { items: { include: { matter: { include: { materials: true } } } } } });
    const requirements = app.items.flatMap((i) => i.matter.materials.map((m) => ({ ...m, matter: i.matter })));
    const pendable = requirements.find(
      (r) => r.mayBePending && !r.isKey && !r.heldByGovernment && !(r.waivableByCommitment && r.matter.reformMode === "COMMITMENT"),
    );
    const key = requirements.find((r) => r.isKey && !r.heldByGovernment);
    expect(key).toBeDefined();
    await expect(
      setPendingMaterial({ actor: owner, now: NOW, input: { applicationId: id, documentKey: key!.documentKey, pending: true } }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(pendable).toBeDefined();
    const p = await setPendingMaterial({ actor: owner, now: NOW, input: { applicationId: id, documentKey: pendable!.documentKey, pending: true } });
    expect(p.pending).toBe(true);
    expect(p.deadline!.getTime()).toBeGreaterThan(NOW.getTime());

    // Disguised and government-held files are refused and store no row.
    const disguised = await upload(id, key!.documentKey, { name: "租赁合同.pdf", type: "application/pdf", bytes: new TextEncoder().encode("not a pdf") }).catch(
      (e: unknown) => e,
    );
    expect(disguised).toMatchObject({ code: "BAD_INPUT" });
    expect(zhError(disguised)).toContain("租赁合同.pdf");
    const held = requirements.find((r) => r.heldByGovernment);
    expect(held).toBeDefined();
    const heldRefusal = await upload(id, held!.documentKey).catch((e: unknown) => e);
    expect(heldRefusal).toMatchObject({ code: "BAD_INPUT" });
    expect(zhError(heldRefusal)).toContain("无需上传");
    expect(await db.material.count({ where: { applicationId: id } })).toBe(0);

    const toUpload = new Set(
      requirements
        .filter((r) => !r.heldByGovernment && !(r.waivableByCommitment && r.matter.reformMode === "COMMITMENT") && r.documentKey !== pendable?.documentKey)
        .map((r) => r.documentKey),
    );
    for (const k of toUpload) await upload(id, k);
    expect(await db.material.count({ where: { applicationId: id } })).toBe(toUpload.size);

    const [a, b] = await Promise.all([
      submitApplication({ actor: owner, now: NOW, input: { applicationId: id, expectedVersion: 1 } }),
      submitApplication({ actor: owner, now: NOW, input: { applicationId: id, expectedVersion: 1 } }),
    ]);
    expect([a, b].filter((r) => r.ok && !r.alreadySubmitted)).toHaveLength(1);
    expect([a, b].filter((r) => r.ok && r.alreadySubmitted)).toHaveLength(1);

    const done = await db.application.findUniqueOrThrow({ where: { id }, include: { items: { include: { matter: true } }, tasks: true } });
    expect(done.status).toBe("SUBMITTED");
    expect(done.fieldsTyped).toBe(typed);
    expect(done.fieldsBaseline).toBeGreaterThan(done.fieldsTyped);
    // Uploaded now, or later (容缺): both are documents the applicant provides.
    expect(done.materialsSubmitted).toBe(toUpload.size + 1);
    expect(done.materialsBaseline).toBe(requirements.length);
    console.info(`S2: fields ${done.fieldsTyped}/${done.fieldsBaseline}, materials ${done.materialsSubmitted}/${done.materialsBaseline}`);
    const filing = done.items.find((i) => i.matter.code === "OUTDOOR_SIGN_FILING")!;
    expect(filing.status).toBe("FILED");
    expect(filing.receiptNumber).toMatch(/^BA20261123-[0-9A-Z]{20,}$/);
    // One task per responsible department, created together, not yet dispatched (the window does that).
    const departments = new Set(done.items.filter((i) => i.matter.reformMode !== "FILING").map((i) => i.matter.departmentId));
    expect(done.tasks).toHaveLength(departments.size);
    expect(done.tasks.every((t) => t.status === "PENDING" && t.dispatchedAt === null)).toBe(true);
    expect(done.items.filter((i) => i.matter.reformMode !== "FILING").every((i) => i.taskId !== null)).toBe(true);
    const told = await db.notification.findMany({ where: { user: { role: "WINDOW_OFFICER" }, key: "domain.applications.notices.newSubmission" } });
    expect(told.filter((n) => zhNotice(n).title === "新申请待受理").length).toBeGreaterThan(0);

    // After submission the draft cannot change.
    await expect(saveDraft({ actor: owner, now: NOW, input: { applicationId: id, expectedVersion: 2, values: {} } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("invalid input is refused with a message naming what to fix, and writes nothing", async () => {
    const db = getDb();
    const { id } = await draftWithFieldsFilled();
    const before = await db.application.findUniqueOrThrow({ where: { id } });

    // The enterprise's USCC is the registry's (issue 15 §2): a "corrected" one (here with a letter the code
    // never uses, O) is refused whatever it is, and nothing is stored for it; the rest stays as it was.
    const badUscc = await saveDraft({
      actor: owner,
      now: NOW,
      input: { applicationId: id, expectedVersion: before.version, values: { ...(before.formData as object), "subject.uscc": "91310116MA1OBC34DX" } },
    });
    expect(Object.keys(badUscc.problems)).toEqual(["subject.uscc"]);
    expect(words(badUscc.problems["subject.uscc"]!)).toMatch(/^“统一社会信用代码”以企业登记信息为准/);
    const after = await db.application.findUniqueOrThrow({ where: { id } });
    expect(after.formData).toEqual(before.formData);
    expect(after.version).toBe(before.version + 1);

    // An oversized file and a renamed one: refused before anything is stored.
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PDF);
    const oversized = await upload(id, "premises.lease", { name: "租赁合同.pdf", type: "application/pdf", bytes: big }).catch((e: unknown) => e);
    expect(oversized).toMatchObject({ code: "BAD_INPUT" });
    expect(zhError(oversized)).toContain("5 MB");
    await expect(
      upload(id, "premises.lease", { name: "租赁合同.pdf", type: "application/pdf", bytes: new TextEncoder().encode("PK\u0003\u0004 a zip") }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await db.material.count({ where: { applicationId: id } })).toBe(0);

    // Submitting without the key material: named, and nothing is submitted or dispatched.
    const r = await submitApplication({ actor: owner, now: NOW, input: { applicationId: id, expectedVersion: after.version } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map(words).some((p) => p.startsWith("请上传“经营场所使用证明”"))).toBe(true);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    expect(await db.approvalTask.count({ where: { applicationId: id } })).toBe(0);
  });

  it("missing required fields are named and nothing is submitted", async () => {
    const { id } = await startApplication({ actor: owner, now: NOW, input: { matterCodes: ["OUTDOOR_SIGN_FILING"], clientKey: randomUUID() } });
    const r = await submitApplication({ actor: owner, now: NOW, input: { applicationId: id, expectedVersion: 0 } });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(
        Object.values(r.fieldProblems)
          .map(words)
          .every((m) => m.startsWith("请填写“")),
      ).toBe(true);
    expect(await getDb().approvalTask.count({ where: { applicationId: id } })).toBe(0);
  });

  it("an enterprise with restricted credit is offered neither commitment nor pending materials, with the reason", async () => {
    const db = getDb();
    const { id } = await draftWithFieldsFilled();
    await db.creditRecord.create({
      data: {
        enterpriseId: owner.enterpriseId!,
        type: "FALSE_COMMITMENT",
        severity: "SERIOUS",
        source: "区市场监督管理局",
        description: "虚假承诺被撤销许可",
        occurredAt: new Date("2026-06-01T00:00:00Z"),
      },
    });
    await expect(
      chooseCommitment({
        actor: owner,
        now: NOW,
        input: { applicationId: id, matterCode: "FOOD_OPERATION", commit: true, textHash: await textHashOf("FOOD_OPERATION") },
      }),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.code === "FORBIDDEN" && zhError(e).includes("不能适用告知承诺和容缺受理"));
    const pendable = await db.materialRequirement.findFirstOrThrow({ where: { matter: { code: { in: S2 } }, mayBePending: true, isKey: false } });
    await expect(
      setPendingMaterial({ actor: owner, now: NOW, input: { applicationId: id, documentKey: pendable.documentKey, pending: true } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A repaired record no longer restricts.
    await db.creditRecord.updateMany({ where: { enterpriseId: owner.enterpriseId! }, data: { repairStatus: "APPROVED" } });
    expect(
      await chooseCommitment({
        actor: owner,
        now: NOW,
        input: { applicationId: id, matterCode: "FOOD_OPERATION", commit: true, textHash: await textHashOf("FOOD_OPERATION") },
      }),
    ).toEqual({ useCommitment: true });
  });

  it("credit restricted after choosing 容缺: submission refuses the pending material and names why", async () => {
    const db = getDb();
    const { id } = await draftWithFieldsFilled();
    for (const code of ["FOOD_OPERATION", "LIQUOR_RETAIL"])
      await chooseCommitment({ actor: owner, now: NOW, input: { applicationId: id, matterCode: code, commit: true, textHash: await textHashOf(code) } });
    await setPendingMaterial({ actor: owner, now: NOW, input: { applicationId: id, documentKey: "health.certificates", pending: true } });
    await db.creditRecord.create({
      data: {
        enterpriseId: owner.enterpriseId!,
        type: "PENALTY",
        severity: "SERIOUS",
        source: "区市场监督管理局",
        description: "严重违法失信",
        occurredAt: new Date("2026-10-01T00:00:00Z"),
      },
    });
    const version = (await db.application.findUniqueOrThrow({ where: { id } })).version;
    const r = await submitApplication({ actor: owner, now: NOW, input: { applicationId: id, expectedVersion: version } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map(words).some((p) => p.startsWith("“从业人员健康证明”不能容缺后补"))).toBe(true);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("credit restricted after signing: the commitment stops waiving materials, can be withdrawn, and submission says why", async () => {
    const db = getDb();
    const other = await sessionUserOf("applicant");
    const { id } = await startApplication({ actor: other, now: NOW, input: { matterCodes: ["LIQUOR_RETAIL"], clientKey: randomUUID() } });
    expect(
      await chooseCommitment({
        actor: other,
        now: NOW,
        input: { applicationId: id, matterCode: "LIQUOR_RETAIL", commit: true, textHash: await textHashOf("LIQUOR_RETAIL") },
      }),
    ).toEqual({ useCommitment: true });
    const pageOf = async () => getApplyPage({ actor: other, form: await getApplicationForm({ actor: other, applicationId: id }), now: NOW });
    const waivedBefore = (await pageOf()).documents.filter((d) => d.route === "waived");
    expect(waivedBefore.length).toBeGreaterThan(0);

    await db.creditRecord.create({
      data: {
        enterpriseId: other.enterpriseId!,
        type: "PENALTY",
        severity: "SERIOUS",
        source: "区市场监督管理局",
        description: "严重违法失信",
        occurredAt: new Date("2026-10-01T00:00:00Z"),
      },
    });
    const page = await pageOf();
    for (const d of waivedBefore) expect(page.documents.find((x) => x.documentKey === d.documentKey)?.route).toBe("upload");
    const r = await submitApplication({ actor: other, now: NOW, input: { applicationId: id, expectedVersion: 0 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map(words).some((p) => p.startsWith("“酒类商品零售许可”") && p.includes("撤回"))).toBe(true);
    expect(await chooseCommitment({ actor: other, now: NOW, input: { applicationId: id, matterCode: "LIQUOR_RETAIL", commit: false } })).toEqual({
      useCommitment: false,
    });
  });
});
