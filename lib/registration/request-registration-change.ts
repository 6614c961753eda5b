import "server-only";
// The enterprise asks for 变更登记 (a new name and/or address) or 注销登记 online, with no materials
// (上海应急局方案 (002) (3) "零材料"; 嘉定方案 (003) (一)1 套餐式注销). One request open at a time per
// enterprise (the enterprise row is locked while it is filed); the form's one-time key makes a resubmitted
// form find its request instead of filing a second. The registration authority's officers are told.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RegistrationChangeKind } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/audit";
import { AppError, parseInput } from "@/lib/errors";
import { IN_PROGRESS_STATUSES, lockEnterpriseRow, registrationAuthority } from "./authority";
import { ZRequestCancel, ZRequestChange, effectiveChange } from "./rules";
import { findNameConflict, nameConflictMessage } from "@/lib/forms/name-check";

export interface RequestResult {
  id: string;
  /** false: the same form was submitted before; this is that request. */
  created: boolean;
}

export async function requestChange(opts: { actor: SessionUser; now: Date; input: unknown }): Promise<RequestResult> {
  const input = parseInput(ZRequestChange, opts.input);
  return fileRequest({ ...opts, kind: "CHANGE", requestKey: input.requestKey, reason: input.reason }, async (tx, enterprise) => {
    const change = effectiveChange(enterprise, input);
    if (!change.newName && !change.newAddress) throw new AppError("BAD_INPUT", "填写的名称和住所与现登记信息相同，无需办理变更");
    if (change.newName) await assertNameFree(tx, change.newName, enterprise.id);
    return change;
  });
}

export async function requestCancellation(opts: { actor: SessionUser; now: Date; input: unknown }): Promise<RequestResult> {
  const input = parseInput(ZRequestCancel, opts.input);
  return fileRequest({ ...opts, kind: "CANCEL", requestKey: input.requestKey, reason: input.reason }, async (tx, enterprise) => {
    await assertNothingInProgress(tx, enterprise.id);
    return { newName: null, newAddress: null };
  });
}

/**
 * 名称登记: no two enterprises in business under one name — exactly or once normalised (full/half width,
 * spaces, punctuation, 组织形式: name-check.ts), nor a name another enterprise's open request asks for.
 * Checked when the request is filed and again when it is approved (decide-registration-change.ts).
 */
export async function assertNameFree(tx: Prisma.TransactionClient, name: string, enterpriseId: string): Promise<void> {
  const conflict = await findNameConflict({ db: tx, name, exceptEnterpriseId: enterpriseId });
  if (conflict) throw new AppError("CONFLICT", nameConflictMessage(name, conflict));
}

/** A cancellation waits until no application is still being processed for the enterprise. */
export async function assertNothingInProgress(tx: Prisma.TransactionClient, enterpriseId: string): Promise<void> {
  const busy = await tx.application.count({ where: { enterpriseId, status: { in: [...IN_PROGRESS_STATUSES] } } });
  if (busy) throw new AppError("CONFLICT", `本企业尚有 ${busy} 件申请正在办理，办结后方可申请注销登记`);
}

async function fileRequest(
  opts: { actor: SessionUser; now: Date; kind: RegistrationChangeKind; requestKey: string; reason: string },
  check: (
    tx: Prisma.TransactionClient,
    enterprise: { id: string; name: string; address: string },
  ) => Promise<{ newName: string | null; newAddress: string | null }>,
): Promise<RequestResult> {
  const { actor, now, kind } = opts;
  assertCan(actor.role, "registration.request");
  if (!actor.enterpriseId) throw new AppError("NOT_FOUND", "您的账户尚未关联企业，无法办理变更或注销登记");
  const enterpriseId = actor.enterpriseId;
  const requestKey = `${actor.id}:${opts.requestKey}`;

  return getDb().$transaction(async (tx) => {
    await lockEnterpriseRow(tx, enterpriseId);
    const again = await tx.registrationChange.findUnique({ where: { requestKey }, select: { id: true, enterpriseId: true } });
    if (again) {
      if (again.enterpriseId !== enterpriseId) throw new AppError("NOT_FOUND", "申请不存在");
      return { id: again.id, created: false };
    }
    const enterprise = await tx.enterprise.findUnique({ where: { id: enterpriseId }, select: { id: true, name: true, address: true, status: true } });
    if (!enterprise) throw new AppError("NOT_FOUND", "企业不存在");
    if (enterprise.status !== "ACTIVE") throw new AppError("CONFLICT", "本企业已办理注销登记，不能再申请变更或注销");
    const open = await tx.registrationChange.findFirst({ where: { enterpriseId, status: "SUBMITTED" }, select: { kind: true } });
    if (open) throw new AppError("CONFLICT", `本企业已有一件${open.kind === "CANCEL" ? "注销" : "变更"}登记申请正在办理，请等待办结或撤回后再申请`);
    const change = await check(tx, enterprise);

    const created = await tx.registrationChange.create({
      data: {
        enterpriseId,
        kind,
        oldName: enterprise.name,
        oldAddress: enterprise.address,
        newName: change.newName,
        newAddress: change.newAddress,
        reason: opts.reason,
        requestKey,
        requestedById: actor.id,
        requestedAt: now,
      },
      select: { id: true },
    });
    const authority = await registrationAuthority(tx);
    if (authority) {
      const officers = await tx.user.findMany({ where: { departmentId: authority.id, role: "DEPT_OFFICER" }, select: { id: true } });
      const title = `新的${kind === "CANCEL" ? "注销" : "变更"}登记申请：${enterprise.name}`;
      if (officers.length)
        await tx.notification.createMany({
          data: officers.map((o) => ({ userId: o.id, title, body: `申请理由：${opts.reason}`, link: `/dept/registrations/${created.id}`, createdAt: now })),
        });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: kind === "CANCEL" ? "registration.requestCancel" : "registration.requestChange",
      entityType: "RegistrationChange",
      entityId: created.id,
      after: { enterprise: enterprise.name, ...change, reason: opts.reason },
      at: now,
    });
    return { id: created.id, created: true };
  });
}
