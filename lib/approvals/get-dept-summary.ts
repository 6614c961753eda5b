import "server-only";
import { getDb } from "@/lib/db";
import { UNDECIDED_TASK } from "@/lib/base/application-lock";
import { deptScope } from "./list-dept-tasks";
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
  // Only dispatched tasks: a task exists from submission, but reaches the department at 一键分办.
  const dept = deptScope(actor);
  const db = getDb();
  // "Open" = in the department's hands; tasks waiting for the applicant's correction are counted apart.
  const undecided = { in: UNDECIDED_TASK.filter((s) => s !== "CORRECTION_REQUESTED") };
  const [department, matters, open, correction, overdue, decided] = await Promise.all([
    db.department.findUniqueOrThrow({ where: { id: dept.departmentId }, select: { name: true } }),
    db.matter.count({ where: { departmentId: dept.departmentId, isActive: true } }),
    db.approvalTask.count({ where: { ...dept, status: undecided } }),
    db.approvalTask.count({ where: { ...dept, status: "CORRECTION_REQUESTED" } }),
    db.approvalTask.count({ where: { ...dept, status: undecided, promisedDueAt: { lt: now } } }),
    db.approvalTask.count({ where: { ...dept, status: { in: ["APPROVED", "REJECTED"] } } }),
  ]);
  return { department, matters, open, correction, overdue, decided };
}
