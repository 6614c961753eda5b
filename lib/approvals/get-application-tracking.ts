import "server-only";
// 办理进度: what the applicant sees of their own submitted application — every step so far with its time,
// each department's part in parallel (its unit, status, promised and statutory due dates, decision), what
// is needed from the applicant (correction requests 补正, pending materials 容缺后补), and the results once
// issued (统一出件). 晋中方案 三(三): 全程网上可查; the clocks are the ones clock.ts keeps, never recomputed here.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import type { ApplicationItemStatus, ApplicationStatus, LicenceKind, PendingMaterialStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { workingDaysBetween } from "@/lib/calendar/task-clock";
import { loadApplicationDetail, type ApplicationDetail } from "./application-detail";
import { applicationName } from "@/lib/base/application-name";
import { readReturnNotice, type ReturnNotice } from "@/lib/applications/return-notice";
import { availableActions, type ApplicationAction } from "@/lib/applications/status-rules";

export type TrackingEventKind =
  | "submitted"
  | "resubmitted"
  | "returned"
  | "accepted"
  | "correctionRequested"
  | "correctionAnswered"
  | "supplemented"
  | "approved"
  | "rejected"
  | "issued"
  | "withdrawn"
  /** After a return, the applicant began revising: a draft again (REVISE). */
  | "revised"
  /** Every department decided: it waits for 统一出件 (SETTLE). */
  | "settled"
  /** 联动注销: the enterprise was cancelled and the application closed with it (CANCEL). */
  | "cancelled";

export interface TrackingEvent {
  kind: TrackingEventKind;
  at: Date;
  /** The department (unit name) the step belongs to, when it belongs to one. */
  department: string | null;
  /** The material supplemented (容缺后补). */
  material: string | null;
  /** A return: how many problems its notice listed (null: not recorded, the current notice's count applies). */
  problems: number | null;
}

export interface TrackingCorrection {
  id: string;
  request: string;
  requestedAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  /** The file attached to the answer (opens at /api/materials/<id>). */
  file: { materialId: string; fileName: string } | null;
}

export interface TrackingDepartment {
  taskId: string;
  code: string;
  /** The officer's unit. */
  name: string;
  matters: { code: string; name: string; status: ApplicationItemStatus }[];
  status: TaskStatus;
  /** False while the application waits at the window: nothing dispatched, no clock yet. */
  dispatched: boolean;
  dispatchedAt: Date | null;
  promisedDays: number;
  statutoryDays: number;
  /** Null while the clock is paused (see `paused`) or before dispatch. */
  promisedDueAt: Date | null;
  statutoryDueAt: Date | null;
  /** Why the clock stands still: open correction requests, and/or materials its matters still wait for. */
  paused: { since: Date; correction: boolean; materials: string[] } | null;
  pausedDays: number;
  onsiteNote: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  openCorrections: TrackingCorrection[];
  answeredCorrections: TrackingCorrection[];
}

export interface TrackingPending {
  documentKey: string;
  name: string;
  deadline: Date;
  status: PendingMaterialStatus;
  /** Still OPEN but the deadline has passed (the sweep will mark it OVERDUE): no longer accepted. */
  expired: boolean;
  /** Working days after today up to the deadline day (0: today is the last day); null once not OPEN or expired. */
  workingDaysLeft: number | null;
  /** It may be uploaded now (supplement-pending.ts: open, before the deadline, application accepted and undecided or decided). */
  canSupplement: boolean;
  supplementedAt: Date | null;
  file: { materialId: string; fileName: string } | null;
}

export interface ApplicationTracking {
  id: string;
  status: ApplicationStatus;
  version: number;
  /** The buttons of the tracking page (the state table's availableActions for the applicant): withdrawal, while allowed. */
  actions: Extract<ApplicationAction, "withdraw">[];
  /** When the applicant withdrew it. */
  withdrawnAt: Date | null;
  name: string;
  /** Every matter of the application, in form order. */
  matters: string[];
  submittedAt: Date | null;
  /** The one return notice (退件) of the last return, as the window wrote it. */
  returnNotice: ReturnNotice | null;
  returnCount: number;
  timeline: TrackingEvent[];
  departments: TrackingDepartment[];
  /** Matters no department decides: filed at submission (备案回执) or no longer requiring approval (取消审批). */
  otherItems: { code: string; name: string; status: ApplicationItemStatus; receiptNumber: string | null }[];
  pending: TrackingPending[];
  metrics: { fieldsTyped: number; fieldsBaseline: number; materialsSubmitted: number; materialsBaseline: number; workingDaysTaken: number | null };
  /** Results of 统一出件 (empty until ISSUED) and the matters not granted, with the reason. */
  licences: { id: string; kind: LicenceKind; number: string; matter: string | null; issuedAt: Date }[];
  rejected: { matter: string; reason: string | null }[];
}

export async function getApplicationTracking(opts: { actor: SessionUser; now: Date; applicationId: string }): Promise<ApplicationTracking> {
  const { actor, now } = opts;
  assertCan(actor.role, "application.viewOwn");
  const db = getDb();
  // Own applications only, and only once submitted: a draft is still the form (/apply/<id>).
  const app = await loadApplicationDetail(db, { id: opts.applicationId, applicantId: actor.id, status: { not: "DRAFT" } });
  if (!app) throw new AppError("NOT_FOUND", "domain.approvals.errors.view.applicationNotFound");
  const [calendar, history, licences] = await Promise.all([
    loadCalendar(db),
    // The history rows (record-event.ts): every return, resubmission, acceptance and withdrawal, not only the last.
    db.applicationEvent.findMany({ where: { applicationId: app.id }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { type: true, at: true, detail: true } }),
    app.status === "ISSUED"
      ? db.licence.findMany({
          where: { applicationItem: { applicationId: app.id } },
          select: { id: true, kind: true, number: true, issuedAt: true, matter: { select: { name: true } } },
          orderBy: [{ issuedAt: "asc" }, { number: "asc" }],
        })
      : [],
  ]);

  const fileOf = (materialId: string | null) => {
    const m = materialId ? app.materials.find((x) => x.id === materialId) : undefined;
    return m ? { materialId: m.id, fileName: m.fileName } : null;
  };
  // Before acceptance a 容缺 choice is only the applicant's request (the window decides at acceptance, and
  // sets the deadline then): nothing is pending yet.
  const pending = app.acceptedAt ? pendingByDocument(app, now, calendar, fileOf) : [];
  const departments = app.tasks
    .map((task) => departmentOf(app, task, fileOf))
    .sort((a, b) => Number(b.dispatched) - Number(a.dispatched) || a.name.localeCompare(b.name, "zh-CN"));

  return {
    id: app.id,
    status: app.status,
    version: app.version,
    actions: availableActions(app.status, "APPLICANT", { submittedAt: app.submittedAt, tasks: app.tasks }).filter((a) => a === "withdraw"),
    withdrawnAt: app.withdrawnAt,
    name: applicationName(app),
    matters: app.items.map((i) => i.matter.name),
    submittedAt: app.submittedAt,
    returnNotice: readReturnNotice(app),
    returnCount: app.returnCount,
    timeline: timelineOf(app, pending, history),
    departments,
    otherItems: app.items
      .filter((i) => i.status === "FILED" || i.status === "NOT_REQUIRED")
      .map((i) => ({ code: i.matter.code, name: i.matter.name, status: i.status, receiptNumber: i.receiptNumber })),
    pending,
    metrics: {
      fieldsTyped: app.fieldsTyped,
      fieldsBaseline: app.fieldsBaseline,
      materialsSubmitted: app.materialsSubmitted,
      materialsBaseline: app.materialsBaseline,
      workingDaysTaken: app.status === "ISSUED" ? app.workingDaysTaken : null,
    },
    licences: licences.map((l) => ({ id: l.id, kind: l.kind, number: l.number, matter: l.matter?.name ?? null, issuedAt: l.issuedAt })),
    rejected: app.status === "ISSUED" ? app.items.filter((i) => i.status === "REJECTED").map((i) => ({ matter: i.matter.name, reason: i.decisionReason })) : [],
  };
}

type FileOf = (materialId: string | null) => { materialId: string; fileName: string } | null;
type Task = ApplicationDetail["tasks"][number];

function departmentOf(app: ApplicationDetail, task: Task, fileOf: FileOf): TrackingDepartment {
  const items = app.items.filter((i) => i.taskId === task.id);
  const matterIds = new Set(items.map((i) => i.matterId));
  const corrections = task.corrections.map((c) => ({
    id: c.id,
    request: c.request,
    requestedAt: c.requestedAt,
    answer: c.answer,
    answeredAt: c.answeredAt,
    file: fileOf(c.materialId),
  }));
  const openCorrections = corrections.filter((c) => !c.answeredAt);
  const decided = task.status === "APPROVED" || task.status === "REJECTED";
  // The same two reasons clock.ts pauses for: an open correction, or a 容缺 material of its matters still open.
  const waitingFor = [...new Set(app.pending.filter((p) => p.status === "OPEN" && matterIds.has(p.requirement.matterId)).map((p) => p.requirement.name))];
  return {
    taskId: task.id,
    code: task.department.code,
    name: task.department.name,
    matters: items.map((i) => ({ code: i.matter.code, name: i.matter.name, status: i.status })),
    status: task.status,
    dispatched: task.dispatchedAt !== null,
    dispatchedAt: task.dispatchedAt,
    promisedDays: task.promisedDays,
    statutoryDays: task.statutoryDays,
    promisedDueAt: task.promisedDueAt,
    statutoryDueAt: task.statutoryDueAt,
    // A decided task's clock is over (clock.ts refreshes undecided tasks only): no pause to explain.
    paused: task.pausedSince && !decided ? { since: task.pausedSince, correction: openCorrections.length > 0, materials: waitingFor } : null,
    pausedDays: task.pausedDays,
    onsiteNote: task.status === "ONSITE_CHECK" ? task.onsiteNote : null,
    decidedAt: task.decidedAt,
    decisionReason: task.decisionReason,
    openCorrections,
    answeredCorrections: corrections.filter((c) => c.answeredAt),
  };
}

/** One row per document (one document serves every matter asking for it, as at submission). */
function pendingByDocument(app: ApplicationDetail, now: Date, calendar: Awaited<ReturnType<typeof loadCalendar>>, fileOf: FileOf): TrackingPending[] {
  // The state table says when the applicant still supplies materials (status-rules.ts "supplement").
  const maySupplement = availableActions(app.status, "APPLICANT").includes("supplement");
  const groups = new Map<string, ApplicationDetail["pending"]>();
  for (const p of app.pending) groups.set(p.requirement.documentKey, [...(groups.get(p.requirement.documentKey) ?? []), p]);
  return [...groups.entries()]
    .map(([documentKey, rows]) => {
      const status: PendingMaterialStatus = rows.some((r) => r.status === "OPEN")
        ? "OPEN"
        : rows.some((r) => r.status === "OVERDUE")
          ? "OVERDUE"
          : rows.some((r) => r.status === "SUPPLEMENTED")
            ? "SUPPLEMENTED"
            : "WITHDRAWN";
      const deadline = new Date(Math.min(...rows.map((r) => r.deadline.getTime())));
      const expired = status === "OPEN" && deadline < now;
      const supplemented = rows.find((r) => r.supplementedAt);
      return {
        documentKey,
        name: rows[0]!.requirement.name,
        deadline,
        status,
        expired,
        workingDaysLeft: status === "OPEN" && !expired ? workingDaysBetween(now, deadline, calendar) : null,
        canSupplement: status === "OPEN" && !expired && maySupplement,
        supplementedAt: status === "SUPPLEMENTED" ? (supplemented?.supplementedAt ?? null) : null,
        file: status === "SUPPLEMENTED" ? fileOf(supplemented?.supplementedMaterialId ?? null) : null,
      };
    })
    .sort((a, b) => a.deadline.getTime() - b.deadline.getTime() || a.name.localeCompare(b.name, "zh-CN"));
}

type HistoryRow = { type: string; at: Date; detail: unknown };

/** What each history row (an ApplicationEvent type, status-rules.ts) is on the timeline. */
const KIND_OF_EVENT: Record<string, TrackingEventKind> = {
  SUBMIT: "submitted",
  RETURN: "returned",
  REVISE: "revised",
  ACCEPT: "accepted",
  SETTLE: "settled",
  ISSUE: "issued",
  WITHDRAW: "withdrawn",
  CANCEL: "cancelled",
};

function problemsOf(detail: unknown): number | null {
  const n = detail && typeof detail === "object" ? (detail as Record<string, unknown>).problems : undefined;
  return typeof n === "number" ? n : null;
}

/**
 * The steps so far, oldest first. The application's own steps come from its history rows (ApplicationEvent),
 * one per status change: each return and each resubmission. For an application from before the history was
 * kept, a step with no row of its kind falls back to the column of its last time (submittedAt, returnedAt, …):
 * a submission after a return is then shown as the resubmission it is. The departments' steps (corrections,
 * decisions) and the supplemented materials come from their own rows.
 */
function timelineOf(app: ApplicationDetail, pending: TrackingPending[], history: HistoryRow[]): TrackingEvent[] {
  const events: TrackingEvent[] = [];
  const add = (kind: TrackingEventKind, at: Date | null, department: string | null = null, material: string | null = null, problems: number | null = null) => {
    if (at) events.push({ kind, at, department, material, problems });
  };
  const recorded = new Set(history.map((h) => h.type));
  let returned = false;
  for (const h of history) {
    const kind = KIND_OF_EVENT[h.type];
    if (!kind) continue;
    if (kind === "submitted") add(returned ? "resubmitted" : "submitted", h.at);
    else add(kind, h.at, null, null, kind === "returned" ? problemsOf(h.detail) : null);
    if (kind === "returned") returned = true;
  }
  const resubmitted = app.submittedAt && app.returnedAt && app.submittedAt > app.returnedAt;
  if (!recorded.has("SUBMIT")) add(resubmitted ? "resubmitted" : "submitted", app.submittedAt);
  if (!recorded.has("RETURN")) add("returned", app.returnedAt);
  if (!recorded.has("ACCEPT")) add("accepted", app.acceptedAt);
  for (const task of app.tasks) {
    for (const c of task.corrections) {
      add("correctionRequested", c.requestedAt, task.department.name);
      add("correctionAnswered", c.answeredAt, task.department.name);
    }
    if (task.status === "APPROVED" || task.status === "REJECTED")
      add(task.status === "APPROVED" ? "approved" : "rejected", task.decidedAt, task.department.name);
  }
  for (const p of pending) add("supplemented", p.supplementedAt, null, p.name);
  if (!recorded.has("ISSUE")) add("issued", app.issuedAt);
  if (!recorded.has("WITHDRAW") && !recorded.has("CANCEL")) add("withdrawn", app.withdrawnAt);
  // On ties the phase decides (the departments work between acceptance and issuance), then the order above.
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at.getTime() - b.e.at.getTime() || PHASE[a.e.kind] - PHASE[b.e.kind] || a.i - b.i)
    .map(({ e }) => e);
}

const PHASE: Record<TrackingEventKind, number> = {
  submitted: 0,
  resubmitted: 0,
  returned: 0,
  revised: 0,
  accepted: 0,
  correctionRequested: 1,
  correctionAnswered: 1,
  approved: 1,
  rejected: 1,
  supplemented: 1,
  settled: 2,
  issued: 3,
  withdrawn: 4,
  cancelled: 4,
};
