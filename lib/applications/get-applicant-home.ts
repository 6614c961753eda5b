import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

export interface ApplicantHome {
  enterprise: { name: string; uscc: string } | null;
  applications: number;
  byStatus: { status: ApplicationStatus; count: number }[];
  licences: number;
  unread: number;
}

/** The applicant's landing numbers, scoped to the applicant and their own enterprise. */
export async function getApplicantHome({ actor }: { actor: SessionUser }): Promise<ApplicantHome> {
  assertCan(actor.role, "applicant.home");
  const db = getDb();
  const [enterprise, byStatus, licences, unread] = await Promise.all([
    actor.enterpriseId
      ? db.enterprise.findUnique({ where: { id: actor.enterpriseId }, select: { name: true, uscc: true } })
      : null,
    db.application.groupBy({ by: ["status"], where: { applicantId: actor.id }, _count: { _all: true } }),
    actor.enterpriseId ? db.licence.count({ where: { enterpriseId: actor.enterpriseId } }) : 0,
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  const rows = byStatus.map((r) => ({ status: r.status, count: r._count._all }));
  return { enterprise, applications: rows.reduce((a, r) => a + r.count, 0), byStatus: rows, licences, unread };
}
