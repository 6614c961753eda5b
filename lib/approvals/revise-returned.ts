import "server-only";
// After a return (退件) the applicant revises the same application: it becomes a draft again, with
// everything already typed, uploaded and signed kept, and the return notice still shown.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/applications/record-event";
import { statusesFor } from "@/lib/applications/status-rules";
import { lockApplication } from "./application-detail";
import type { TApplicationStep } from "./schemas";

export async function reviseReturned(opts: { actor: SessionUser; now: Date; input: TApplicationStep }): Promise<{ id: string }> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "application.submit");
  return getDb().$transaction(async (tx) => {
    const app = await lockApplication(tx, {
      id: input.applicationId,
      status: statusesFor("REVISE"),
      expectedVersion: input.expectedVersion,
      applicantId: actor.id,
    });
    // A draft again, as the table says (status-rules.ts), with its history row; the update stays conditional.
    const to = await recordEvent(tx, { applicationId: app.id, type: "REVISE", from: app.status, actorId: actor.id, at: now });
    const moved = await tx.application.updateMany({ where: { id: app.id, status: app.status }, data: { status: to, version: { increment: 1 } } });
    if (moved.count !== 1) throw new AppError("CONFLICT", "domain.approvals.errors.view.staleApplication");
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.revise",
      entityType: "Application",
      entityId: app.id,
      before: { status: app.status },
      after: { status: to },
      at: now,
    });
    return { id: app.id };
  });
}
