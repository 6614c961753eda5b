import "server-only";
// The 服务评价 section of the applicant's application page: every unit of the application (the 综合窗口 and
// each department with a step on it), whether it may be rated now or what it waits for, the rating given,
// the rectification ticket of a bad rating with its deadlines, and whether the one re-rating is open.
// Scoped to the applicant's own application (anyone else: NOT_FOUND).
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import type { TicketStatus } from "@/lib/generated/prisma/enums";
import { ticketFlags, type RatingScores, type TicketFlags } from "./rules";
import { WINDOW_UNIT } from "@/lib/base/units";

export interface GivenRating extends RatingScores {
  id: string;
  comment: string;
  createdAt: Date;
  supersededAt: Date | null;
}

export interface UnitTicket extends TicketFlags {
  id: string;
  status: TicketStatus;
  openedAt: Date;
  callbackDueAt: Date;
  fixDueAt: Date;
  calledBackAt: Date | null;
  callbackNote: string | null;
  rectifiedAt: Date | null;
  rectificationNote: string | null;
  closedAt: Date | null;
}

export interface RatingUnit {
  /** "WINDOW" or the department id: the form's `unit`. */
  unit: string;
  /** null = 综合窗口 (the page names it). */
  departmentName: string | null;
  /** What the unit waits for before it may be rated; null once it may be. */
  waitingFor: "issue" | "decision" | null;
  rating: GivenRating | null;
  ticket: UnitTicket | null;
  rerating: GivenRating | null;
  canRate: boolean;
  canRerate: boolean;
}

const reviewSelect = {
  id: true,
  unitKey: true,
  round: true,
  overall: true,
  efficiency: true,
  guideAccuracy: true,
  convenience: true,
  usability: true,
  comment: true,
  createdAt: true,
  supersededAt: true,
} as const;
const ticketSelect = {
  id: true,
  reviewId: true,
  status: true,
  openedAt: true,
  callbackDueAt: true,
  fixDueAt: true,
  calledBackAt: true,
  callbackNote: true,
  rectifiedAt: true,
  rectificationNote: true,
  closedAt: true,
} as const;

export async function getApplicationRatings(opts: { actor: SessionUser; now: Date; applicationId: string }): Promise<{ units: RatingUnit[] }> {
  const { actor, now } = opts;
  assertCan(actor.role, "review.submit");
  const app = await getDb().application.findFirst({
    where: { id: opts.applicationId, applicantId: actor.id },
    select: {
      status: true,
      tasks: {
        select: { departmentId: true, status: true, department: { select: { name: true, sortOrder: true } } },
        orderBy: [{ department: { sortOrder: "asc" } }, { department: { name: "asc" } }],
      },
      reviews: { select: reviewSelect },
      tickets: { select: ticketSelect },
    },
  });
  if (!app) throw new AppError("NOT_FOUND", "domain.ratings.errors.applicationNotFound");

  const unitOf = (unit: string, departmentName: string | null, ready: boolean, waiting: RatingUnit["waitingFor"]): RatingUnit => {
    const pick = (round: number) => {
      const r = app.reviews.find((x) => x.unitKey === unit && x.round === round);
      return r
        ? {
            id: r.id,
            overall: r.overall,
            efficiency: r.efficiency,
            guideAccuracy: r.guideAccuracy,
            convenience: r.convenience,
            usability: r.usability,
            comment: r.comment,
            createdAt: r.createdAt,
            supersededAt: r.supersededAt,
          }
        : null;
    };
    const rating = pick(1);
    const rerating = pick(2);
    const t = rating ? app.tickets.find((x) => x.reviewId === rating.id) : undefined;
    const ticket: UnitTicket | null = t
      ? {
          id: t.id,
          status: t.status,
          openedAt: t.openedAt,
          callbackDueAt: t.callbackDueAt,
          fixDueAt: t.fixDueAt,
          calledBackAt: t.calledBackAt,
          callbackNote: t.callbackNote,
          rectifiedAt: t.rectifiedAt,
          rectificationNote: t.rectificationNote,
          closedAt: t.closedAt,
          ...ticketFlags(t, now),
        }
      : null;
    return {
      unit,
      departmentName,
      waitingFor: ready ? null : waiting,
      rating,
      ticket,
      rerating,
      canRate: ready && !rating,
      canRerate: ticket?.status === "RECTIFIED" && !rerating,
    };
  };

  return {
    units: [
      ...app.tasks.map((task) => unitOf(task.departmentId, task.department.name, task.status === "APPROVED" || task.status === "REJECTED", "decision")),
      unitOf(WINDOW_UNIT, null, app.status === "ISSUED", "issue"),
    ],
  };
}
