import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";

/** Active enterprises with their registered scope terms, for the window's scope registration. */
export async function listEnterprisesForScope({ actor }: { actor: SessionUser }) {
  assertCan(actor.role, "scope.register");
  return getDb().enterprise.findMany({
    where: { status: "ACTIVE" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, uscc: true, businessScope: true, scopeTerms: { select: { term: { select: { code: true } } } } },
  });
}
