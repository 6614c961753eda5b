import "server-only";
// One task as its department sees it: the department's own matters, only the form values and documents
// those matters need (一表申请: the department reads its part of the one merged form, never a form of its
// own), commitments the applicant signed (告知承诺), the corrections asked and answered (补正), and where
// the other departments stand (并联审批: the parallel progress is visible to all, their contents are not).
// Another department's task does not exist for this officer (NOT_FOUND).
import { getDb } from "@/lib/db";
import type { Problem } from "@/lib/forms/problem";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import type { ApplicationItemStatus, PendingMaterialStatus, ReformMode, TaskStatus } from "@/lib/generated/prisma/enums";
import type { MergedField, Topic } from "@/lib/forms/merge-form";
import { isFilled, type FieldValue } from "@/lib/forms/field-values";
import type { DocumentRoute } from "@/lib/applications/resolve-documents";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { formAndDocuments, loadApplicationDetail } from "./application-detail";
import { applicationName } from "@/lib/base/application-name";
import { nextTaskStatus } from "./decide-task";
import { TASK_ACTIONS } from "./schemas";
import { awaitedMaterials, deptScope } from "./list-dept-tasks";
import { dueSoonLimit, taskTiming, type TaskTiming } from "./task-timing";

export type TaskAction = (typeof TASK_ACTIONS)[number];

export interface DeptTaskField {
  key: string;
  label: string;
  type: string;
  options: MergedField["options"];
  /** What the form says (typed, else known); null when left empty. */
  value: FieldValue | null;
}

export interface DeptTaskFieldGroup {
  /** Shared fields come by topic; fields only one matter asks for come under that matter. */
  heading: { topic: Topic } | { matter: string };
  fields: DeptTaskField[];
}

export interface DeptTaskDocument {
  documentKey: string;
  name: string;
  isKey: boolean;
  route: DocumentRoute;
  /** This department's matters asking for it; `waived` when that matter's valid commitment replaces it. */
  matters: { name: string; waived: boolean }[];
  /** The stored file (uploaded, supplemented, or the portal's text the applicant signed): /api/materials/<id>. */
  file: { materialId: string; fileName: string; generated: boolean } | null;
  /** 容缺: promised for later. */
  pending: { deadline: Date; status: PendingMaterialStatus } | null;
  /** What the portal verified online instead (route "verified"). */
  verifiedNote: Problem | null;
}

export interface DeptTaskView {
  task: {
    id: string;
    status: TaskStatus;
    version: number;
    dispatchedAt: Date;
    statutoryDays: number;
    promisedDays: number;
    statutoryDueAt: Date | null;
    promisedDueAt: Date | null;
    pausedDays: number;
    pausedSince: Date | null;
    onsiteNote: string | null;
    decidedAt: Date | null;
    decisionReason: string | null;
    /** The officer who last acted on it. */
    assigneeName: string | null;
    timing: TaskTiming;
  };
  /** The steps the task's status allows now (decide-task.ts TRANSITIONS). */
  actions: TaskAction[];
  application: { id: string; name: string; uscc: string | null; applicantName: string; submittedAt: Date | null; acceptedAt: Date | null };
  matters: { code: string; name: string; reformMode: ReformMode; status: ApplicationItemStatus; useCommitment: boolean; commitmentSignedAt: Date | null }[];
  form: DeptTaskFieldGroup[];
  documents: DeptTaskDocument[];
  awaitingMaterials: { name: string; deadline: Date }[];
  corrections: {
    id: string;
    requestedAt: Date;
    request: string;
    answeredAt: Date | null;
    answer: string | null;
    file: { materialId: string; fileName: string } | null;
  }[];
  otherDepartments: { name: string; status: TaskStatus }[];
}

export async function getDeptTask({ actor, now, taskId }: { actor: SessionUser; now: Date; taskId: string }): Promise<DeptTaskView> {
  const scope = deptScope(actor);
  const db = getDb();
  // One read: the application only through this department's own dispatched task (anyone else's is NOT_FOUND).
  const app =
    typeof taskId === "string" && taskId && taskId.length <= 64 ? await loadApplicationDetail(db, { tasks: { some: { id: taskId, ...scope } } }) : null;
  const task = app?.tasks.find((t) => t.id === taskId);
  if (!app || !task) throw new AppError("NOT_FOUND", "domain.approvals.errors.view.taskNotFound");

  const [{ form, documents }, calendar] = await Promise.all([formAndDocuments(db, app, now), loadCalendar(db)]);
  const items = app.items.filter((i) => i.taskId === task.id);
  const codes = new Set(items.map((i) => i.matter.code));
  const matterIds = new Set(items.map((i) => i.matterId));

  const field = (f: MergedField): DeptTaskField => {
    const v = form.effective[f.key];
    return { key: f.key, label: f.label, type: f.type, options: f.options, value: isFilled(v) ? v : null };
  };
  const groups: DeptTaskFieldGroup[] = [
    ...form.form.shared.map((g) => ({ heading: { topic: g.topic }, fields: g.fields.filter((f) => f.usedBy.some((c) => codes.has(c))).map(field) })),
    ...form.form.perMatter.filter((s) => codes.has(s.code)).map((s) => ({ heading: { matter: s.name }, fields: s.fields.map(field) })),
  ].filter((g) => g.fields.length > 0);

  const materials = new Map(app.materials.map((m) => [m.documentKey, m]));
  const materialById = new Map(app.materials.map((m) => [m.id, m]));
  const docs: DeptTaskDocument[] = documents
    .filter((d) => d.matters.some((m) => codes.has(m.code)))
    .map((d) => {
      const m = materials.get(d.documentKey);
      const p = app.pending.find((x) => x.requirement.documentKey === d.documentKey && matterIds.has(x.requirement.matterId));
      return {
        documentKey: d.documentKey,
        name: d.name,
        isKey: d.isKey,
        route: d.route,
        matters: d.matters.filter((x) => codes.has(x.code)).map((x) => ({ name: x.name, waived: x.waived })),
        // Government-held and waived documents are not the applicant's to provide, whatever is stored.
        file: m && d.route !== "government" && d.route !== "waived" ? { materialId: m.id, fileName: m.fileName, generated: m.origin === "GENERATED" } : null,
        pending: p ? { deadline: p.deadline, status: p.status } : null,
        verifiedNote: d.route === "verified" && d.online?.status === "verified" ? d.online.noteProblem : null,
      };
    });

  return {
    task: {
      id: task.id,
      status: task.status,
      version: task.version,
      dispatchedAt: task.dispatchedAt!,
      statutoryDays: task.statutoryDays,
      promisedDays: task.promisedDays,
      statutoryDueAt: task.statutoryDueAt,
      promisedDueAt: task.promisedDueAt,
      pausedDays: task.pausedDays,
      pausedSince: task.pausedSince,
      onsiteNote: task.onsiteNote,
      decidedAt: task.decidedAt,
      decisionReason: task.decisionReason,
      assigneeName: task.assignee?.displayName ?? null,
      timing: taskTiming(task, now, dueSoonLimit(now, calendar)),
    },
    actions: TASK_ACTIONS.filter((a) => nextTaskStatus(task.status, a) !== null),
    application: {
      id: app.id,
      name: applicationName(app),
      uscc: app.enterprise?.uscc ?? null,
      applicantName: app.applicant.displayName,
      submittedAt: app.submittedAt,
      acceptedAt: app.acceptedAt,
    },
    matters: items.map((i) => ({
      code: i.matter.code,
      name: i.matter.name,
      reformMode: i.matter.reformMode,
      status: i.status,
      useCommitment: i.useCommitment,
      commitmentSignedAt: i.useCommitment ? (i.commitment?.signedAt ?? null) : null,
    })),
    form: groups,
    documents: docs,
    awaitingMaterials: awaitedMaterials(
      app.pending.filter((p) => p.status === "OPEN").map((p) => ({ deadline: p.deadline, requirement: p.requirement })),
      matterIds,
    ),
    corrections: task.corrections.map((c) => {
      const file = c.materialId ? materialById.get(c.materialId) : undefined;
      return {
        id: c.id,
        requestedAt: c.requestedAt,
        request: c.request,
        answeredAt: c.answeredAt,
        answer: c.answer,
        file: file ? { materialId: file.id, fileName: file.fileName } : null,
      };
    }),
    otherDepartments: app.tasks
      .filter((t) => t.id !== task.id && t.dispatchedAt)
      .sort((a, b) => a.department.name.localeCompare(b.department.name, "zh-CN"))
      .map((t) => ({ name: t.department.name, status: t.status })),
  };
}
