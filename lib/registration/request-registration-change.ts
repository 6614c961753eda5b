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
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { IN_PROGRESS_STATUSES, lockEnterpriseRow, registrationAuthority } from "./authority";
import { effectiveChange, type TRequestCancel, type TRequestChange } from "./rules";
import { findNameConflict } from "@/lib/forms/name-check";

const E = "domain.registration.errors";

export interface RequestResult {
  id: string;
  /** false: the same form was submitted before; this is that request. */
  created: boolean;
}

export async function requestChange(opts: { actor: SessionUser; now: Date; input: TRequestChange }): Promise<RequestResult> {
  const { input } = opts;
  return fileRequest({ ...opts, kind: "CHANGE", requestKey: input.requestKey, reason: input.reason }, async (tx, enterprise) => {
    const change = effectiveChange(enterprise, input);
    if (!change.newName && !change.newAddress) throw new AppError("BAD_INPUT", `${E}.change.nothingToChange`);
    if (change.newName) await assertNameFree(tx, change.newName, enterprise.id);
    return change;
  });
}

export async function requestCancellation(opts: { actor: SessionUser; now: Date; input: TRequestCancel }): Promise<RequestResult> {
  const { input } = opts;
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
  if (!conflict) return;
  const key = conflict.kind === "pendingChange" ? "pending" : conflict.exact ? "taken" : "similar";
  throw new AppError("CONFLICT", `${E}.name.${key}`, { name, other: conflict.name });
}

/** A cancellation waits until no application is still being processed for the enterprise. */
export async function assertNothingInProgress(tx: Prisma.TransactionClient, enterpriseId: string): Promise<void> {
  const busy = await tx.application.count({ where: { enterpriseId, status: { in: [...IN_PROGRESS_STATUSES] } } });
  if (busy) throw new AppError("CONFLICT", `${E}.cancel.applicationsInProgress`, { count: busy });
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
  if (!actor.enterpriseId) throw new AppError("NOT_FOUND", `${E}.noEnterprise`);
  const enterpriseId = actor.enterpriseId;
  const requestKey = `${actor.id}:${opts.requestKey}`;

  return getDb().$transaction(async (tx) => {
    await lockEnterpriseRow(tx, enterpriseId);
    const again = await tx.registrationChange.findUnique({ where: { requestKey }, select: { id: true, enterpriseId: true } });
    if (again) {
      if (again.enterpriseId !== enterpriseId) throw new AppError("NOT_FOUND", `${E}.requestNotFound`);
      return { id: again.id, created: false };
    }
    const enterprise = await tx.enterprise.findUnique({ where: { id: enterpriseId }, select: { id: true, name: true, address: true, status: true } });
    if (!enterprise) throw new AppError("NOT_FOUND", `${E}.enterpriseNotFound`);
    if (enterprise.status !== "ACTIVE") throw new AppError("CONFLICT", `${E}.enterpriseCancelled`);
    const open = await tx.registrationChange.findFirst({ where: { enterpriseId, status: "SUBMITTED" }, select: { kind: true } });
    if (open) throw new AppError("CONFLICT", open.kind === "CANCEL" ? `${E}.openCancel` : `${E}.openChange`);
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
    if (authority)
      await notify(tx, {
        to: { departments: [authority.id] },
        key: kind === "CANCEL" ? "domain.registration.notices.cancelRequested" : "domain.registration.notices.changeRequested",
        params: { enterprise: enterprise.name, reason: opts.reason },
        link: `/dept/registrations/${created.id}`,
        now,
      });
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
