import "server-only";
// 退件 with ONE notice that lists every problem (晋中方案 三(三) 四是: 一次性告知到位): the window writes
// them all at once, and a notice without a reason is refused. Nothing was dispatched yet, so the tasks
// prepared at submission go; the applicant revises the same application and submits it again.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { recordEvent } from "@/lib/applications/record-event";
import { statusesFor } from "@/lib/applications/status-rules";
import { formAndDocuments, lockApplication } from "./application-detail";
import type { TReturnApplication } from "./schemas";

export async function returnApplication(opts: { actor: SessionUser; now: Date; input: TReturnApplication }): Promise<{ problems: number }> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "application.return");
  // The notice's own rule, kept here too for callers that are not the action (the schema says it first).
  if (!input.problems.length) throw new AppError("BAD_INPUT", "domain.approvals.errors.input.noProblems");

  return getDb().$transaction(async (tx) => {
    const app = await lockApplication(tx, { id: input.applicationId, status: statusesFor("RETURN"), expectedVersion: input.expectedVersion });
    const { documents } = await formAndDocuments(tx, app, now);
    const names = new Map(documents.map((d) => [d.documentKey, d.name]));
    const problems = input.problems.map((p) => {
      if (p.documentKey && !names.has(p.documentKey)) throw new AppError("BAD_INPUT", "domain.approvals.errors.return.foreignDocument");
      return { documentKey: p.documentKey ?? null, name: p.documentKey ? names.get(p.documentKey)! : null, problem: p.problem };
    });
    const text = problems.map((p, i) => `${i + 1}. ${p.name ? `“${p.name}”：` : ""}${p.problem}`).join("\n");

    await tx.applicationItem.updateMany({ where: { applicationId: app.id, taskId: { not: null } }, data: { taskId: null } });
    await tx.approvalTask.deleteMany({ where: { applicationId: app.id, dispatchedAt: null } });
    // Where 退件 leads is the table's (status-rules.ts); each return is a history row with its problem count.
    const to = await recordEvent(tx, {
      applicationId: app.id,
      type: "RETURN",
      from: app.status,
      actorId: actor.id,
      at: now,
      detail: { problems: problems.length },
    });
    const moved = await tx.application.updateMany({
      where: { id: app.id, status: app.status },
      data: { status: to, returnedAt: now, returnProblems: problems, returnReason: text, returnCount: { increment: 1 }, version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", "domain.approvals.errors.view.staleApplication");
    await notify(tx, {
      to: { users: [app.applicantId] },
      key: "domain.approvals.notices.returned",
      params: { count: problems.length, problems: text },
      link: `/my/applications/${app.id}`,
      now,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.return",
      entityType: "Application",
      entityId: app.id,
      before: { status: app.status },
      after: { status: to, problems },
      at: now,
    });
    return { problems: problems.length };
  });
}
