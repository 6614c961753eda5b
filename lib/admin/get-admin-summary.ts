import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { Role } from "@/lib/generated/prisma/enums";

export interface AdminSummary {
  usersByRole: Record<Role, number>;
  locked: number;
  holidays: number;
  matters: number;
  auditEntries: number;
}

export async function getAdminSummary({ actor, now }: { actor: SessionUser; now: Date }): Promise<AdminSummary> {
  assertCan(actor.role, "admin.view");
  const db = getDb();
  const [grouped, locked, holidays, matters, auditEntries] = await Promise.all([
    db.user.groupBy({ by: ["role"], _count: { _all: true } }),
    db.user.count({ where: { lockedUntil: { gt: now } } }),
    db.holiday.count(),
    db.matter.count(),
    db.auditLog.count(),
  ]);
  const usersByRole = Object.fromEntries(Object.values(Role).map((r) => [r, 0])) as Record<Role, number>;
  for (const row of grouped) usersByRole[row.role] = row._count._all;
  return { usersByRole, locked, holidays, matters, auditEntries };
}
