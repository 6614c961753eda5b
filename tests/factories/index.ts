// Test data builders on the real database (no mocks). Each returns the created rows.
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { ApplicationStatus, TaskStatus } from "@/lib/generated/prisma/enums";

export async function sessionUserOf(username: string): Promise<SessionUser> {
  const u = await getDb().user.findUniqueOrThrow({ where: { username } });
  return {
    id: u.id,
    username: u.username,
    name: u.displayName,
    role: u.role,
    enterpriseId: u.enterpriseId,
    departmentId: u.departmentId,
  };
}

export async function makeApplication(opts: { applicant: SessionUser; status: ApplicationStatus; submittedAt?: Date }) {
  return getDb().application.create({
    data: {
      applicantId: opts.applicant.id,
      enterpriseId: opts.applicant.enterpriseId,
      status: opts.status,
      submittedAt: opts.status === "DRAFT" ? null : (opts.submittedAt ?? new Date()),
    },
  });
}

export async function makeTask(opts: {
  applicationId: string;
  departmentId: string;
  status: TaskStatus;
  dispatchedAt: Date;
  promisedDueAt: Date;
  statutoryDueAt?: Date;
}) {
  return getDb().approvalTask.create({
    data: {
      applicationId: opts.applicationId,
      departmentId: opts.departmentId,
      status: opts.status,
      dispatchedAt: opts.dispatchedAt,
      promisedDueAt: opts.promisedDueAt,
      statutoryDueAt: opts.statutoryDueAt ?? opts.promisedDueAt,
    },
  });
}
