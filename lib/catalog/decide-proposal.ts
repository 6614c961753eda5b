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
import { notify } from "@/lib/notifications/notify";
import type { TApproveProposal, TRejectProposal } from "./proposal-schemas";
import type { TMatterEntry } from "./schemas";

const E = "domain.catalog.errors";

export interface DecisionResult {
  proposalId: string;
  status: "APPROVED" | "REJECTED";
  /** The published version (approval only). */
  version: number | null;
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
  if (!proposal) throw new AppError("NOT_FOUND", `${E}.proposalNotFound`);
  const claimed = await tx.matterChangeProposal.updateMany({ where: { id: proposalId, status: "PENDING" }, data });
  if (claimed.count !== 1) throw new AppError("CONFLICT", `${E}.alreadyDecided`);
  return proposal;
}

/** The input is parsed once, by the action (ZApproveProposal). */
export async function approveProposal({ actor, now, input }: { actor: SessionUser; now: Date; input: TApproveProposal }): Promise<DecisionResult> {
  assertCan(actor.role, "catalog.publish");
  const cleanNote = input.note?.trim() || null;

  return getDb().$transaction(async (tx) => {
    const proposal = await claimPending(tx, input.proposalId, {
      status: "APPROVED",
      decidedById: actor.id,
      decidedAt: now,
      decisionReason: cleanNote,
    });
    // A newer version was published after the department wrote this proposal: it cannot be applied as
    // is, and silently overwriting the newer version would lose that change.
    const current = await tx.matter.findUniqueOrThrow({ where: { id: proposal.matterId }, select: { catalogVersion: true } });
    if (current.catalogVersion !== proposal.baseVersion) {
      throw new AppError("CONFLICT", `${E}.proposalOutdated`, { current: current.catalogVersion, base: proposal.baseVersion });
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
      throw new AppError("CONFLICT", `${E}.sameAsCurrent`);
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
    await notify(tx, {
      to: { users: [proposal.proposedById] },
      key: cleanNote ? "domain.catalog.notices.proposalPublishedWithNote" : "domain.catalog.notices.proposalPublished",
      params: { matter: proposal.matter.name, version, ...(cleanNote ? { note: cleanNote } : {}) },
      link: "/dept/catalog",
      now,
    });
    return { proposalId: proposal.id, status: "APPROVED" as const, version };
  });
}

/** The input is parsed once, by the action (ZRejectProposal). */
export async function rejectProposal({ actor, now, input }: { actor: SessionUser; now: Date; input: TRejectProposal }): Promise<DecisionResult> {
  assertCan(actor.role, "catalog.publish");
  const { reason } = input;

  return getDb().$transaction(async (tx) => {
    const proposal = await claimPending(tx, input.proposalId, {
      status: "REJECTED",
      decidedById: actor.id,
      decidedAt: now,
      decisionReason: reason,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "catalog.proposal.reject",
      entityType: "MatterChangeProposal",
      entityId: proposal.id,
      before: { status: "PENDING" },
      after: { status: "REJECTED", reason },
      at: now,
    });
    await notify(tx, {
      to: { users: [proposal.proposedById] },
      key: "domain.catalog.notices.proposalRejected",
      params: { matter: proposal.matter.name, reason },
      link: "/dept/catalog",
      now,
    });
    return { proposalId: proposal.id, status: "REJECTED" as const, version: null };
  });
}
