// S1 (../shared/SCENARIOS.md) through the domain functions, as the founder would do it: the finder's
// answers, the one form filled, the generated documents e-signed, liquor by commitment, the lease uploaded
// and the premises photos and location map promised for later (容缺). Used by every test that needs a
// real submitted S1 application.
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/types";
import { getDb } from "@/lib/db";
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
import { allFields } from "@/lib/forms/merge-form";
import { findNameConflict } from "@/lib/forms/name-check";
import { S1_ANSWERS } from "./index";

export const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

// What the founder types first: the answers other fields follow from (capital, shareholder count, ID
// type, contact phone, premises address and subdistrict are derived from these).
export const S1_FIRST = {
  "subject.shareholders": `陈晨 ${FOUNDER_ID_NUMBER} 50`,
  "subject.legalRep.idNumber": FOUNDER_ID_NUMBER,
  "subject.phone": "13800138000",
  "subject.address": "上海市金山区朱泾镇新农路88号",
  "premises.name": "晨光便利店",
};

/** A realistic value for every other field the founder still has to type, by key or else by type. */
const REST: Record<string, string | string[]> = {
  "subject.name": "上海金山晨光便利店有限公司",
  "subject.entityType": "llc-natural-sole",
  "subject.legalRep.name": "陈晨",
  "subject.supervisor.name": "陈明",
  "subject.contact.name": "陈晨",
  "sign.size": "4×0.8",
  // When the answers and matters give no scope (a sign filing alone), the founder picks standard terms.
  "subject.businessScope": "日用百货销售",
};

/**
 * The S1 company's name: the scenario's, unless a company in this database already holds it (an earlier S1
 * issued in the same test file) — names are unique, exact and normalised (name-check.ts) — then a numbered
 * one, so every S1 can still be submitted.
 */
export async function freeS1Name(): Promise<string> {
  for (const n of ["", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]) {
    const name = n ? `上海金山晨光${n}号便利店有限公司` : (REST["subject.name"] as string);
    if (!(await findNameConflict({ db: getDb(), name }))) return name;
  }
  return `上海金山晨光${randomUUID().slice(0, 8)}便利店有限公司`;
}

/** Fills every required field the portal does not know, first the sources, then the rest. */
export async function fillS1(founder: SessionUser, id: string, now: Date) {
  let form = await getApplicationForm({ actor: founder, applicationId: id });
  const inForm = new Set(allFields(form.form).map((f) => f.key));
  const first = Object.fromEntries(Object.entries(S1_FIRST).filter(([k]) => inForm.has(k)));
  const saved = await saveDraft({ actor: founder, now, input: { applicationId: id, expectedVersion: form.version, values: first } });
  if (!saved.ok || Object.keys(saved.problems).length) throw new Error(`fillS1: ${JSON.stringify(saved)}`);
  form = await getApplicationForm({ actor: founder, applicationId: id });
  const defs = new Map(form.dictionary.map((d) => [d.key, d]));
  const rest: Record<string, string | string[]> = {};
  const name = await freeS1Name();
  for (const f of allFields(form.form)) {
    if (f.known || !f.required || f.key in first) continue;
    const def = defs.get(f.key)!;
    rest[f.key] =
      (f.key === "subject.name" ? name : REST[f.key]) ??
      (def.type === "SELECT"
        ? def.options![0]!.value
        : def.type === "MULTISELECT"
          ? [def.options![0]!.value]
          : def.type === "BOOLEAN"
            ? "yes"
            : def.type === "NUMBER"
              ? "2"
              : def.type === "DATE"
                ? "2027-12-31"
                : def.type === "ID_NUMBER"
                  ? FOUNDER_ID_NUMBER
                  : def.type === "PHONE"
                    ? "13800138000"
                    : /address$/i.test(f.key)
                      ? S1_FIRST["subject.address"]
                      : "晨光便利店");
  }
  const again = await saveDraft({ actor: founder, now, input: { applicationId: id, expectedVersion: form.version, values: { ...first, ...rest } } });
  if (!again.ok || Object.keys(again.problems).length) throw new Error(`fillS1: ${JSON.stringify(again)}`);
  return { typed: Object.keys(first).length + Object.keys(rest).length, rest };
}

/** Starts S1 from the finder's notice (registration + every permit it names) and returns the draft's id. */
export async function startS1(founder: SessionUser, now: Date): Promise<string> {
  const notice = await buildNotice({ words: { yes: "是", no: "否", none: "都不涉及" }, params: S1_ANSWERS });
  const { id } = await startApplication({
    actor: founder,
    now,
    input: {
      matterCodes: notice.items.map((i) => i.code).filter((c) => c !== "BUSINESS_REGISTRATION"),
      clientKey: randomUUID(),
      guideQuery: new URLSearchParams(S1_ANSWERS).toString(),
    },
  });
  return id;
}

/** The whole S1 up to a submitted application. */
export async function submitS1(founder: SessionUser, now: Date): Promise<string> {
  const id = await startS1(founder, now);
  await fillS1(founder, id, now);
  const page = await getApplyPage({ actor: founder, form: await getApplicationForm({ actor: founder, applicationId: id }), now });
  for (const d of page.documents.filter((x) => x.route === "generated")) {
    if (d.online?.status !== "ready") throw new Error(`${d.documentKey} not ready`);
    await signOnlineDocument({ actor: founder, now, input: { applicationId: id, documentKey: d.documentKey, textHash: d.online.textHash } });
  }
  const liquor = page.commitments.find((c) => c.code === "LIQUOR_RETAIL")!;
  await chooseCommitment({ actor: founder, now, input: { applicationId: id, matterCode: "LIQUOR_RETAIL", commit: true, textHash: liquor.textHash } });
  for (const key of ["premises.photos", "premises.locationMap"])
    await setPendingMaterial({ actor: founder, now, input: { applicationId: id, documentKey: key, pending: true } });
  await uploadMaterial({
    actor: founder,
    now,
    input: { applicationId: id, documentKey: "premises.lease" },
    file: { name: "租赁合同.pdf", type: "application/pdf", bytes: PDF },
  });
  const form = await getApplicationForm({ actor: founder, applicationId: id });
  const r = await submitApplication({ actor: founder, now, input: { applicationId: id, expectedVersion: form.version } });
  if (!r.ok) throw new Error(`submitS1: ${JSON.stringify(r)}`);
  return id;
}

/**
 * A founder of their own: a real-name verified person with no enterprise yet (the S1 starting point), so a
 * test that carries S1 through to issuance (which gives the founder their new company) disturbs no other test.
 */
export async function makeFounder(): Promise<SessionUser> {
  const u = await getDb().user.create({
    data: { username: `founder-${randomUUID()}`, passwordHash: "-", displayName: "陈晨", role: "APPLICANT", realNameIdNumber: FOUNDER_ID_NUMBER },
  });
  return { id: u.id, username: u.username, name: u.displayName, role: u.role, enterpriseId: null, departmentId: null };
}
