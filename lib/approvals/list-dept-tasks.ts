import "server-only";
// The department desk's task list (后台分类审批): only the officer's own department's dispatched tasks,
// the open ones first due first (限时办结: the promised limit is the one the department answers for), and
// the latest decided ones. A paused task (补正 or a 容缺 material still awaited) has no due date: nothing is
// due while the applicant holds the file (task-clock.ts), so it is listed after the running ones.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { inFormOrder } from "@/lib/applications/resolve-documents";
import { applicationName } from "@/lib/base/application-name";
import { UNDECIDED_TASK } from "@/lib/base/application-lock";
import { dueSoonLimit, taskTiming, type TaskTiming } from "./task-timing";

/** Open tasks listed at most (the summary above the list counts them all). */
export const OPEN_TASKS_SHOWN = 200;
/** Decided tasks listed: the latest ones, for looking back at a recent decision. */
export const DECIDED_TASKS_SHOWN = 20;

export interface DeptTaskMatter {
  code: string;
  name: string;
}

export interface DeptTaskRow {
  id: string;
  applicationName: string;
  matters: DeptTaskMatter[];
  status: TaskStatus;
  dispatchedAt: Date;
  promisedDueAt: Date | null;
  statutoryDueAt: Date | null;
  timing: TaskTiming;
  /** An answer to a correction request (补正) is awaited. */
  awaitingCorrection: boolean;
  /** 容缺 materials of this department's matters still to be supplemented, with their deadlines. */
  awaitingMaterials: { name: string; deadline: Date }[];
}

export interface DecidedTaskRow {
  id: string;
  applicationName: string;
  matters: DeptTaskMatter[];
  status: TaskStatus;
  decidedAt: Date | null;
}

export interface DeptTaskList {
  open: DeptTaskRow[];
  /** All open tasks of the department (the list shows at most OPEN_TASKS_SHOWN). */
  openTotal: number;
  decided: DecidedTaskRow[];
}

/** Scope of every department-desk query: the actor's department, dispatched tasks only. */
export function deptScope(actor: SessionUser): { departmentId: string; dispatchedAt: { not: null } } {
  assertCan(actor.role, "dept.view");
  if (!actor.departmentId) throw new AppError("FORBIDDEN", "domain.approvals.errors.view.noDepartment");
  return { departmentId: actor.departmentId, dispatchedAt: { not: null } };
}

const applicationSelect = { enterprise: { select: { id: true, name: true, uscc: true, address: true } }, formData: true } as const;
const itemsSelect = { select: { matterId: true, matter: { select: { code: true, name: true, kind: true } } } } as const;

const mattersOf = (items: { matter: { code: string; name: string; kind: string } }[]): DeptTaskMatter[] =>
  inFormOrder(items).map((i) => ({ code: i.matter.code, name: i.matter.name }));

/** Open 容缺 rows of the given matters, one per material name (a document several matters ask for is one file). */
export function awaitedMaterials(
  pending: { deadline: Date; requirement: { name: string; matterId: string } }[],
  matterIds: ReadonlySet<string>,
): { name: string; deadline: Date }[] {
  const out = new Map<string, Date>();
  for (const p of pending) if (matterIds.has(p.requirement.matterId) && !out.has(p.requirement.name)) out.set(p.requirement.name, p.deadline);
  return [...out].map(([name, deadline]) => ({ name, deadline }));
}

export async function listDeptTasks({ actor, now }: { actor: SessionUser; now: Date }): Promise<DeptTaskList> {
  const scope = deptScope(actor);
  const db = getDb();
  const undecided = { ...scope, status: { in: [...UNDECIDED_TASK] } };
  // One query per list (Prisma batches the relations): no query per task.
  const [open, openTotal, decided, calendar] = await Promise.all([
    db.approvalTask.findMany({
      where: undecided,
      orderBy: [{ promisedDueAt: { sort: "asc", nulls: "last" } }, { dispatchedAt: "asc" }, { id: "asc" }],
      take: OPEN_TASKS_SHOWN,
      select: {
        id: true,
        status: true,
        dispatchedAt: true,
        promisedDueAt: true,
        statutoryDueAt: true,
        items: itemsSelect,
        corrections: { where: { answeredAt: null }, select: { id: true } },
        application: {
          select: {
            ...applicationSelect,
            pending: {
              where: { status: "OPEN" },
              orderBy: { deadline: "asc" },
              select: { deadline: true, requirement: { select: { name: true, matterId: true } } },
            },
          },
        },
      },
    }),
    db.approvalTask.count({ where: undecided }),
    db.approvalTask.findMany({
      where: { ...scope, status: { in: ["APPROVED", "REJECTED"] } },
      orderBy: [{ decidedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: DECIDED_TASKS_SHOWN,
      select: { id: true, status: true, decidedAt: true, items: itemsSelect, application: { select: applicationSelect } },
    }),
    loadCalendar(db),
  ]);
  const soon = dueSoonLimit(now, calendar);

  return {
    open: open.map((t) => {
      const matterIds = new Set(t.items.map((i) => i.matterId));
      return {
        id: t.id,
        applicationName: applicationName(t.application),
        matters: mattersOf(t.items),
        status: t.status,
        dispatchedAt: t.dispatchedAt!,
        promisedDueAt: t.promisedDueAt,
        statutoryDueAt: t.statutoryDueAt,
        timing: taskTiming(t, now, soon),
        awaitingCorrection: t.corrections.length > 0,
        awaitingMaterials: awaitedMaterials(t.application.pending, matterIds),
      };
    }),
    openTotal,
    decided: decided.map((t) => ({
      id: t.id,
      applicationName: applicationName(t.application),
      matters: mattersOf(t.items),
      status: t.status,
      decidedAt: t.decidedAt,
    })),
  };
}
