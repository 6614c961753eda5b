import "server-only";
// After a return (退件) the applicant revises the same application: it becomes a draft again, with
// everything already typed, uploaded and signed kept, and the return notice still shown.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { lockApplication } from "./application-detail";
import type { TApplicationStep } from "./schemas";

export async function reviseReturned(opts: { actor: SessionUser; now: Date; input: TApplicationStep }): Promise<{ id: string }> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "application.submit");
  return getDb().$transaction(async (tx) => {
    const app = await lockApplication(tx, { id: input.applicationId, status: "RETURNED", expectedVersion: input.expectedVersion, applicantId: actor.id });
    await tx.application.update({ where: { id: app.id }, data: { status: "DRAFT", version: { increment: 1 } } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.revise",
      entityType: "Application",
      entityId: app.id,
      before: { status: "RETURNED" },
      after: { status: "DRAFT" },
      at: now,
    });
    return { id: app.id };
  });
}
