import "server-only";
// Submitting the one-form application: every check first, then one transaction. FILING matters are done at
// once with a receipt (金山方案 二(一)2: 当场办理备案手续，不得作出不予备案的决定); CANCEL matters need
// nothing; the rest become one task per responsible department, created together (并联审批) and
// dispatched by the window on acceptance. Submitting twice (double click, retry, two devices) submits once.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { shanghaiDay } from "@/lib/calendar/dates";
import { draftProblems, missingRequired } from "@/lib/forms/field-values";
import { creditRestriction } from "@/lib/supervision/credit-restriction";
import { commitmentStates, countSubmittedDocuments, documentProblems, resolveDocuments } from "./resolve-documents";
import { getApplicationForm } from "./get-application-form";
import { loadDocumentContext } from "./document-context";
import { loadOwnDraftForUpdate } from "./load-draft";
import { ZSubmitApplication } from "./schemas";
import { allFields } from "@/lib/forms/merge-form";
import { assertEnterpriseActive } from "@/lib/registration/authority";
import { newCompanyNameProblems } from "@/lib/forms/name-check";
import { assertNoPendingDuplicate } from "./start-application";

export type SubmitResult = { ok: true; id: string; alreadySubmitted: boolean } | { ok: false; problems: string[]; fieldProblems: Record<string, string> };

export async function submitApplication(opts: { actor: SessionUser; now: Date; input: unknown }): Promise<SubmitResult> {
  const { actor, now } = opts;
  assertCan(actor.role, "application.submit");
  const parsed = ZSubmitApplication.safeParse(opts.input);
  if (!parsed.success) throw new AppError("BAD_INPUT", "提交请求无效，请刷新页面后重试");
  const { applicationId, expectedVersion } = parsed.data;
  const form = await getApplicationForm({ actor, applicationId });

  return getDb().$transaction(async (tx) => {
    // Enterprise before application (the lock order of a cancellation, registration/authority.ts).
    await assertEnterpriseActive(tx, actor.enterpriseId);
    const app = await loadOwnDraftForUpdate(tx, { actor, applicationId, allowSubmitted: true });
    if (app.status !== "DRAFT") return { ok: true, id: app.id, alreadySubmitted: true } as const;
    // The premises typed since the start may make this the second pending application for a matter there.
    await assertNoPendingDuplicate(tx, app.id);
    if (app.version !== expectedVersion || form.version !== expectedVersion) {
      throw new AppError("CONFLICT", "申请内容已在其他设备或窗口中更新，请刷新页面核对后再提交");
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
      ...(await newCompanyNameProblems({ db: tx, isNewEnterprise: form.isNewEnterprise, name: form.effective["subject.name"] })),
    };

    // Materials: one route per document (resolve-documents.ts), decided exactly as the page shows it.
    const problems: string[] = [];
    const credit = await creditRestriction({ db: tx, enterpriseId: app.enterpriseId, now });
    const states = commitmentStates(app.items, credit.restricted);
    for (const item of app.items) {
      if (!item.useCommitment) continue;
      if (credit.restricted) problems.push(`“${item.matter.name}”：${credit.reason!}请撤回该告知承诺并提交材料`);
      if (item.matter.reformMode !== "COMMITMENT") problems.push(`“${item.matter.name}”已不再实行告知承诺，请撤回承诺并提交材料`);
      else if (states.get(item.id)?.outdated) problems.push(`“${item.matter.name}”的告知承诺书已更新，请重新阅读并签署`);
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
      if (credit.restricted) problems.push(`“${d.name}”不能容缺后补：${credit.reason!}`);
      else if (!d.mayBePending) problems.push(`“${d.name}”已调整为必须提交的材料，请上传`);
    }
    problems.push(...documentProblems(documents));
    const uniqueProblems = [...new Set(problems)];
    if (uniqueProblems.length || Object.keys(fieldProblems).length) return { ok: false, problems: uniqueProblems, fieldProblems } as const;

    const { fieldsTyped } = form.counters;
    const submitted = await tx.application.updateMany({
      where: { id: app.id, status: "DRAFT", version: expectedVersion },
      data: {
        status: "SUBMITTED",
        submittedAt: now,
        version: { increment: 1 },
        fieldsBaseline: form.counters.fieldsBaseline,
        fieldsTyped,
        materialsBaseline: form.counters.materialsBaseline,
        materialsSubmitted: countSubmittedDocuments(documents),
      },
    });
    if (submitted.count !== 1) throw new AppError("CONFLICT", "申请状态已变化，请刷新页面");

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

    const windowOfficers = await tx.user.findMany({ where: { role: "WINDOW_OFFICER" }, select: { id: true } });
    await tx.notification.createMany({
      data: [
        { userId: actor.id, title: "申请已提交", body: `您的申请已提交，共 ${app.items.length} 个事项，综合窗口将尽快受理。`, link: `/my`, createdAt: now },
        ...windowOfficers.map((u) => ({
          userId: u.id,
          title: "新申请待受理",
          body: `${actor.name}提交了一件申请，共 ${app.items.length} 个事项。`,
          link: "/desk",
          createdAt: now,
        })),
      ],
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
