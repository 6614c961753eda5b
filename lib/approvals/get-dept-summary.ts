import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/types";

export interface DeptSummary {
  department: { name: string };
  matters: number;
  open: number;
  correction: number;
  overdue: number;
  decided: number;
}

/** The department officer's numbers, scoped to the officer's own department only. */
export async function getDeptSummary({ actor, now }: { actor: SessionUser; now: Date }): Promise<DeptSummary> {
  assertCan(actor.role, "dept.view");
  if (!actor.departmentId) throw new AppError("FORBIDDEN", "您的账户未绑定审批部门，请联系管理员");
  const db = getDb();
  // Only dispatched tasks: a task exists from submission, but reaches the department at 一键分办.
  const dept = { departmentId: actor.departmentId, dispatchedAt: { not: null } };
  const undecided = { in: ["PENDING", "IN_REVIEW", "ONSITE_CHECK"] as ("PENDING" | "IN_REVIEW" | "ONSITE_CHECK")[] };
  const [department, matters, open, correction, overdue, decided] = await Promise.all([
    db.department.findUniqueOrThrow({ where: { id: actor.departmentId }, select: { name: true } }),
    db.matter.count({ where: { departmentId: actor.departmentId, isActive: true } }),
    db.approvalTask.count({ where: { ...dept, status: undecided } }),
    db.approvalTask.count({ where: { ...dept, status: "CORRECTION_REQUESTED" } }),
    db.approvalTask.count({ where: { ...dept, status: undecided, promisedDueAt: { lt: now } } }),
    db.approvalTask.count({ where: { ...dept, status: { in: ["APPROVED", "REJECTED"] } } }),
  ]);
  return { department, matters, open, correction, overdue, decided };
}
