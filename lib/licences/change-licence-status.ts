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
import { AppError, parseInput } from "@/lib/errors";
import type { LicenceStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ADMINISTERED_KINDS, LICENCE_STATUS_TEXT, ZChangeLicenceStatus, nextLicenceStatus, type LicenceAction } from "./licence-status-rules";

const ACTION_TEXT: Record<LicenceAction, string> = { suspend: "暂停", revoke: "撤销", reinstate: "恢复" };

export async function changeLicenceStatus(opts: { actor: SessionUser; now: Date; input: unknown }): Promise<{ status: LicenceStatus }> {
  const { actor, now } = opts;
  assertCan(actor.role, "licence.revoke");
  if (!actor.departmentId) throw new AppError("FORBIDDEN", "您的账户未绑定审批部门，请联系管理员");
  const input = parseInput(ZChangeLicenceStatus, opts.input);

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
    if (!licence) throw new AppError("NOT_FOUND", "证照不存在");
    if (!ADMINISTERED_KINDS.includes(licence.kind)) {
      throw new AppError("CONFLICT", "营业执照的注销、吊销由市场监管部门依登记程序办理，不能在此变更");
    }
    if (input.expectedStatus && input.expectedStatus !== licence.status) {
      throw new AppError("CONFLICT", `该证照状态已变更为“${LICENCE_STATUS_TEXT[licence.status]}”，请刷新页面查看最新情况`);
    }
    const to = nextLicenceStatus(licence.status, input.action);
    if (!to) throw new AppError("CONFLICT", `证照当前状态为“${LICENCE_STATUS_TEXT[licence.status]}”，不能${ACTION_TEXT[input.action]}`);

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
  if (updated.count !== 1) throw new AppError("CONFLICT", "该证照已由其他人员处理，请刷新页面查看最新情况");

  const name = `${licence.matter?.name ?? "证照"}（${licence.number}）`;
  const message =
    input.action === "revoke"
      ? { title: `${licence.issuedBy.name}已撤销您的证照`, body: `${name}已被撤销，自即日起不再有效。理由：${input.reason}` }
      : input.action === "suspend"
        ? { title: `${licence.issuedBy.name}已暂停您的证照`, body: `${name}已暂停效力，核验时显示为“已暂停”。理由：${input.reason}` }
        : { title: `${licence.issuedBy.name}已恢复您的证照`, body: `${name}已恢复有效。${input.reason ? `说明：${input.reason}` : ""}` };
  const holders = await tx.user.findMany({ where: { enterpriseId: licence.enterpriseId }, select: { id: true } });
  if (holders.length) await tx.notification.createMany({ data: holders.map((u) => ({ userId: u.id, ...message, link: "/my/wallet", createdAt: now })) });
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
