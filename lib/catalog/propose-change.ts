// A department proposes a change to one of its own catalog entries (清单动态管理 — 晋中方案 三(二):
// 主管部门研究提出调整意见报送市市场监管局，市市场监管局向社会统一公布). Nothing is published here: the
// proposal waits for a regulator (decide-proposal.ts).
import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { diffEntries, entryOf } from "./entry";
import { notify } from "@/lib/notifications/notify";
import type { TProposeChange } from "./proposal-schemas";
import type { TMatterEntry } from "./schemas";

export interface ProposeResult {
  proposalId: string;
  /** True when an identical pending proposal already existed and was returned instead of a duplicate. */
  duplicate: boolean;
}

const E = "domain.catalog.errors";

/** The input is parsed once, by the action (ZProposeChange). */
export async function proposeMatterChange({ actor, now, input }: { actor: SessionUser; now: Date; input: TProposeChange }): Promise<ProposeResult> {
  assertCan(actor.role, "catalog.propose");
  if (!actor.departmentId) throw new AppError("FORBIDDEN", `${E}.noDepartment`);
  const { matterCode, baseVersion, entry, reason } = input;
  const departmentId = actor.departmentId;

  return getDb().$transaction(async (tx) => {
    // Scoped to the actor's department: another department's matter is "not found", never "forbidden".
    const matter = await tx.matter.findFirst({ where: { code: matterCode, departmentId, isActive: true }, select: { id: true } });
    if (!matter) throw new AppError("NOT_FOUND", `${E}.notOwnMatter`, { code: matterCode });
    // Row lock: two submissions for the same matter run one after the other, so a double click cannot
    // create two pending proposals.
    await tx.$queryRaw`SELECT id FROM "Matter" WHERE id = ${matter.id} FOR UPDATE`;
    const current = await tx.matter.findUniqueOrThrow({ where: { id: matter.id }, include: { materials: true } });

    const mine = await tx.matterChangeProposal.findFirst({
      where: { matterId: matter.id, proposedById: actor.id, status: "PENDING" },
      orderBy: { createdAt: "desc" },
    });
    if (mine) {
      const same = mine.baseVersion === baseVersion && mine.reason === reason && diffEntries(mine.changes as unknown as TMatterEntry, entry).length === 0;
      if (same) return { proposalId: mine.id, duplicate: true };
    }
    if (current.catalogVersion !== baseVersion) {
      throw new AppError("CONFLICT", `${E}.proposalBaseOutdated`, { current: current.catalogVersion, base: baseVersion });
    }
    if (mine) {
      throw new AppError("CONFLICT", `${E}.alreadyProposed`);
    }
    const before = entryOf(current);
    const changes = diffEntries(before, entry);
    if (changes.length === 0) throw new AppError("BAD_INPUT", `${E}.noChange`);

    const proposal = await tx.matterChangeProposal.create({
      data: {
        matterId: matter.id,
        departmentId,
        proposedById: actor.id,
        baseVersion,
        changes: entry as unknown as Prisma.InputJsonValue,
        reason,
        createdAt: now,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "catalog.propose",
      entityType: "MatterChangeProposal",
      entityId: proposal.id,
      after: { matterCode, baseVersion, reason, changes } as unknown as Prisma.InputJsonValue,
      at: now,
    });
    await notify(tx, {
      to: { role: "REGULATOR" },
      key: "domain.catalog.notices.proposalSubmitted",
      params: { matter: current.name, proposer: actor.name, baseVersion, changes: changes.length, reason },
      link: `/regulator/catalog/proposals/${proposal.id}`,
      now,
    });
    return { proposalId: proposal.id, duplicate: false };
  });
}
