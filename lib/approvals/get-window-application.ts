import "server-only";
// Everything the window needs on one application (前台综合受理、统一窗口出件, 金山方案 三(二)4): for a
// submitted one, each provided document and how it was provided, so completeness is checked document by
// document (and what may follow later, 容缺, 珠海方案 二(二)3); once accepted, every department's task and
// its clock; once decided, what 统一出件 will produce or why it must wait; and the record afterwards.
// The window sees every application past the draft (read-material.ts visibleApplications); a draft or an
// unknown id is NOT_FOUND.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { Problem } from "@/lib/forms/problem";
import type { SessionUser } from "@/lib/auth/types";
import type { ApplicationItemStatus, ApplicationStatus, LicenceKind, PendingMaterialStatus, ReformMode, TaskStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { issuePlan } from "./issue-plan";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { workingDaysBetween } from "@/lib/calendar/task-clock";
import { type CreditRestriction, creditRestriction } from "@/lib/supervision/credit-restriction";
import type { DocumentRoute, ResolvedDocument } from "@/lib/applications/resolve-documents";
import { formAndDocuments, loadApplicationDetail, type ApplicationDetail } from "./application-detail";
import { applicationName } from "@/lib/base/application-name";
import { oncePerDocument } from "./list-window-queue";
import { readReturnNotice, type ReturnNotice } from "@/lib/applications/return-notice";
import { taskTiming } from "./task-timing";

/** How a document reached the application — what the window checks, and what needs no check. */
export type Provision = "uploaded" | "generated" | "pending" | "missing" | "government" | "waived" | "verified";

export interface WindowDocument {
  documentKey: string;
  name: string;
  /** Matters that need it (not those whose commitment waives it). */
  neededBy: string[];
  isKey: boolean;
  /** 容缺 allowed for it by the catalog (non-key, may be pending). */
  mayBePending: boolean;
  /** How the applicant's form resolved it (resolve-documents.ts). */
  route: DocumentRoute;
  provided: Provision;
  /** The file to open at /api/materials/<materialId> (uploaded, or the generated text the applicant signed). */
  file: { materialId: string; fileName: string } | null;
  pendingDeadline: Date | null;
  /** What the online verification checked (provided = "verified"). */
  note: Problem | null;
  /** The window checks it: uploaded, generated, promised for later, or (should it happen) missing. */
  checkable: boolean;
}

export interface WindowTask {
  id: string;
  department: string;
  matters: string[];
  status: TaskStatus;
  dispatchedAt: Date | null;
  promisedDueAt: Date | null;
  statutoryDueAt: Date | null;
  /** Undecided and its clock stands still (补正 or 容缺 outstanding). */
  paused: boolean;
  overdue: boolean;
  decidedAt: Date | null;
  decisionReason: string | null;
  onsiteNote: string | null;
  openCorrection: { request: string; requestedAt: Date } | null;
}

export interface WindowPending {
  documentKey: string;
  name: string;
  status: PendingMaterialStatus;
  deadline: Date;
  supplementedAt: Date | null;
  file: { materialId: string; fileName: string } | null;
}

export interface WindowMatter {
  code: string;
  name: string;
  department: string;
  reformMode: ReformMode;
  status: ApplicationItemStatus;
  useCommitment: boolean;
  receiptNumber: string | null;
  decisionReason: string | null;
}

/** What 统一出件 will produce now (DECIDED), mirroring issue-results.ts. */
export interface IssuancePreview {
  willIssue: { matter: string; kind: LicenceKind }[];
  /** Refused by the department, with its reason. */
  rejected: { matter: string; reason: string | null }[];
  /** Approved, but a new company's business licence was not: no holder, so nothing can be issued for them. */
  noHolder: string[];
  /** A new company gets its USCC at issuance. */
  newCompany: boolean;
  /** Open 容缺 materials: issuance waits until they are supplemented (or their deadline passes). */
  blockedBy: { name: string; deadline: Date }[];
}

export interface WindowApplication {
  id: string;
  status: ApplicationStatus;
  version: number;
  name: string;
  applicantName: string;
  enterprise: { name: string; uscc: string } | null;
  submittedAt: Date | null;
  acceptedAt: Date | null;
  decidedAt: Date | null;
  returnedAt: Date | null;
  issuedAt: Date | null;
  /** Working days since submission (SUBMITTED), or from submission to issuance (ISSUED). */
  workingDays: number | null;
  returnCount: number;
  credit: CreditRestriction;
  matters: WindowMatter[];
  documents: WindowDocument[];
  pending: WindowPending[];
  /** The one return notice (退件): the current one when RETURNED, the last one when submitted again. */
  returnNotice: ReturnNotice | null;
  tasks: WindowTask[];
  issuance: IssuancePreview | null;
  issued: { licences: { number: string; kind: LicenceKind; matter: string | null }[]; uscc: string | null } | null;
}

function provisionOf(d: ResolvedDocument, generated: boolean): Provision {
  if (d.route === "government" || d.route === "waived" || d.route === "verified") return d.route;
  if (d.uploadedFileName) return "uploaded";
  if (d.route === "generated" && generated) return "generated";
  if (d.pendingDeadline) return "pending";
  return "missing";
}

function issuancePreview(app: ApplicationDetail): IssuancePreview {
  const plan = issuePlan({ hasEnterprise: app.enterprise !== null, items: app.items });
  return {
    willIssue: plan.entries.flatMap((e) => (e.outcome === "issue" ? [{ matter: e.item.matter.name, kind: e.kind }] : [])),
    rejected: plan.entries.flatMap((e) => (e.outcome === "rejected" ? [{ matter: e.item.matter.name, reason: e.item.decisionReason }] : [])),
    noHolder: plan.entries.flatMap((e) => (e.outcome === "noHolder" ? [e.item.matter.name] : [])),
    newCompany: plan.newCompany,
    blockedBy: oncePerDocument(app.pending.filter((p) => p.status === "OPEN")).map((p) => ({ name: p.requirement.name, deadline: p.deadline })),
  };
}

export async function getWindowApplication({
  actor,
  now,
  applicationId,
}: {
  actor: SessionUser;
  now: Date;
  applicationId: string;
}): Promise<WindowApplication> {
  assertCan(actor.role, "desk.view");
  if (typeof applicationId !== "string" || !applicationId || applicationId.length > 64)
    throw new AppError("NOT_FOUND", "domain.approvals.errors.view.applicationNotFound");
  const db = getDb();
  const app = await loadApplicationDetail(db, { id: applicationId, status: { not: "DRAFT" } });
  if (!app) throw new AppError("NOT_FOUND", "domain.approvals.errors.view.applicationNotFound");

  const [{ documents }, credit, calendar, licences] = await Promise.all([
    formAndDocuments(db, app, now),
    creditRestriction({ db, enterpriseId: app.enterpriseId, now }),
    loadCalendar(db),
    app.status === "ISSUED"
      ? db.licence.findMany({
          where: { applicationItem: { applicationId: app.id } },
          orderBy: { number: "asc" },
          select: { number: true, kind: true, matter: { select: { name: true } } },
        })
      : Promise.resolve([]),
  ]);
  const materials = new Map(app.materials.map((m) => [m.documentKey, m]));
  const materialById = new Map(app.materials.map((m) => [m.id, m]));
  const fileOf = (m: { id: string; fileName: string } | undefined) => (m ? { materialId: m.id, fileName: m.fileName } : null);

  const pending: WindowPending[] = oncePerDocument(app.pending).map((p) => ({
    documentKey: p.requirement.documentKey,
    name: p.requirement.name,
    status: p.status,
    deadline: p.deadline,
    supplementedAt: p.supplementedAt,
    file: fileOf(p.supplementedMaterialId ? materialById.get(p.supplementedMaterialId) : undefined),
  }));

  return {
    id: app.id,
    status: app.status,
    version: app.version,
    name: applicationName(app),
    applicantName: app.applicant.displayName,
    enterprise: app.enterprise ? { name: app.enterprise.name, uscc: app.enterprise.uscc } : null,
    submittedAt: app.submittedAt,
    acceptedAt: app.acceptedAt,
    decidedAt: app.decidedAt,
    returnedAt: app.returnedAt,
    issuedAt: app.issuedAt,
    workingDays:
      app.status === "ISSUED"
        ? app.workingDaysTaken
        : app.status === "SUBMITTED" && app.submittedAt
          ? workingDaysBetween(app.submittedAt, now, calendar)
          : null,
    returnCount: app.returnCount,
    credit,
    matters: app.items.map((i) => ({
      code: i.matter.code,
      name: i.matter.name,
      department: i.matter.department.shortName,
      reformMode: i.matter.reformMode,
      status: i.status,
      useCommitment: i.useCommitment,
      receiptNumber: i.receiptNumber,
      decisionReason: i.decisionReason,
    })),
    documents: documents.map((d) => {
      const material = materials.get(d.documentKey);
      const provided = provisionOf(d, material?.origin === "GENERATED");
      return {
        documentKey: d.documentKey,
        name: d.name,
        neededBy: d.matters.filter((m) => !m.waived).map((m) => m.name),
        isKey: d.isKey,
        mayBePending: d.mayBePending,
        route: d.route,
        provided,
        file: provided === "uploaded" || provided === "generated" ? fileOf(material) : null,
        pendingDeadline: provided === "pending" ? d.pendingDeadline : null,
        note: d.online?.status === "verified" ? d.online.noteProblem : null,
        checkable: provided === "uploaded" || provided === "generated" || provided === "pending" || provided === "missing",
      };
    }),
    pending,
    returnNotice: readReturnNotice(app),
    tasks: [...app.tasks]
      .sort((a, b) => a.department.code.localeCompare(b.department.code))
      .map((t) => {
        const { paused, overdue } = taskTiming(t, now, null);
        const correction = [...t.corrections].reverse().find((c) => c.answeredAt === null);
        return {
          id: t.id,
          department: t.department.name,
          matters: app.items.filter((i) => i.taskId === t.id).map((i) => i.matter.name),
          status: t.status,
          dispatchedAt: t.dispatchedAt,
          promisedDueAt: t.promisedDueAt,
          statutoryDueAt: t.statutoryDueAt,
          paused,
          overdue,
          decidedAt: t.decidedAt,
          decisionReason: t.decisionReason,
          onsiteNote: t.onsiteNote,
          openCorrection: correction ? { request: correction.request, requestedAt: correction.requestedAt } : null,
        };
      }),
    issuance: app.status === "DECIDED" ? issuancePreview(app) : null,
    issued:
      app.status === "ISSUED"
        ? { licences: licences.map((l) => ({ number: l.number, kind: l.kind, matter: l.matter?.name ?? null })), uscc: app.enterprise?.uscc ?? null }
        : null,
  };
}
