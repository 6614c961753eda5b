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
import { ZProposeChange, fieldIssuesOf, zhIssueMessage } from "./proposal-schemas";
import type { TMatterEntry } from "./schemas";

export interface ProposeResult {
  proposalId: string;
  /** True when an identical pending proposal already existed and was returned instead of a duplicate. */
  duplicate: boolean;
}

export const NOT_OWN_MATTER = "事项不存在或不属于本部门";

export async function proposeMatterChange({ actor, now, input }: { actor: SessionUser; now: Date; input: unknown }): Promise<ProposeResult> {
  assertCan(actor.role, "catalog.propose");
  if (!actor.departmentId) throw new AppError("FORBIDDEN", "您的账户未绑定审批部门，请联系管理员");
  const parsed = ZProposeChange.safeParse(input, { error: zhIssueMessage });
  if (!parsed.success) {
    const first = fieldIssuesOf(parsed.error)[0];
    throw new AppError("BAD_INPUT", first ? first.message : "提交的内容不完整，请检查后重试");
  }
  const { matterCode, baseVersion, entry, reason } = parsed.data;
  const departmentId = actor.departmentId;

  return getDb().$transaction(async (tx) => {
    // Scoped to the actor's department: another department's matter is "not found", never "forbidden".
    const matter = await tx.matter.findFirst({ where: { code: matterCode, departmentId, isActive: true }, select: { id: true } });
    if (!matter) throw new AppError("NOT_FOUND", NOT_OWN_MATTER);
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
      throw new AppError("CONFLICT", `该事项已发布第${current.catalogVersion}版，您的修改基于第${baseVersion}版。请刷新页面，在最新版本上重新填写。`);
    }
    if (mine) {
      throw new AppError("CONFLICT", "您已提交过该事项的调整申请，正在等待市场监管部门审核。请等审核结果出来后再提出新的调整。");
    }
    const before = entryOf(current);
    const changes = diffEntries(before, entry);
    if (changes.length === 0) throw new AppError("BAD_INPUT", "未作任何修改：请至少修改一项内容后再提交");

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
    const regulators = await tx.user.findMany({ where: { role: "REGULATOR" }, select: { id: true } });
    if (regulators.length > 0) {
      await tx.notification.createMany({
        data: regulators.map((r) => ({
          userId: r.id,
          title: `待审核：${current.name}目录调整申请`,
          body: `${actor.name}提出调整“${current.name}”（第${baseVersion}版）共${changes.length}处，理由：${reason}`,
          link: `/regulator/catalog/proposals/${proposal.id}`,
          createdAt: now,
        })),
      });
    }
    return { proposalId: proposal.id, duplicate: false };
  });
}
