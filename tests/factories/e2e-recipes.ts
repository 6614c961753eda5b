// What an e2e spec can ask the seeding process (tests/support/e2e-seed-process.ts) to create for it in the
// e2e database, through the domain functions and the integration factories: accounts of its own (so specs
// running in parallel never share an applicant's pending applications) and an S1 application already
// submitted, accepted or issued (so the licence and rating specs need no other spec to have run first).
// Every recipe takes and returns plain JSON.
import { randomBytes } from "node:crypto";
import { acceptApplication } from "@/lib/approvals/accept-application";
import { decideTask } from "@/lib/approvals/decide-task";
import { issueResults } from "@/lib/approvals/issue-results";
import { supplementPending } from "@/lib/approvals/supplement-pending";
import { getApplicationForm } from "@/lib/applications/get-application-form";
import { getApplyPage } from "@/lib/applications/get-apply-page";
import { saveDraft } from "@/lib/applications/save-draft";
import { chooseCommitment } from "@/lib/applications/choose-commitment";
import { setPendingMaterial } from "@/lib/applications/set-pending-material";
import { uploadMaterial } from "@/lib/applications/upload-material";
import { signOnlineDocument } from "@/lib/applications/sign-online-document";
import { submitApplication } from "@/lib/applications/submit-application";
import { hashPassword } from "@/lib/auth/password";
import { changeLicenceStatus } from "@/lib/licences/change-licence-status";
import type { SessionUser } from "@/lib/auth/types";
import { getDb } from "@/lib/db";
import { DEMO_PASSWORD } from "@/prisma/seed/data/types";
import { makeEnterpriseWithApplicant, sessionUserOf } from "./index";
import { PDF, S1_FIRST, fillS1, makeFounder, startS1 } from "./s1";

let demoHash: Promise<string> | undefined;

/** Lets the account sign in with the demo password (the integration factories give accounts none). */
async function withDemoPassword(userId: string) {
  demoHash ??= hashPassword(DEMO_PASSWORD);
  await getDb().user.update({ where: { id: userId }, data: { passwordHash: await demoHash } });
}

/** A company name no other run or spec holds: names are unique, exact and normalised (name-check.ts). */
function uniqueS1Name(): string {
  const digits = Array.from(randomBytes(6), (b) => "零一二三四五六七八九"[b % 10]).join("");
  return `上海金山晨光${digits}便利店有限公司`;
}

/**
 * An applicant account of its own, for a new ACTIVE enterprise that is a copy of a seeded demo enterprise
 * (default the S2 restaurant of `applicant2`: same registration record, phone and registered scope terms,
 * so the one form knows what it knows for applicant2) under a name and USCC of its own.
 */
async function applicant(label = "枫味", like: "applicant" | "applicant2" = "applicant2") {
  const db = getDb();
  const model = await db.user.findUniqueOrThrow({ where: { username: like }, include: { enterprise: { include: { scopeTerms: true } } } });
  // Everything of the model's registration record but what identifies it.
  const { id: _id, uscc: _uscc, name: _name, createdAt: _c, updatedAt: _u, scopeTerms, ...record } = model.enterprise!;
  const { enterprise: fresh, actor } = await makeEnterpriseWithApplicant(label);
  const enterprise = await db.enterprise.update({
    where: { id: fresh.id },
    data: { ...record, name: `上海金山${label}${fresh.uscc.slice(6, 14)}有限公司` },
  });
  await db.enterpriseScopeTerm.createMany({ data: scopeTerms.map((t) => ({ enterpriseId: enterprise.id, termId: t.termId, registeredAt: t.registeredAt })) });
  await db.user.update({ where: { id: actor.id }, data: { displayName: model.displayName, realNameIdNumber: model.realNameIdNumber } });
  await withDemoPassword(actor.id);
  return { username: actor.username, enterpriseName: enterprise.name, uscc: enterprise.uscc, legalRepName: enterprise.legalRepName };
}

/** A real-name verified founder of their own, with no enterprise yet (the S1 starting point). */
async function founder() {
  const f = await makeFounder();
  await withDemoPassword(f.id);
  return { username: f.username };
}

/** S1 as the founder submits it (tests/factories/s1.ts submitS1), under a company name of its own. */
async function submitUniqueS1(actor: SessionUser, now: Date) {
  const id = await startS1(actor, now);
  const { rest } = await fillS1(actor, id, now);
  const name = uniqueS1Name();
  const filled = await getApplicationForm({ actor, applicationId: id });
  const renamed = await saveDraft({
    actor,
    now,
    input: { applicationId: id, expectedVersion: filled.version, values: { ...S1_FIRST, ...rest, "subject.name": name } },
  });
  if (!renamed.ok || Object.keys(renamed.problems).length) throw new Error(`submitUniqueS1: ${JSON.stringify(renamed)}`);
  const page = await getApplyPage({ actor, form: await getApplicationForm({ actor, applicationId: id }), now });
  for (const d of page.documents.filter((x) => x.route === "generated")) {
    if (d.online?.status !== "ready") throw new Error(`${d.documentKey} not ready`);
    await signOnlineDocument({ actor, now, input: { applicationId: id, documentKey: d.documentKey, textHash: d.online.textHash } });
  }
  const liquor = page.commitments.find((c) => c.code === "LIQUOR_RETAIL")!;
  await chooseCommitment({ actor, now, input: { applicationId: id, matterCode: "LIQUOR_RETAIL", commit: true, textHash: liquor.textHash } });
  for (const key of ["premises.photos", "premises.locationMap"])
    await setPendingMaterial({ actor, now, input: { applicationId: id, documentKey: key, pending: true } });
  await uploadMaterial({
    actor,
    now,
    input: { applicationId: id, documentKey: "premises.lease" },
    file: { name: "租赁合同.pdf", type: "application/pdf", bytes: PDF },
  });
  const form = await getApplicationForm({ actor, applicationId: id });
  const r = await submitApplication({ actor, now, input: { applicationId: id, expectedVersion: form.version } });
  if (!r.ok) throw new Error(`submitUniqueS1: ${JSON.stringify(r)}`);
  return { id, name };
}

/** Moments a few minutes apart ending now: the e2e server runs on the real clock. */
function stepsUntilNow(n: number): Date[] {
  const now = Date.now();
  return Array.from({ length: n }, (_, i) => new Date(now - (n - 1 - i) * 60_000));
}

/**
 * A founder of their own whose S1 went all the way: submitted, accepted by the window, the 容缺 materials
 * supplemented, approved by every department and issued together (统一出件). The founder's account now
 * acts for the new company, which holds the business licence, the permits and the filing receipts.
 */
async function issuedS1() {
  const [submitAt, acceptAt, supplementAt, decideAt, issueAt] = stepsUntilNow(5) as [Date, Date, Date, Date, Date];
  const f = await makeFounder();
  await withDemoPassword(f.id);
  const { id, name } = await submitUniqueS1(f, submitAt);
  const window = await sessionUserOf("window");
  const submitted = await getDb().application.findUniqueOrThrow({ where: { id }, select: { version: true } });
  await acceptApplication({ actor: window, now: acceptAt, input: { applicationId: id, expectedVersion: submitted.version, pendingDays: 10, documents: [] } });
  const open = await getDb().pendingMaterial.findMany({
    where: { applicationId: id, status: "OPEN" },
    select: { requirement: { select: { documentKey: true } } },
  });
  for (const documentKey of new Set(open.map((p) => p.requirement.documentKey))) {
    await supplementPending({
      actor: f,
      now: supplementAt,
      input: { applicationId: id, documentKey },
      file: { name: `${documentKey}.pdf`, type: "application/pdf", bytes: PDF },
    });
  }
  const tasks = await getDb().approvalTask.findMany({ where: { applicationId: id }, include: { department: { select: { code: true } } } });
  for (const task of tasks) {
    await decideTask({
      actor: await sessionUserOf(`dept-${task.department.code.toLowerCase()}`),
      now: decideAt,
      input: { taskId: task.id, expectedVersion: task.version, action: "approve", reason: "" },
    });
  }
  const decided = await getDb().application.findUniqueOrThrow({ where: { id }, select: { version: true } });
  await issueResults({ actor: window, now: issueAt, input: { applicationId: id, expectedVersion: decided.version } });
  const licences = await getDb().licence.findMany({
    where: { applicationItem: { applicationId: id } },
    select: { number: true, kind: true, uscc: true, matter: { select: { code: true } } },
    orderBy: { number: "asc" },
  });
  const business = licences.find((l) => l.kind === "BUSINESS");
  if (!business) throw new Error("issuedS1: no business licence issued");
  return {
    username: f.username,
    applicationId: id,
    companyName: name,
    uscc: business.uscc,
    licences: licences.map((l) => ({ number: l.number, kind: l.kind, matterCode: l.matter?.code ?? null })),
  };
}

/** Each licence (by number) revoked by an officer of its issuing department, with `reason`. */
async function revokeLicences(numbers: string[], reason: string) {
  for (const number of numbers) {
    const licence = await getDb().licence.findUniqueOrThrow({ where: { number }, select: { id: true, issuedBy: { select: { code: true } } } });
    const officer = await sessionUserOf(`dept-${licence.issuedBy.code.toLowerCase()}`);
    await changeLicenceStatus({ actor: officer, now: new Date(), input: { licenceId: licence.id, action: "revoke", reason } });
  }
  return { revoked: numbers.length };
}

export const recipes = { applicant, founder, issuedS1, revokeLicences };
export type Recipes = typeof recipes;
