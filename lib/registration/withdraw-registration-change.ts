import "server-only";
// The enterprise withdraws its own request while it still waits for the registration authority.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError, parseInput } from "@/lib/errors";
import { lockEnterpriseRow } from "./authority";
import { ZRegistrationChangeId } from "./rules";

export async function withdrawRegistrationChange(opts: { actor: SessionUser; now: Date; input: unknown }): Promise<void> {
  const { actor, now } = opts;
  assertCan(actor.role, "registration.request");
  const { changeId } = parseInput(ZRegistrationChangeId, opts.input);
  if (!actor.enterpriseId) throw new AppError("NOT_FOUND", "申请不存在");
  const enterpriseId = actor.enterpriseId;

  await getDb().$transaction(async (tx) => {
    // The same lock order as a decision (enterprise, then request): a withdrawal and an approval never both win.
    await lockEnterpriseRow(tx, enterpriseId);
    const change = await tx.registrationChange.findFirst({ where: { id: changeId, enterpriseId }, select: { id: true, status: true } });
    if (!change) throw new AppError("NOT_FOUND", "申请不存在");
    if (change.status === "WITHDRAWN") return;
    if (change.status !== "SUBMITTED") throw new AppError("CONFLICT", "登记机关已作出决定，该申请不能再撤回");
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
