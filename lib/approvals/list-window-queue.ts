import "server-only";
// The window's queues (前台综合受理、后台分类审批、统一窗口出件, 金山方案 三(二)4): what waits to be accepted
// (oldest first: first come, first served), what the departments are deciding in parallel and by when,
// what is decided and waits for 统一出件 (and which 容缺 material still blocks it), and what was lately
// returned or issued. Each list is one bounded query; drafts are the applicant's own business and never
// appear.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { ApplicationStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { workingDaysBetween } from "@/lib/calendar/task-clock";
import { inFormOrder } from "@/lib/applications/resolve-documents";
import { applicationName } from "@/lib/base/application-name";
import { getDeskSummary, type DeskSummary } from "./get-desk-summary";
import { isUndecided, taskTiming } from "./task-timing";

/** Rows per queue: the page says when a queue holds more than it shows. */
export const QUEUE_LIMIT = 50;
export const RECENT_LIMIT = 8;

export interface QueueRow {
  id: string;
  name: string;
  applicantName: string;
  matters: string[];
}

export interface WaitingRow extends QueueRow {
  submittedAt: Date;
  /** Working days since submission (Asia/Shanghai calendar, 调休 included); the day itself counts 0. */
  workingDaysWaited: number;
  /** Returned before and submitted again. */
  returnCount: number;
}

export interface DepartmentProgress {
  department: string;
  status: TaskStatus;
  /** Null: decided, or the clock is paused (补正 or 容缺 outstanding). */
  promisedDueAt: Date | null;
  paused: boolean;
  overdue: boolean;
}

export interface InApprovalRow extends QueueRow {
  acceptedAt: Date;
  departments: DepartmentProgress[];
  /** The earliest promised due date among undecided tasks whose clock runs. */
  earliestDueAt: Date | null;
  /** Some undecided task's clock stands still. */
  paused: boolean;
  overdue: boolean;
}

export interface ReadyRow extends QueueRow {
  decidedAt: Date | null;
  /** Open 容缺 materials: 统一出件 waits until they are supplemented (or their deadline passes). */
  blockedBy: { name: string; deadline: Date }[];
}

export interface RecentRow extends QueueRow {
  status: Extract<ApplicationStatus, "RETURNED" | "ISSUED">;
  at: Date | null;
}

export interface WindowQueue {
  summary: DeskSummary;
  waiting: WaitingRow[];
  inApproval: InApprovalRow[];
  readyToIssue: ReadyRow[];
  recent: RecentRow[];
}

const base = {
  id: true,
  formData: true,
  returnCount: true,
  applicant: { select: { displayName: true } },
  enterprise: { select: { id: true, name: true, uscc: true, address: true } },
  items: { select: { matter: { select: { name: true, kind: true, code: true } } } },
} as const;

type BaseRow = {
  id: string;
  formData: unknown;
  enterprise: { name: string } | null;
  applicant: { displayName: string };
  items: { matter: { name: string; kind: string; code: string } }[];
};

function row(app: BaseRow): QueueRow {
  return {
    id: app.id,
    name: applicationName(app),
    applicantName: app.applicant.displayName,
    // The order the form and its documents use: registration first, then by code.
    matters: inFormOrder(app.items).map((i) => i.matter.name),
  };
}

/** Pending-material rows, earliest deadline first, one per document (one document may answer several matters' requirements). */
export function oncePerDocument<T extends { deadline: Date; requirement: { documentKey: string } }>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  return [...rows]
    .sort((a, b) => a.deadline.getTime() - b.deadline.getTime())
    .filter((p) => !seen.has(p.requirement.documentKey) && seen.add(p.requirement.documentKey));
}

/**
 * The accepted applications to show, most urgent first, chosen in SQL over all of them (not only the oldest):
 * an application accepted late with a short promise must not fall off the list.
 */
async function mostUrgentAccepted(db: ReturnType<typeof getDb>): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Application" a
    LEFT JOIN "ApprovalTask" t ON t."applicationId" = a.id AND t."dispatchedAt" IS NOT NULL
      AND t.status IN ('PENDING', 'IN_REVIEW', 'CORRECTION_REQUESTED', 'ONSITE_CHECK')
    WHERE a.status = 'ACCEPTED'
    GROUP BY a.id, a."acceptedAt"
    ORDER BY MIN(t."promisedDueAt") ASC NULLS LAST, a."acceptedAt" ASC, a.id ASC
    LIMIT ${QUEUE_LIMIT}`;
  return rows.map((r) => r.id);
}

export async function listWindowQueue({ actor, now }: { actor: SessionUser; now: Date }): Promise<WindowQueue> {
  assertCan(actor.role, "desk.view");
  const db = getDb();
  const [summary, calendar, waiting, inApproval, ready, recent] = await Promise.all([
    getDeskSummary({ actor }),
    loadCalendar(db),
    db.application.findMany({
      where: { status: "SUBMITTED" },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: QUEUE_LIMIT,
      select: { ...base, submittedAt: true },
    }),
    db.application.findMany({
      where: { id: { in: await mostUrgentAccepted(db) } },
      select: {
        ...base,
        acceptedAt: true,
        tasks: { select: { status: true, dispatchedAt: true, promisedDueAt: true, department: { select: { shortName: true, sortOrder: true } } } },
      },
    }),
    db.application.findMany({
      where: { status: "DECIDED" },
      orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
      take: QUEUE_LIMIT,
      select: {
        ...base,
        decidedAt: true,
        pending: { where: { status: "OPEN" }, select: { deadline: true, requirement: { select: { name: true, documentKey: true } } } },
      },
    }),
    db.application.findMany({
      where: { status: { in: ["RETURNED", "ISSUED"] } },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: RECENT_LIMIT,
      select: { ...base, status: true, returnedAt: true, issuedAt: true },
    }),
  ]);

  return {
    summary,
    waiting: waiting.map((a) => ({
      ...row(a),
      submittedAt: a.submittedAt!,
      workingDaysWaited: workingDaysBetween(a.submittedAt!, now, calendar),
      returnCount: a.returnCount,
    })),
    inApproval: inApproval
      .map((a) => {
        const departments = [...a.tasks]
          .sort((x, y) => x.department.sortOrder - y.department.sortOrder)
          .map((t): DepartmentProgress => {
            const { paused, overdue } = taskTiming(t, now, null);
            return { department: t.department.shortName, status: t.status, promisedDueAt: isUndecided(t.status) ? t.promisedDueAt : null, paused, overdue };
          });
        const dues = departments.flatMap((d) => (d.promisedDueAt ? [d.promisedDueAt] : []));
        const earliestDueAt = dues.length ? new Date(Math.min(...dues.map((d) => d.getTime()))) : null;
        return {
          ...row(a),
          acceptedAt: a.acceptedAt!,
          departments,
          earliestDueAt,
          paused: departments.some((d) => d.paused),
          overdue: departments.some((d) => d.overdue),
        };
      })
      // Most urgent first: the earliest promised date; paused clocks last.
      .sort((x, y) => (x.earliestDueAt?.getTime() ?? Infinity) - (y.earliestDueAt?.getTime() ?? Infinity) || x.acceptedAt.getTime() - y.acceptedAt.getTime()),
    readyToIssue: ready.map((a) => ({
      ...row(a),
      decidedAt: a.decidedAt,
      blockedBy: oncePerDocument(a.pending).map((p) => ({ name: p.requirement.name, deadline: p.deadline })),
    })),
    recent: recent.map((a) => ({ ...row(a), status: a.status as RecentRow["status"], at: a.status === "RETURNED" ? a.returnedAt : a.issuedAt })),
  };
}
