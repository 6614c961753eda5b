import "server-only";
// An application as officers and its applicant see it after submission: its matters, documents (resolved
// exactly as the applicant's form resolved them, resolve-documents.ts), tasks per department and their
// clocks. Loading never checks who asks: every caller scopes first (window: any submitted application;
// department: one with its own dispatched task; applicant: their own).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { lockApplicationRow } from "@/lib/base/application-lock";
import { creditRestriction } from "@/lib/supervision/credit-restriction";
import { getApplicationForm, type ApplicationForm } from "@/lib/applications/get-application-form";
import { loadDocumentContext } from "@/lib/applications/document-context";
import { commitmentStates, inFormOrder, resolveDocuments, type ResolvedDocument } from "@/lib/applications/resolve-documents";

export const detailInclude = {
  applicant: { select: { id: true, username: true, displayName: true, role: true, enterpriseId: true, departmentId: true } },
  enterprise: { select: { id: true, name: true, uscc: true, address: true } },
  items: {
    include: {
      matter: { include: { materials: { orderBy: { sortOrder: "asc" } }, department: { select: { id: true, code: true, name: true, shortName: true } } } },
      commitment: true,
    },
  },
  materials: true,
  pending: { include: { requirement: { select: { documentKey: true, name: true, matterId: true } } } },
  tasks: {
    include: {
      department: { select: { id: true, code: true, name: true, shortName: true } },
      assignee: { select: { displayName: true } },
      corrections: { orderBy: { requestedAt: "asc" } },
    },
  },
} satisfies Prisma.ApplicationInclude;

export type ApplicationDetail = Prisma.ApplicationGetPayload<{ include: typeof detailInclude }>;

type Db = PrismaClient | Prisma.TransactionClient;

export async function loadApplicationDetail(db: Db, where: Prisma.ApplicationWhereInput): Promise<ApplicationDetail | null> {
  const app = await db.application.findFirst({ where, include: detailInclude });
  if (!app) return null;
  return { ...app, items: inFormOrder(app.items) };
}

/** The applicant as the session would carry them: their form is built as they saw it. */
export function applicantOf(app: Pick<ApplicationDetail, "applicant">): SessionUser {
  const a = app.applicant;
  return { id: a.id, username: a.username, name: a.displayName, role: a.role, enterpriseId: a.enterpriseId, departmentId: a.departmentId };
}

/** The merged form and its documents, as the applicant's own page resolved them. */
export async function formAndDocuments(db: Db, app: ApplicationDetail, now: Date): Promise<{ form: ApplicationForm; documents: ResolvedDocument[] }> {
  const applicant = applicantOf(app);
  // On the caller's connection: inside a transaction, the transaction's own (one connection, not two).
  const form = await getApplicationForm({ actor: applicant, applicationId: app.id, db });
  const credit = await creditRestriction({ db, enterpriseId: app.enterpriseId, now });
  const documents = resolveDocuments({
    items: app.items,
    materials: app.materials,
    pending: app.pending.filter((p) => p.status === "OPEN" || p.status === "OVERDUE"),
    commitments: commitmentStates(app.items, credit.restricted),
    context: await loadDocumentContext(db, applicant, form),
  });
  return { form, documents };
}

/**
 * Locks the application for the rest of the transaction and loads it. Someone acting on an old view
 * (another officer acted first, or the applicant changed it) gets CONFLICT and nothing is written.
 */
export async function lockApplication(
  tx: Prisma.TransactionClient,
  opts: { id: string; status: ApplicationStatus | readonly ApplicationStatus[]; expectedVersion?: number; applicantId?: string },
): Promise<ApplicationDetail> {
  await lockApplicationRow(tx, opts.id);
  const app = await loadApplicationDetail(tx, { id: opts.id, status: { not: "DRAFT" }, ...(opts.applicantId ? { applicantId: opts.applicantId } : {}) });
  if (!app) throw new AppError("NOT_FOUND", "申请不存在");
  const statuses: readonly ApplicationStatus[] = typeof opts.status === "string" ? [opts.status] : opts.status;
  if (!statuses.includes(app.status) || (opts.expectedVersion !== undefined && app.version !== opts.expectedVersion)) {
    throw new AppError("CONFLICT", "申请状态已变化（可能已由其他人员处理），请刷新页面查看最新状态");
  }
  return app;
}
