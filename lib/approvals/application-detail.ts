import "server-only";
// An application as officers and its applicant see it after submission: its matters, documents (resolved
// exactly as the applicant's form resolved them, resolve-documents.ts), tasks per department and their
// clocks. Loading never checks who asks: every caller scopes first (window: any submitted application;
// department: one with its own dispatched task; applicant: their own). The one read carries the form's rows
// too (FORM_APPLICATION_INCLUDE): the form is built from it (build-application-form.ts), with no second read
// and no one posing as the applicant (issue 16 §3).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { lockApplicationRow } from "@/lib/base/application-lock";
import { creditRestriction } from "@/lib/supervision/credit-restriction";
import { FORM_APPLICATION_INCLUDE, formOfApplication, type ApplicationForm } from "@/lib/applications/build-application-form";
import { loadDocumentContext } from "@/lib/applications/document-context";
import { commitmentStates, inFormOrder, resolveDocuments, type ResolvedDocument } from "@/lib/applications/resolve-documents";

export const detailInclude = {
  ...FORM_APPLICATION_INCLUDE,
  applicant: { select: { id: true, displayName: true, realNameIdNumber: true } },
  items: {
    include: {
      matter: {
        include: {
          fields: { orderBy: { sortOrder: "asc" } },
          materials: { orderBy: { sortOrder: "asc" } },
          department: { select: { id: true, code: true, name: true, shortName: true } },
        },
      },
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

/** The merged form and its documents, as the applicant's own page resolved them (built from the loaded rows). */
export async function formAndDocuments(db: Db, app: ApplicationDetail, now: Date): Promise<{ form: ApplicationForm; documents: ResolvedDocument[] }> {
  // On the caller's connection: inside a transaction, the transaction's own (one connection, not two).
  const form = await formOfApplication(db, app);
  const credit = await creditRestriction({ db, enterpriseId: app.enterpriseId, now });
  const documents = resolveDocuments({
    items: app.items,
    materials: app.materials,
    pending: app.pending.filter((p) => p.status === "OPEN" || p.status === "OVERDUE"),
    commitments: commitmentStates(app.items, credit.restricted),
    // The signer of the portal-written documents is the applicant (their real-name identity).
    context: await loadDocumentContext(db, app.applicant, form),
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
  if (!app) throw new AppError("NOT_FOUND", "domain.approvals.errors.view.applicationNotFound");
  const statuses: readonly ApplicationStatus[] = typeof opts.status === "string" ? [opts.status] : opts.status;
  if (!statuses.includes(app.status) || (opts.expectedVersion !== undefined && app.version !== opts.expectedVersion)) {
    throw new AppError("CONFLICT", "domain.approvals.errors.view.staleApplication");
  }
  return app;
}
