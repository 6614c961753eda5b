import "server-only";
// The enterprise withdraws its own request while it still waits for the registration authority.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { lockEnterpriseRow } from "./authority";
import type { TRegistrationChangeId } from "./rules";

const E = "domain.registration.errors";

export async function withdrawRegistrationChange(opts: { actor: SessionUser; now: Date; input: TRegistrationChangeId }): Promise<void> {
  const { actor, now } = opts;
  assertCan(actor.role, "registration.request");
  const { changeId } = opts.input;
  if (!actor.enterpriseId) throw new AppError("NOT_FOUND", `${E}.requestNotFound`);
  const enterpriseId = actor.enterpriseId;

  await getDb().$transaction(async (tx) => {
    // The same lock order as a decision (enterprise, then request): a withdrawal and an approval never both win.
    await lockEnterpriseRow(tx, enterpriseId);
    const change = await tx.registrationChange.findFirst({ where: { id: changeId, enterpriseId }, select: { id: true, status: true } });
    if (!change) throw new AppError("NOT_FOUND", `${E}.requestNotFound`);
    if (change.status === "WITHDRAWN") return;
    if (change.status !== "SUBMITTED") throw new AppError("CONFLICT", `${E}.alreadyDecided`);
    await tx.registrationChange.update({ where: { id: change.id }, data: { status: "WITHDRAWN", decidedAt: now } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "registration.withdraw",
      entityType: "RegistrationChange",
      entityId: change.id,
      before: { status: "SUBMITTED" },
      after: { status: "WITHDRAWN" },
      at: now,
    });
  });
}
