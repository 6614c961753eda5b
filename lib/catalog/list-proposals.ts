// Catalog change proposals with their readable differences: a department sees its own department's
// proposals, the regulator sees every proposal (pending first, then decided).
import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { diffEntries, entryOf, type EntryChange } from "./entry";
import type { TMatterEntry } from "./schemas";

export interface ProposalView {
  id: string;
  matter: { code: string; name: string; catalogVersion: number; departmentName: string };
  proposedBy: string;
  baseVersion: number;
  reason: string;
  status: ProposalStatus;
  createdAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  /** The version the approval published. */
  publishedVersion: number | null;
  /** Pending, but a newer version was published since: it cannot be approved as is. */
  isStale: boolean;
  /** Base version → proposed entry. */
  changes: EntryChange[];
  proposed: TMatterEntry;
}

const include = {
  matter: { include: { materials: true, department: { select: { name: true } } } },
  proposedBy: { select: { displayName: true } },
  decidedBy: { select: { displayName: true } },
  version: { select: { version: true } },
} satisfies Prisma.MatterChangeProposalInclude;

type Row = Prisma.MatterChangeProposalGetPayload<{ include: typeof include }>;

/** The entry the proposal was written against: the base version's snapshot (the live entry if absent). */
async function toViews(rows: Row[]): Promise<ProposalView[]> {
  if (rows.length === 0) return [];
  const snapshots = await getDb().matterVersion.findMany({
    where: { OR: rows.map((r) => ({ matterId: r.matterId, version: r.baseVersion })) },
    select: { matterId: true, version: true, snapshot: true },
  });
  const byKey = new Map(snapshots.map((s) => [`${s.matterId}:${s.version}`, s.snapshot as unknown as TMatterEntry]));
  return rows.map((r) => {
    const proposed = r.changes as unknown as TMatterEntry;
    const base = byKey.get(`${r.matterId}:${r.baseVersion}`) ?? entryOf(r.matter);
    return {
      id: r.id,
      matter: { code: r.matter.code, name: r.matter.name, catalogVersion: r.matter.catalogVersion, departmentName: r.matter.department.name },
      proposedBy: r.proposedBy.displayName,
      baseVersion: r.baseVersion,
      reason: r.reason,
      status: r.status,
      createdAt: r.createdAt,
      decidedBy: r.decidedBy?.displayName ?? null,
      decidedAt: r.decidedAt,
      decisionReason: r.decisionReason,
      publishedVersion: r.version?.version ?? null,
      isStale: r.status === "PENDING" && r.matter.catalogVersion !== r.baseVersion,
      changes: diffEntries(base, proposed),
      proposed,
    };
  });
}

/** The department officer's view: every proposal of the officer's own department, newest first. */
export async function listDeptProposals({ actor, limit = 100 }: { actor: SessionUser; limit?: number }): Promise<ProposalView[]> {
  assertCan(actor.role, "catalog.propose");
  if (!actor.departmentId) throw new AppError("FORBIDDEN", "domain.catalog.errors.noDepartment");
  const rows = await getDb().matterChangeProposal.findMany({
    where: { departmentId: actor.departmentId },
    include,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return toViews(rows);
}

/** The regulator's queue: pending proposals oldest first (first come, first decided), then the latest decisions. */
export async function listProposalsForReview({
  actor,
  decidedLimit = 50,
}: {
  actor: SessionUser;
  decidedLimit?: number;
}): Promise<{ pending: ProposalView[]; decided: ProposalView[] }> {
  assertCan(actor.role, "catalog.publish");
  const db = getDb();
  const [pending, decided] = await Promise.all([
    db.matterChangeProposal.findMany({ where: { status: "PENDING" }, include, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.matterChangeProposal.findMany({
      where: { status: { not: "PENDING" } },
      include,
      orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
      take: decidedLimit,
    }),
  ]);
  return { pending: await toViews(pending), decided: await toViews(decided) };
}

/** One proposal for the regulator's decision page. */
export async function getProposalForReview({ actor, proposalId }: { actor: SessionUser; proposalId: string }): Promise<ProposalView> {
  assertCan(actor.role, "catalog.publish");
  const row = await getDb().matterChangeProposal.findUnique({ where: { id: proposalId }, include });
  if (!row) throw new AppError("NOT_FOUND", "domain.catalog.errors.proposalNotFound");
  const [view] = await toViews([row]);
  return view!;
}
