import "server-only";
// A department suspends, revokes or reinstates a licence it issued (证照状态变更), with a reason. The
// signed payload is untouched (the signature vouches for what was issued); the status column is what
// verification reads, so 核验 shows the change at once (licence-view.ts). One transaction: the conditional
// update on the status the officer saw, the audit row with before and after, a message to every account of
// the holder (电子卡包), and an outbox row for the credit platform — 金山方案 二(一)3 (a permit granted on
// commitment is revoked when the commitment proves false, and the record goes to the credit platform);
// 晋中方案 三(四) 审管联动. Credit records themselves are the supervision side's, not written here.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import type { LicenceStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ADMINISTERED_KINDS, nextLicenceStatus, type LicenceAction, type TChangeLicenceStatus } from "./licence-status-rules";

const E = "domain.licences.errors.status";

export async function changeLicenceStatus(opts: { actor: SessionUser; now: Date; input: TChangeLicenceStatus }): Promise<{ status: LicenceStatus }> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "licence.revoke");
  if (!actor.departmentId) throw new AppError("FORBIDDEN", `${E}.noDepartment`);

  return getDb().$transaction(async (tx) => {
    // Only the issuing department's licences exist for this officer.
    const licence = await tx.licence.findFirst({
      where: { id: input.licenceId, issuedByDepartmentId: actor.departmentId! },
      select: {
        id: true,
        number: true,
        kind: true,
        status: true,
        statusReason: true,
        enterpriseId: true,
        holderName: true,
        uscc: true,
        matter: { select: { name: true } },
        issuedBy: { select: { name: true } },
      },
    });
    if (!licence) throw new AppError("NOT_FOUND", "domain.licences.errors.notFound");
    if (!ADMINISTERED_KINDS.includes(licence.kind)) {
      throw new AppError("CONFLICT", `${E}.businessLicence`);
    }
    if (input.expectedStatus && input.expectedStatus !== licence.status) {
      throw new AppError("CONFLICT", `${E}.changedTo.${licence.status}`, {}, { detail: `expected ${input.expectedStatus}` });
    }
    const to = nextLicenceStatus(licence.status, input.action);
    if (!to) throw new AppError("CONFLICT", `${E}.notAllowed.${input.action}.${licence.status}`);

    await applyLicenceStatus(tx, { licence, to, action: input.action, reason: input.reason, actorId: actor.id, now });
    return { status: to };
  });
}

/** The licence's facts a status change needs (loaded and scoped by the caller). */
export interface StatusChangeTarget {
  id: string;
  number: string;
  status: LicenceStatus;
  statusReason: string | null;
  enterpriseId: string;
  holderName: string;
  uscc: string;
  matter: { name: string } | null;
  issuedBy: { name: string };
}

/**
 * The change itself, inside the caller's transaction: the conditional update on the status read, a message
 * to every account of the holder, an outbox row for the credit platform and the audit row. Used by a
 * department's step here and by the supervision sweep (an unrectified commitment, actorId null = system).
 */
export async function applyLicenceStatus(
  tx: Prisma.TransactionClient,
  opts: { licence: StatusChangeTarget; to: LicenceStatus; action: LicenceAction; reason: string; actorId: string | null; now: Date },
): Promise<void> {
  const { licence, to, now } = opts;
  const input = { action: opts.action, reason: opts.reason };
  const statusReason = to === "VALID" ? null : input.reason;
  // Conditional on the status read above: of two officers acting at once exactly one wins.
  const updated = await tx.licence.updateMany({ where: { id: licence.id, status: licence.status }, data: { status: to, statusReason } });
  if (updated.count !== 1) throw new AppError("CONFLICT", `${E}.takenByOther`);

  // The holder's accounts (电子卡包) are told, in their own locale when they read it.
  const reason = input.reason;
  const key =
    input.action === "revoke"
      ? "domain.licences.notices.revoked"
      : input.action === "suspend"
        ? "domain.licences.notices.suspended"
        : reason
          ? "domain.licences.notices.reinstated"
          : "domain.licences.notices.reinstatedNoReason";
  await notify(tx, {
    to: { enterprises: [licence.enterpriseId] },
    key,
    params: { department: licence.issuedBy.name, matter: licence.matter?.name ?? "证照", number: licence.number, reason },
    link: "/my/wallet",
    now,
  });
  await tx.outboxMessage.create({
    data: {
      topic: "licence.status",
      target: "credit-platform",
      payload: {
        number: licence.number,
        uscc: licence.uscc,
        name: licence.holderName,
        action: input.action,
        from: licence.status,
        to,
        reason: input.reason || null,
        at: now.toISOString(),
      },
      nextAttemptAt: now,
      createdAt: now,
    },
  });
  await writeAudit(tx, {
    actorId: opts.actorId,
    action: `licence.${input.action}`,
    entityType: "Licence",
    entityId: licence.id,
    before: { status: licence.status, statusReason: licence.statusReason },
    after: { status: to, statusReason, reason: input.reason || null },
    at: now,
  });
}
