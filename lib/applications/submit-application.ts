import "server-only";
// Submitting the one-form application: every check first, then one transaction. FILING matters are done at
// once with a receipt (金山方案 二(一)2: 当场办理备案手续，不得作出不予备案的决定); CANCEL matters need
// nothing; the rest become one task per responsible department, created together (并联审批) and
// dispatched by the window on acceptance. Submitting twice (double click, retry, two devices) submits once.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { notify } from "@/lib/notifications/notify";
import { AppError } from "@/lib/errors";
import { shanghaiDay } from "@/lib/calendar/dates";
import { draftProblems, missingRequired, quoted } from "@/lib/forms/field-values";
import { creditRestriction } from "@/lib/supervision/credit-restriction";
import { commitmentStates, countSubmittedDocuments, documentIssues, resolveDocuments } from "./resolve-documents";
import { problem, type Problem } from "@/lib/forms/problem";

const E = "domain.applications.errors.submit";
import { getApplicationForm } from "./get-application-form";
import { loadDocumentContext } from "./document-context";
import { loadOwnDraftForUpdate } from "./load-draft";
import type { TSubmitApplication } from "./schemas";
import { allFields } from "@/lib/forms/merge-form";
import { assertEnterpriseActive } from "@/lib/base/enterprise-active";
import { newCompanyNameProblems } from "@/lib/forms/name-check";
import { assertNoPendingDuplicate } from "./start-application";
import { recordEvent } from "./record-event";

/** Why an application cannot be submitted yet: problems of the whole, and problems by field key (catalog keys with parameters). */
export type SubmitProblems = { problems: Problem[]; fieldProblems: Record<string, Problem> };
export type SubmitResult = { ok: true; id: string; alreadySubmitted: boolean } | ({ ok: false } & SubmitProblems);

export async function submitApplication(opts: { actor: SessionUser; now: Date; input: TSubmitApplication }): Promise<SubmitResult> {
  const { actor, now } = opts;
  assertCan(actor.role, "application.submit");
  const { applicationId, expectedVersion } = opts.input;
  const form = await getApplicationForm({ actor, applicationId });

  return getDb().$transaction(async (tx) => {
    // Enterprise before application (the lock order of a cancellation, registration/authority.ts).
    await assertEnterpriseActive(tx, actor.enterpriseId);
    const app = await loadOwnDraftForUpdate(tx, { actor, applicationId, allowSubmitted: true });
    if (app.status !== "DRAFT") return { ok: true, id: app.id, alreadySubmitted: true } as const;
    // The premises typed since the start may make this the second pending application for a matter there.
    await assertNoPendingDuplicate(tx, app.id);
    if (app.version !== expectedVersion || form.version !== expectedVersion) {
      throw new AppError("CONFLICT", "domain.applications.errors.submit.stale");
    }

    // Fields: what the portal knows counts as filled; everything else required must be typed.
    const fields = allFields(form.form);
    const defs = new Map(form.dictionary.map((d) => [d.key, d]));
    const fieldProblems = {
      ...missingRequired(
        fields.filter((f) => f.required && !f.known).map((f) => defs.get(f.key)!),
        form.values,
      ),
      ...draftProblems(form.values, defs, new Set(fields.map((f) => f.key))),
      // A new company's name: exact and normalised against the names in use (registration/name-check.ts).
      ...(await newCompanyNameProblems({
        db: tx,
        isNewEnterprise: form.isNewEnterprise,
        name: form.effective["subject.name"],
        label: quoted(defs.get("subject.name")?.label ?? "subject.name"),
      })),
    };

    // Materials: one route per document (resolve-documents.ts), decided exactly as the page shows it.
    const problems: Problem[] = [];
    const credit = await creditRestriction({ db: tx, enterpriseId: app.enterpriseId, now });
    const states = commitmentStates(app.items, credit.restricted);
    for (const item of app.items) {
      if (!item.useCommitment) continue;
      if (credit.restricted) problems.push(problem(`${E}.commitmentRestricted`, { name: item.matter.name, score: credit.reason?.score ?? "" }));
      if (item.matter.reformMode !== "COMMITMENT") problems.push(problem(`${E}.commitmentNotOffered`, { name: item.matter.name }));
      else if (states.get(item.id)?.outdated) problems.push(problem(`${E}.commitmentOutdated`, { name: item.matter.name }));
    }
    const documents = resolveDocuments({
      items: app.items,
      materials: app.materials,
      pending: app.pending,
      commitments: states,
      context: await loadDocumentContext(tx, actor, form),
    });
    // 容缺 is re-checked: the credit state or the catalog may have changed since it was chosen.
    for (const d of documents) {
      if (!d.pendingDeadline || d.uploadedFileName) continue;
      if (credit.restricted) problems.push(problem(`${E}.pendingRestricted`, { name: d.name, score: credit.reason?.score ?? "" }));
      else if (!d.mayBePending) problems.push(problem(`${E}.pendingNotAllowed`, { name: d.name }));
    }
    problems.push(...documentIssues(documents));
    const uniqueProblems = [...new Map(problems.map((p) => [JSON.stringify(p), p])).values()];
    if (uniqueProblems.length || Object.keys(fieldProblems).length) return { ok: false, problems: uniqueProblems, fieldProblems } as const;

    const { fieldsTyped } = form.counters;
    // The target from the state table, with the history row; the update stays conditional on the status read.
    const to = await recordEvent(tx, { applicationId: app.id, type: "SUBMIT", from: app.status, actorId: actor.id, at: now });
    const submitted = await tx.application.updateMany({
      where: { id: app.id, status: app.status, version: expectedVersion },
      data: {
        status: to,
        submittedAt: now,
        version: { increment: 1 },
        fieldsBaseline: form.counters.fieldsBaseline,
        fieldsTyped,
        materialsBaseline: form.counters.materialsBaseline,
        materialsSubmitted: countSubmittedDocuments(documents),
      },
    });
    if (submitted.count !== 1) throw new AppError("CONFLICT", "domain.applications.errors.submit.statusChanged");

    const day = shanghaiDay(now).replace(/-/g, "");
    const byDepartment = new Map<string, string[]>();
    for (const item of app.items) {
      if (item.matter.reformMode === "FILING") {
        // Filed at the first submission already (a returned application submitted again keeps its receipt).
        if (item.status === "FILED") continue;
        // 备案 is done on the spot and cannot be refused (金山方案 000 二(一)2). A company that does not exist
        // yet has no USCC for the receipt to name: its receipt is numbered and issued with the business
        // licence at 统一出件 (issue-results.ts); an existing enterprise gets its receipt now.
        const receiptNumber = form.isNewEnterprise ? null : `BA${day}-${item.id.toUpperCase()}`;
        await tx.applicationItem.update({
          where: { id: item.id },
          // The item id makes the receipt number unique (the column is @unique).
          data: { status: "FILED", decidedAt: now, receiptNumber },
        });
      } else if (item.matter.reformMode === "CANCEL") {
        await tx.applicationItem.update({ where: { id: item.id }, data: { status: "NOT_REQUIRED", decidedAt: now } });
      } else {
        byDepartment.set(item.matter.departmentId, [...(byDepartment.get(item.matter.departmentId) ?? []), item.id]);
      }
    }
    for (const [departmentId, itemIds] of byDepartment) {
      const task = await tx.approvalTask.create({ data: { applicationId: app.id, departmentId } });
      await tx.applicationItem.updateMany({ where: { id: { in: itemIds } }, data: { taskId: task.id } });
    }

    const count = app.items.length;
    await notify(tx, { to: { users: [actor.id] }, key: "domain.applications.notices.submitted", params: { count }, link: "/my", now });
    await notify(tx, {
      to: { role: "WINDOW_OFFICER" },
      key: "domain.applications.notices.newSubmission",
      params: { applicant: actor.name, count },
      link: "/desk",
      now,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.submit",
      entityType: "Application",
      entityId: app.id,
      after: { tasks: byDepartment.size, fieldsTyped, fieldsBaseline: form.counters.fieldsBaseline },
      at: now,
    });
    return { ok: true, id: app.id, alreadySubmitted: false } as const;
  });
}
