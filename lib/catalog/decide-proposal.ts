// The regulator decides a department's catalog proposal (晋中方案 三(二): 市市场监管局向社会统一公布).
// Approval publishes a new version through publishMatterVersion in the same transaction as the decision,
// so a proposal is never "approved" without its version, nor a version published without its decision.
import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { shanghaiDate } from "@/lib/calendar/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishMatterVersion } from "./publish-version";
import { ZApproveProposal, ZRejectProposal, fieldIssuesOf, zhIssueMessage } from "./proposal-schemas";
import type { TMatterEntry } from "./schemas";
import type { ZodError } from "zod";

export const ALREADY_DECIDED = "该申请已处理";

export interface DecisionResult {
  proposalId: string;
  status: "APPROVED" | "REJECTED";
  /** The published version (approval only). */
  version: number | null;
}

function badInput(error: ZodError): AppError {
  const first = fieldIssuesOf(error)[0];
  return new AppError("BAD_INPUT", first ? first.message : "提交的内容不完整，请检查后重试");
}

type Tx = Prisma.TransactionClient;

/** Marks the proposal decided only if it is still pending; a second decision gets CONFLICT. */
async function claimPending(
  tx: Tx,
  proposalId: string,
  data: { status: "APPROVED" | "REJECTED"; decidedById: string; decidedAt: Date; decisionReason: string | null },
) {
  const proposal = await tx.matterChangeProposal.findUnique({
    where: { id: proposalId },
    include: { matter: { select: { id: true, code: true, name: true } } },
  });
  if (!proposal) throw new AppError("NOT_FOUND", "申请不存在");
  const claimed = await tx.matterChangeProposal.updateMany({ where: { id: proposalId, status: "PENDING" }, data });
  if (claimed.count !== 1) throw new AppError("CONFLICT", `${ALREADY_DECIDED}，请刷新页面查看结果`);
  return proposal;
}

export async function approveProposal({
  actor,
  now,
  proposalId,
  note,
}: {
  actor: SessionUser;
  now: Date;
  proposalId: string;
  note?: string;
}): Promise<DecisionResult> {
  assertCan(actor.role, "catalog.publish");
  const parsed = ZApproveProposal.safeParse({ proposalId, note }, { error: zhIssueMessage });
  if (!parsed.success) throw badInput(parsed.error);
  const cleanNote = parsed.data.note?.trim() || null;

  return getDb().$transaction(async (tx) => {
    const proposal = await claimPending(tx, parsed.data.proposalId, {
      status: "APPROVED",
      decidedById: actor.id,
      decidedAt: now,
      decisionReason: cleanNote,
    });
    // A newer version was published after the department wrote this proposal: it cannot be applied as
    // is, and silently overwriting the newer version would lose that change.
    const current = await tx.matter.findUniqueOrThrow({ where: { id: proposal.matterId }, select: { catalogVersion: true } });
    if (current.catalogVersion !== proposal.baseVersion) {
      throw new AppError(
        "CONFLICT",
        `该事项已发布第${current.catalogVersion}版，本申请基于第${proposal.baseVersion}版，无法直接发布，请驳回并请部门在最新版本上重新提出。`,
      );
    }
    const version = await publishMatterVersion(tx, {
      matterId: proposal.matterId,
      entry: proposal.changes as unknown as TMatterEntry,
      expectedVersion: proposal.baseVersion,
      source: "PROPOSAL",
      proposalId: proposal.id,
      actorId: actor.id,
      now,
      effectiveFrom: shanghaiDate(now),
      // The public history shows this note; the department's internal reason stays in the proposal.
      note: cleanNote ?? "部门提出的目录调整，经市场监管部门审核发布",
    });
    if (version === null) {
      throw new AppError("CONFLICT", "申请内容与现行版本相同，无需发布，请驳回该申请");
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "catalog.proposal.approve",
      entityType: "MatterChangeProposal",
      entityId: proposal.id,
      before: { status: "PENDING" },
      after: { status: "APPROVED", version, note: cleanNote } as Prisma.InputJsonValue,
      at: now,
    });
    await tx.notification.create({
      data: {
        userId: proposal.proposedById,
        title: `目录调整已发布：${proposal.matter.name}`,
        body: `您提出的“${proposal.matter.name}”调整申请已通过审核，已发布为第${version}版，自发布之日起施行。${cleanNote ? `说明：${cleanNote}` : ""}`,
        link: `/dept/catalog`,
        createdAt: now,
      },
    });
    return { proposalId: proposal.id, status: "APPROVED" as const, version };
  });
}

export async function rejectProposal({
  actor,
  now,
  proposalId,
  reason,
}: {
  actor: SessionUser;
  now: Date;
  proposalId: string;
  reason: string;
}): Promise<DecisionResult> {
  assertCan(actor.role, "catalog.publish");
  const parsed = ZRejectProposal.safeParse({ proposalId, reason }, { error: zhIssueMessage });
  if (!parsed.success) throw badInput(parsed.error);

  return getDb().$transaction(async (tx) => {
    const proposal = await claimPending(tx, parsed.data.proposalId, {
      status: "REJECTED",
      decidedById: actor.id,
      decidedAt: now,
      decisionReason: parsed.data.reason,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "catalog.proposal.reject",
      entityType: "MatterChangeProposal",
      entityId: proposal.id,
      before: { status: "PENDING" },
      after: { status: "REJECTED", reason: parsed.data.reason },
      at: now,
    });
    await tx.notification.create({
      data: {
        userId: proposal.proposedById,
        title: `目录调整未通过：${proposal.matter.name}`,
        body: `您提出的“${proposal.matter.name}”调整申请未通过审核。驳回理由：${parsed.data.reason}`,
        link: `/dept/catalog`,
        createdAt: now,
      },
    });
    return { proposalId: proposal.id, status: "REJECTED" as const, version: null };
  });
}
