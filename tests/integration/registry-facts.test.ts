// Issue 15 §2: registry facts are not the applicant's to type. A draft that tries to overwrite the
// enterprise's USCC or name (with another company's code) keeps the registry's; the submission and the
// department's task view show the registry's; the premises address is the applicant's own field.
// Issue 15 §6: one bad field does not stop autosave for the rest.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { problemText, type Problem } from "@/lib/forms/problem";
import { zh } from "../support/messages";
import type { SessionUser } from "@/lib/auth/types";
import { sampleValue } from "../factories/field-sample";
import { allFields } from "@/lib/forms/merge-form";
import { startApplication } from "@/lib/applications/start-application";
import { getApplicationForm } from "@/lib/applications/get-application-form";
import { getApplyPage } from "@/lib/applications/get-apply-page";
import { saveDraft } from "@/lib/applications/save-draft";
import { chooseCommitment } from "@/lib/applications/choose-commitment";
import { uploadMaterial } from "@/lib/applications/upload-material";
import { submitApplication } from "@/lib/applications/submit-application";
import { getDeptTask } from "@/lib/approvals/get-dept-task";
import { makeEnterpriseWithApplicant, sessionUserOf } from "../factories";
import { acceptAsWindow } from "../factories/approvals";
import { fillS1, makeFounder, startS1 } from "../factories/s1";

/** A problem's words as a Chinese visitor reads them. */
const words = (p: Problem | undefined) => (p ? problemText(zh, p) : "");

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "onelicence-files-"));

const NOW = new Date("2026-11-23T02:00:00Z");
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PREMISES = "上海市金山区石化街道卫零路1号";

/** Every field the portal does not know, filled with a valid value. */
async function fillUnknown(actor: SessionUser, id: string) {
  const form = await getApplicationForm({ actor, applicationId: id });
  const defs = new Map(form.dictionary.map((d) => [d.key, d]));
  return Object.fromEntries(
    allFields(form.form)
      .filter((f) => !f.known)
      .map((f) => [f.key, sampleValue(defs.get(f.key)!)]),
  );
}

describe("registry facts of an existing enterprise", () => {
  it("a draft cannot overwrite the USCC or the name: refused per field, the rest saved; submitted and dispatched, the department sees the registry's", async () => {
    const db = getDb();
    const { enterprise, actor } = await makeEnterpriseWithApplicant("登记事实");
    const { enterprise: other } = await makeEnterpriseWithApplicant("他人");
    const { id } = await startApplication({ actor, now: NOW, input: { matterCodes: ["LIQUOR_RETAIL"], clientKey: randomUUID() } });

    let form = await getApplicationForm({ actor, applicationId: id });
    const fields = new Map(allFields(form.form).map((f) => [f.key, f]));
    expect(fields.get("subject.uscc")?.known).toEqual({ value: enterprise.uscc, source: "企业登记信息", registry: true });
    expect(fields.get("subject.name")?.known?.registry).toBe(true);
    expect(fields.get("premises.address")?.known?.registry).toBeUndefined();

    const rest = await fillUnknown(actor, id);
    const saved = await saveDraft({
      actor,
      now: NOW,
      input: {
        applicationId: id,
        expectedVersion: form.version,
        values: {
          ...rest,
          "subject.uscc": other.uscc,
          "subject.name": other.name,
          "subject.address": "上海市金山区朱泾镇别处路9号",
          "premises.address": PREMISES,
        },
      },
    });
    expect(saved.ok).toBe(true);
    expect(Object.keys(saved.problems).sort()).toEqual(["subject.address", "subject.name", "subject.uscc"]);
    for (const p of Object.values(saved.problems)) expect(words(p)).toContain("变更登记");
    const stored = (await db.application.findUniqueOrThrow({ where: { id } })).formData as Record<string, unknown>;
    expect(stored).not.toHaveProperty("subject.uscc");
    expect(stored).not.toHaveProperty("subject.name");
    expect(stored["premises.address"]).toBe(PREMISES);
    for (const k of Object.keys(rest)) expect(stored, k).toHaveProperty([k]);

    // A value stored before the facts were read-only (or written behind the form's back) is ignored too.
    await db.application.update({ where: { id }, data: { formData: { ...stored, "subject.uscc": other.uscc, "subject.name": other.name } } });
    form = await getApplicationForm({ actor, applicationId: id });
    expect(form.values).not.toHaveProperty("subject.uscc");
    expect(form.effective["subject.uscc"]).toBe(enterprise.uscc);
    expect(form.effective["subject.name"]).toBe(enterprise.name);
    expect(form.effective["premises.address"]).toBe(PREMISES);

    // Submit: the commitment replaces the waivable documents; every other document uploaded.
    const page = await getApplyPage({ actor, form, now: NOW });
    const liquor = page.commitments.find((c) => c.code === "LIQUOR_RETAIL")!;
    await chooseCommitment({ actor, now: NOW, input: { applicationId: id, matterCode: "LIQUOR_RETAIL", commit: true, textHash: liquor.textHash } });
    const after = await getApplyPage({ actor, form: await getApplicationForm({ actor, applicationId: id }), now: NOW });
    for (const d of after.documents.filter((x) => x.route === "upload")) {
      await uploadMaterial({
        actor,
        now: NOW,
        input: { applicationId: id, documentKey: d.documentKey },
        file: { name: `${d.documentKey}.pdf`, type: "application/pdf", bytes: PDF },
      });
    }
    const version = (await getApplicationForm({ actor, applicationId: id })).version;
    const submitted = await submitApplication({ actor, now: NOW, input: { applicationId: id, expectedVersion: version } });
    expect(submitted).toMatchObject({ ok: true });

    await acceptAsWindow({ applicationId: id, now: NOW });
    const task = await db.approvalTask.findFirstOrThrow({ where: { applicationId: id }, include: { department: true } });
    const officer = await sessionUserOf(`dept-${task.department.code.toLowerCase()}`);
    const view = await getDeptTask({ actor: officer, now: NOW, taskId: task.id });
    const shown = new Map(view.form.flatMap((g) => g.fields).map((f) => [f.key, f.value]));
    expect(view.application.uscc).toBe(enterprise.uscc);
    expect(shown.get("subject.uscc")).toBe(enterprise.uscc);
    expect(shown.get("subject.name")).toBe(enterprise.name);
    expect(shown.get("subject.address")).toBe(enterprise.address);
    expect(shown.get("premises.address")).toBe(PREMISES);
    // Nowhere in the department's view is the other company's code.
    expect(JSON.stringify(view)).not.toContain(other.uscc);
  });
});

describe("autosave with one bad field (issue 15 §6)", () => {
  it("stores every good value, keeps the stored value of the bad one, and answers the bad one per field", async () => {
    const db = getDb();
    const { actor } = await makeEnterpriseWithApplicant("部分保存");
    const { id } = await startApplication({ actor, now: NOW, input: { matterCodes: ["LIQUOR_RETAIL"], clientKey: randomUUID() } });
    const first = await saveDraft({ actor, now: NOW, input: { applicationId: id, expectedVersion: 0, values: { "premises.area": "80" } } });
    expect(first).toEqual({ ok: true, version: 1, problems: {} });

    const partial = await saveDraft({
      actor,
      now: NOW,
      input: { applicationId: id, expectedVersion: 1, values: { "premises.area": "八十", "premises.address": PREMISES, "premises.leaseEnd": "2027-02-30" } },
    });
    expect(partial.ok).toBe(true);
    expect(partial.version).toBe(2);
    expect(Object.keys(partial.problems).sort()).toEqual(["premises.area", "premises.leaseEnd"]);
    expect(words(partial.problems["premises.area"])).toContain("请填写数字");
    expect(words(partial.problems["premises.leaseEnd"])).toContain("有效日期");
    // The good value is saved; the bad area did not erase the area saved before; the bad date is not stored.
    expect((await db.application.findUniqueOrThrow({ where: { id } })).formData).toEqual({ "premises.area": "80", "premises.address": PREMISES });

    // An address that is not an address is refused on its own, with what to write.
    const address = await saveDraft({
      actor,
      now: NOW,
      input: { applicationId: id, expectedVersion: 2, values: { "premises.area": "90", "premises.address": "测试填写" } },
    });
    expect(words(address.problems["premises.address"])).toContain("门牌号");
    expect((await db.application.findUniqueOrThrow({ where: { id } })).formData).toEqual({ "premises.area": "90", "premises.address": PREMISES });
  });
});

describe("a new company's name at submission (issue 15 §2)", () => {
  it("is refused when it is an existing name once normalised; a free name passes the check", async () => {
    const founder = await makeFounder();
    const id = await startS1(founder, NOW);
    await fillS1(founder, id, NOW);
    const submitWith = async (name: string) => {
      const form = await getApplicationForm({ actor: founder, applicationId: id });
      const saved = await saveDraft({
        actor: founder,
        now: NOW,
        input: { applicationId: id, expectedVersion: form.version, values: { ...form.values, "subject.name": name } },
      });
      expect(saved.problems).toEqual({});
      return submitApplication({ actor: founder, now: NOW, input: { applicationId: id, expectedVersion: saved.version } });
    };
    // The seed's restaurant company, typed with another 组织形式 and a space.
    const taken = await submitWith("上海金山 枫味餐饮管理有限责任公司");
    expect(taken.ok).toBe(false);
    if (!taken.ok) expect(words(taken.fieldProblems["subject.name"])).toContain("与已登记的“上海金山枫味餐饮管理有限公司”实质相同");
    expect((await getDb().application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    const free = await submitWith(`上海金山${randomUUID().slice(0, 6)}晨光商贸有限公司`);
    if (!free.ok) expect(free.fieldProblems).not.toHaveProperty("subject.name");
  });

  it("the one form checks the name's form as the 变更登记 does (length, Chinese)", async () => {
    const founder = await makeFounder();
    const id = await startS1(founder, NOW);
    const form = await getApplicationForm({ actor: founder, applicationId: id });
    const r = await saveDraft({
      actor: founder,
      now: NOW,
      input: { applicationId: id, expectedVersion: form.version, values: { "subject.name": "名".repeat(10_000) } },
    });
    expect(words(r.problems["subject.name"])).toContain("不能超过2000个字");
    const r2 = await saveDraft({
      actor: founder,
      now: NOW,
      input: { applicationId: id, expectedVersion: r.version, values: { "subject.name": "名".repeat(150) } },
    });
    expect(words(r2.problems["subject.name"])).toContain("不能超过 100 个字（当前 150 个字）");
  });
});
