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

/** S1 (../shared/SCENARIOS.md) as finder answers: a new 80 m² convenience store. */
export const S1_ANSWERS = {
  has_licence: "no",
  activities: "retail",
  sells_food: "yes",
  food_kind: "prepackaged",
  sells_chilled: "yes",
  sells_liquor: "yes",
  sells_tobacco: "yes",
  sells_publications: "yes",
  sells_drugs: "no",
  medical_devices: "none",
  special_goods: "",
  area: "80",
  outdoor_sign: "yes",
  outdoor_ad: "no",
  gas_use: "none",
};
