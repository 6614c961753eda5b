import "server-only";
// The registration authority (登记机关): the department that owns the business-registration matter (设立登记,
// kind REGISTRATION) registers changes and cancellations too. Only its officers see and decide requests.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { assertCan, can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";

type Db = PrismaClient | Prisma.TransactionClient;

export async function registrationAuthority(db: Db): Promise<{ id: string; name: string } | null> {
  const matter = await db.matter.findFirst({
    where: { kind: "REGISTRATION" },
    orderBy: { code: "asc" },
    select: { department: { select: { id: true, name: true } } },
  });
  return matter?.department ?? null;
}

/** Whether the actor decides changes and cancellations (the desk shows its link only then). */
export async function isRegistrationOfficer(actor: SessionUser): Promise<boolean> {
  if (!actor.departmentId || !can(actor.role, "registration.decide")) return false;
  return (await registrationAuthority(getDb()))?.id === actor.departmentId;
}

/** The acting officer's department, when it is the registration authority; refuses anyone else. */
export async function assertRegistrationOfficer(db: Db, actor: SessionUser): Promise<{ id: string; name: string }> {
  assertCan(actor.role, "registration.decide");
  const authority = await registrationAuthority(db);
  if (!authority || actor.departmentId !== authority.id) throw new AppError("FORBIDDEN", "domain.registration.errors.decide.notAuthority");
  return authority;
}

/** Applications still being processed: a cancellation waits for them (or for the applicant to withdraw them). */
export const IN_PROGRESS_STATUSES = ["SUBMITTED", "ACCEPTED", "DECIDED"] as const;

/** Locks the enterprise row: requests and decisions on one enterprise happen one at a time. */
export async function lockEnterpriseRow(tx: Prisma.TransactionClient, enterpriseId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Enterprise" WHERE id = ${enterpriseId} FOR UPDATE`;
}
