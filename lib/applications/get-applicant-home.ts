import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { inFormOrder } from "./resolve-documents";
import { applicantActions, type ApplicantAction } from "./withdraw-application";
import { availableActions } from "./status-rules";

export interface ApplicantHome {
  enterprise: { name: string; uscc: string } | null;
  applications: number;
  byStatus: { status: ApplicationStatus; count: number }[];
  licences: number;
  unread: number;
  /** The newest applications, so a draft can be resumed on any device. */
  recent: {
    id: string;
    status: ApplicationStatus;
    version: number;
    matters: string[];
    updatedAt: Date;
    submittedAt: Date | null;
    /** Whether the form is still open (a draft): the row links to it. */
    canEdit: boolean;
    actions: ApplicantAction[];
  }[];
}

/** How many of the newest applications the home page lists. */
export const RECENT_APPLICATIONS = 20;

/** The applicant's landing numbers, scoped to the applicant and their own enterprise. */
export async function getApplicantHome({ actor }: { actor: SessionUser }): Promise<ApplicantHome> {
  assertCan(actor.role, "applicant.home");
  const db = getDb();
  const [enterprise, byStatus, licences, unread, recent] = await Promise.all([
    actor.enterpriseId ? db.enterprise.findUnique({ where: { id: actor.enterpriseId }, select: { name: true, uscc: true } }) : null,
    db.application.groupBy({ by: ["status"], where: { applicantId: actor.id }, _count: { _all: true } }),
    actor.enterpriseId ? db.licence.count({ where: { enterpriseId: actor.enterpriseId } }) : 0,
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
    db.application.findMany({
      where: { applicantId: actor.id },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: RECENT_APPLICATIONS,
      select: {
        id: true,
        status: true,
        version: true,
        updatedAt: true,
        submittedAt: true,
        tasks: { select: { status: true } },
        items: { select: { matter: { select: { code: true, kind: true, name: true } } } },
      },
    }),
  ]);
  const rows = byStatus.map((r) => ({ status: r.status, count: r._count._all }));
  return {
    enterprise,
    applications: rows.reduce((a, r) => a + r.count, 0),
    byStatus: rows,
    licences,
    unread,
    recent: recent.map((a) => ({
      id: a.id,
      status: a.status,
      version: a.version,
      matters: inFormOrder(a.items).map((i) => i.matter.name),
      updatedAt: a.updatedAt,
      submittedAt: a.submittedAt,
      canEdit: availableActions(a.status, "APPLICANT", a).includes("edit"),
      actions: applicantActions(a),
    })),
  };
}
