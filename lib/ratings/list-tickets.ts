import "server-only";
// The unit's 差评整改 desk (/dept/ratings for a department, /desk/ratings for the 综合窗口): its tickets with
// the overdue flags, the earliest due first; and one ticket with the rating it answers (all five scores and
// the comment), the applicant to call back, the deadlines and what was recorded. Scoped to the officer's
// unit (./unit-scope.ts): another unit's ticket is NOT_FOUND.
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { AppError, parseInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TicketStatus } from "@/lib/generated/prisma/enums";
import { applicationName } from "@/lib/base/application-name";
import { OPEN_TICKET, ticketFlags, type RatingScores, type TicketFlags } from "./rules";
import { ZListTickets } from "./schemas";
import { unitScope } from "./unit-scope";

export interface TicketRow extends TicketFlags {
  id: string;
  status: TicketStatus;
  version: number;
  applicationId: string;
  applicationName: string;
  overall: number;
  openedAt: Date;
  callbackDueAt: Date;
  fixDueAt: Date;
  calledBackAt: Date | null;
  rectifiedAt: Date | null;
}

const rowSelect = {
  id: true,
  status: true,
  version: true,
  applicationId: true,
  openedAt: true,
  callbackDueAt: true,
  fixDueAt: true,
  calledBackAt: true,
  rectifiedAt: true,
  review: { select: { overall: true } },
  application: { select: { formData: true, enterprise: { select: { id: true, uscc: true, name: true, address: true } } } },
} as const satisfies Prisma.RectificationTicketSelect;

type RowData = Prisma.RectificationTicketGetPayload<{ select: typeof rowSelect }>;

function toRow(t: RowData, now: Date): TicketRow {
  return {
    id: t.id,
    status: t.status,
    version: t.version,
    applicationId: t.applicationId,
    applicationName: applicationName(t.application),
    overall: t.review.overall,
    openedAt: t.openedAt,
    callbackDueAt: t.callbackDueAt,
    fixDueAt: t.fixDueAt,
    calledBackAt: t.calledBackAt,
    rectifiedAt: t.rectifiedAt,
    ...ticketFlags(t, now),
  };
}

/** The unit's tickets: "open" = still to call back or to fix (the default), "all" = every one, newest first. */
export async function listTickets(opts: {
  actor: SessionUser;
  now: Date;
  input?: unknown;
}): Promise<{ filter: "open" | "all"; rows: TicketRow[]; unitName: string | null }> {
  const { actor, now } = opts;
  const scope = unitScope(actor);
  const { filter } = parseInput(ZListTickets, opts.input ?? {});
  const db = getDb();
  const where: Prisma.RectificationTicketWhereInput = { departmentId: scope.departmentId, ...(filter === "open" ? { status: { in: [...OPEN_TICKET] } } : {}) };
  const [rows, department] = await Promise.all([
    // Open tickets: the call-backs still due first (TicketStatus orders OPEN before CALLED_BACK), nearest deadline first.
    db.rectificationTicket.findMany({
      where,
      orderBy: filter === "open" ? [{ status: "asc" }, { callbackDueAt: "asc" }, { fixDueAt: "asc" }] : [{ openedAt: "desc" }],
      take: 200,
      select: rowSelect,
    }),
    scope.departmentId ? db.department.findUnique({ where: { id: scope.departmentId }, select: { name: true } }) : null,
  ]);
  return { filter, rows: rows.map((r) => toRow(r, now)), unitName: department?.name ?? null };
}

export interface TicketDetail extends TicketRow {
  unitName: string | null;
  rating: RatingScores & { comment: string; createdAt: Date; supersededAt: Date | null };
  rerating: (RatingScores & { comment: string; createdAt: Date }) | null;
  applicant: { name: string; phone: string | null };
  callbackNote: string | null;
  callbackBy: string | null;
  rectificationNote: string | null;
  rectifiedBy: string | null;
  closedAt: Date | null;
}

const scores = { overall: true, efficiency: true, guideAccuracy: true, convenience: true, usability: true, comment: true, createdAt: true } as const;

export async function getTicket(opts: { actor: SessionUser; now: Date; id: string }): Promise<TicketDetail> {
  const { actor, now } = opts;
  const scope = unitScope(actor);
  const t = await getDb().rectificationTicket.findFirst({
    where: { id: opts.id, departmentId: scope.departmentId },
    select: {
      ...rowSelect,
      callbackNote: true,
      rectificationNote: true,
      closedAt: true,
      department: { select: { name: true } },
      callbackBy: { select: { displayName: true } },
      rectifiedBy: { select: { displayName: true } },
      review: { select: { ...scores, supersededAt: true, user: { select: { displayName: true } } } },
      rerate: { select: scores },
    },
  });
  if (!t) throw new AppError("NOT_FOUND", "domain.ratings.errors.ticketNotFound");
  const phone = (t.application.formData as Record<string, unknown> | null)?.["subject.phone"];
  const { user, ...rating } = t.review;
  return {
    ...toRow(t, now),
    unitName: t.department?.name ?? null,
    rating,
    rerating: t.rerate,
    applicant: { name: user.displayName, phone: typeof phone === "string" && phone ? phone : null },
    callbackNote: t.callbackNote,
    callbackBy: t.callbackBy?.displayName ?? null,
    rectificationNote: t.rectificationNote,
    rectifiedBy: t.rectifiedBy?.displayName ?? null,
    closedAt: t.closedAt,
  };
}
