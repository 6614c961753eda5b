// The department officer's own catalog: the matters of the officer's department only, with the current
// published version. Another department's matter is "not found" (never revealed as "forbidden").
import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import type { ProcessingType, ReformMode } from "@/lib/generated/prisma/enums";
import { entryOf } from "./entry";
import type { TMatterEntry } from "./schemas";

export interface DeptMatterRow {
  code: string;
  name: string;
  reformMode: ReformMode;
  processingType: ProcessingType;
  statutoryDays: number;
  promisedDays: number;
  catalogVersion: number;
  pendingProposals: number;
}

function departmentOf(actor: SessionUser): string {
  assertCan(actor.role, "catalog.propose");
  if (!actor.departmentId) throw new AppError("FORBIDDEN", "domain.catalog.errors.noDepartment");
  return actor.departmentId;
}

export async function listDeptMatters({ actor }: { actor: SessionUser }): Promise<{ departmentName: string; matters: DeptMatterRow[] }> {
  const departmentId = departmentOf(actor);
  const db = getDb();
  const [department, matters] = await Promise.all([
    db.department.findUniqueOrThrow({ where: { id: departmentId }, select: { name: true } }),
    db.matter.findMany({
      where: { departmentId, isActive: true },
      orderBy: [{ kind: "asc" }, { name: "asc" }],
      select: {
        code: true,
        name: true,
        reformMode: true,
        processingType: true,
        statutoryDays: true,
        promisedDays: true,
        catalogVersion: true,
        _count: { select: { proposals: { where: { status: "PENDING" } } } },
      },
    }),
  ]);
  return {
    departmentName: department.name,
    matters: matters.map(({ _count, ...m }) => ({ ...m, pendingProposals: _count.proposals })),
  };
}

export interface OwnMatterEntry {
  code: string;
  name: string;
  departmentName: string;
  catalogVersion: number;
  entry: TMatterEntry;
  /** The actor's own proposal for this matter still waiting for the regulator, if any. */
  myPendingProposal: { id: string; createdAt: Date } | null;
}

/** The current entry of one of the actor's own department's matters, to prefill the proposal form. */
export async function getOwnMatterEntry({ actor, code }: { actor: SessionUser; code: string }): Promise<OwnMatterEntry> {
  const departmentId = departmentOf(actor);
  const matter = await getDb().matter.findFirst({
    where: { code, departmentId, isActive: true },
    include: {
      materials: true,
      department: { select: { name: true } },
      proposals: { where: { status: "PENDING", proposedById: actor.id }, select: { id: true, createdAt: true }, take: 1 },
    },
  });
  if (!matter) throw new AppError("NOT_FOUND", "domain.catalog.errors.notOwnMatter", { code });
  return {
    code: matter.code,
    name: matter.name,
    departmentName: matter.department.name,
    catalogVersion: matter.catalogVersion,
    entry: entryOf(matter),
    myPendingProposal: matter.proposals[0] ?? null,
  };
}
