import "server-only";
// The standard scope terms (经营范围规范表述) with the matters each maps to: what a new enterprise's scope is
// derived from (derive-scope.ts) and what the articles check a written scope against.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ScopeTermLike } from "./derive-scope";

export async function loadScopeTerms(db: PrismaClient | Prisma.TransactionClient): Promise<ScopeTermLike[]> {
  const rows = await db.businessScopeTerm.findMany({
    orderBy: { code: "asc" },
    select: { code: true, name: true, isLicensed: true, matters: { select: { matter: { select: { code: true } } } } },
  });
  return rows.map((t) => ({ code: t.code, name: t.name, isLicensed: t.isLicensed, matterCodes: t.matters.map((m) => m.matter.code) }));
}
