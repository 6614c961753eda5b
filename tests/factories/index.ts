// Test data builders on the real database (no mocks). Each returns the created rows.
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { ApplicationStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import { randomBytes } from "node:crypto";
import { makeUscc } from "@/lib/ids/uscc";
import { makeResidentId } from "@/lib/ids/resident-id";

/** A new ACTIVE enterprise of its own (random valid USCC, a name with `label`), with an applicant account linked to it. */
export async function makeEnterpriseWithApplicant(label: string) {
  const db = getDb();
  const digits = Array.from(randomBytes(8), (b) => String(b % 10)).join("");
  const enterprise = await db.enterprise.create({
    data: {
      uscc: makeUscc(`913101${digits}0`.slice(0, 17).padEnd(17, "0")),
      name: `上海金山${label}${digits}有限公司`,
      entityType: "有限责任公司",
      address: `上海市金山区卫零路${digits.slice(0, 4)}号1层`,
      legalRepName: "张伟",
      legalRepIdNumber: makeResidentId("44040219850612031"),
      establishedAt: new Date("2026-11-23T00:00:00Z"),
    },
  });
  const user = await db.user.create({
    data: {
      username: `ent-${digits}-${randomBytes(3).toString("hex")}`,
      passwordHash: "x",
      displayName: "张伟",
      role: "APPLICANT",
      enterpriseId: enterprise.id,
    },
  });
  const actor: SessionUser = { id: user.id, username: user.username, name: user.displayName, role: user.role, enterpriseId: enterprise.id, departmentId: null };
  return { enterprise, actor };
}

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
