import "server-only";
// The applicant rates a unit of their own application (好差评, "一事一评"): the 综合窗口 once the application
// is issued (统一出件), a department once its step on it is decided. One rating per application and unit;
// a resubmitted identical form returns the rating already given. A rating of 2 or below opens, in the same
// transaction, a rectification ticket for the unit (call back within 1 working day, rectify within 15) and
// tells the unit's officers. After the fix the applicant may re-rate once; the re-rating replaces the
// rating in every count and closes the ticket, and opens no new one (it is final).
// 珠海方案 (001) 三(二); 嘉定方案 (003) 一(四) — see ./rules.ts.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import type { NoticeKey } from "@/lib/notifications/notice-text";
import { Prisma } from "@/lib/generated/prisma/client";
import { shanghaiDay } from "@/lib/calendar/dates";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { applicationName } from "@/lib/base/application-name";
import { isBadRating, sameRating, ticketDeadlines, type RatingScores } from "./rules";
import { WINDOW_NAME, WINDOW_UNIT } from "@/lib/base/units";
import type { TRateService, TRerateService } from "./schemas";
import { ticketsPath } from "./unit-scope";

type Tx = Prisma.TransactionClient;

export interface RatingResult {
  reviewId: string;
  /** The ticket the rating opened (a bad round-1 rating), or the one the re-rating closed. */
  ticketId: string | null;
  /** False when an identical rating already stood (a resubmitted form). */
  created: boolean;
}

const DECIDED = new Set(["APPROVED", "REJECTED"]);

const scoresOf = (input: TRateService): RatingScores & { comment: string } => ({
  overall: input.overall,
  efficiency: input.efficiency,
  guideAccuracy: input.guideAccuracy,
  convenience: input.convenience,
  usability: input.usability,
  comment: input.comment,
});

/** The actor's own application and the unit named, or NOT_FOUND; whether the unit may be rated yet is the caller's. */
async function ownUnit(actor: SessionUser, input: TRateService) {
  assertCan(actor.role, "review.submit");
  const app = await getDb().application.findFirst({
    where: { id: input.applicationId, applicantId: actor.id },
    select: { id: true, status: true, formData: true, enterprise: { select: { id: true, uscc: true, name: true, address: true } } },
  });
  if (!app) throw new AppError("NOT_FOUND", "domain.ratings.errors.applicationNotFound");
  if (input.unit === WINDOW_UNIT) return { app, departmentId: null, unitKey: WINDOW_UNIT, unitName: WINDOW_NAME, ready: app.status === "ISSUED" };
  const task = await getDb().approvalTask.findFirst({
    where: { applicationId: app.id, departmentId: input.unit },
    select: { status: true, department: { select: { name: true } } },
  });
  if (!task) throw new AppError("NOT_FOUND", "domain.ratings.errors.unitNotOnApplication");
  return { app, departmentId: input.unit, unitKey: input.unit, unitName: task.department.name, ready: DECIDED.has(task.status) };
}

type Unit = Awaited<ReturnType<typeof ownUnit>>;

/** The unit's officers (the department's, or every window officer for the 综合窗口), linked to the ticket. */
async function tellUnit(tx: Tx, unit: Unit, ticketId: string, message: { key: NoticeKey; params: Record<string, string | number> }, now: Date) {
  await notify(tx, {
    to: unit.departmentId ? { departments: [unit.departmentId] } : { role: "WINDOW_OFFICER" },
    ...message,
    link: `${ticketsPath(unit.departmentId)}/${ticketId}`,
    now,
  });
}

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/** The rating of this round already given: identical → the idempotent answer; otherwise a plain refusal. */
async function standing(unit: Unit, round: 1 | 2, input: TRateService): Promise<RatingResult | null> {
  const existing = await getDb().serviceReview.findUnique({
    where: { applicationId_unitKey_round: { applicationId: unit.app.id, unitKey: unit.unitKey, round } },
    select: {
      id: true,
      overall: true,
      efficiency: true,
      guideAccuracy: true,
      convenience: true,
      usability: true,
      comment: true,
      ticket: { select: { id: true } },
      rerateOf: { select: { id: true } },
    },
  });
  if (!existing) return null;
  if (sameRating(existing, scoresOf(input))) {
    return { reviewId: existing.id, ticketId: (round === 1 ? existing.ticket?.id : existing.rerateOf?.id) ?? null, created: false };
  }
  throw new AppError("CONFLICT", round === 1 ? "domain.ratings.errors.alreadyRated" : "domain.ratings.errors.alreadyRerated", { unit: unit.unitName });
}

/**
 * Writes the rating of `round` with `then` in one transaction. The same form sent twice at once: the unique
 * key (application, unit, round) lets one through; the other is answered as a resubmit (or refused).
 */
async function writeRating(
  opts: { actor: SessionUser; now: Date; unit: Unit; round: 1 | 2; input: TRateService },
  then: (tx: Tx, reviewId: string) => Promise<string | null>,
): Promise<RatingResult> {
  const { actor, now, unit, round, input } = opts;
  try {
    return await getDb().$transaction(async (tx) => {
      const review = await tx.serviceReview.create({
        data: {
          applicationId: unit.app.id,
          departmentId: unit.departmentId,
          unitKey: unit.unitKey,
          round,
          userId: actor.id,
          ...scoresOf(input),
          createdAt: now,
        },
        select: { id: true },
      });
      return { reviewId: review.id, ticketId: await then(tx, review.id), created: true };
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      const winner = await standing(unit, round, input);
      if (winner) return winner;
    }
    throw e;
  }
}

export async function rateService(opts: { actor: SessionUser; now: Date; input: TRateService }): Promise<RatingResult> {
  const { actor, now, input } = opts;
  const unit = await ownUnit(actor, input);
  const already = await standing(unit, 1, input);
  if (already) return already;
  if (!unit.ready) {
    throw new AppError("CONFLICT", unit.departmentId ? "domain.ratings.errors.departmentNotDecided" : "domain.ratings.errors.windowNotIssued", {
      unit: unit.unitName,
    });
  }
  const bad = isBadRating(input.overall);
  const calendar = bad ? await loadCalendar(getDb()) : null;
  return writeRating({ actor, now, unit, round: 1, input }, async (tx, reviewId) => {
    await writeAudit(tx, {
      actorId: actor.id,
      action: "rating.submit",
      entityType: "ServiceReview",
      entityId: reviewId,
      after: { applicationId: unit.app.id, unit: unit.unitKey, round: 1, ...scoresOf(input) },
      at: now,
    });
    if (!calendar) return null;

    const { callbackDueAt, fixDueAt } = ticketDeadlines(now, calendar);
    const ticket = await tx.rectificationTicket.create({
      data: { reviewId, applicationId: unit.app.id, departmentId: unit.departmentId, status: "OPEN", openedAt: now, callbackDueAt, fixDueAt },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "rating.ticket.open",
      entityType: "RectificationTicket",
      entityId: ticket.id,
      after: { status: "OPEN", unit: unit.unitKey, callbackDueAt: callbackDueAt.toISOString(), fixDueAt: fixDueAt.toISOString() },
      at: now,
    });
    await tellUnit(
      tx,
      unit,
      ticket.id,
      {
        key: input.comment ? "domain.ratings.notices.badRatingWithComment" : "domain.ratings.notices.badRating",
        params: {
          application: applicationName(unit.app),
          unit: unit.unitName,
          overall: input.overall,
          comment: input.comment,
          callbackDue: shanghaiDay(callbackDueAt),
          fixDue: shanghaiDay(fixDueAt),
        },
      },
      now,
    );
    return ticket.id;
  });
}

export async function rerateService(opts: { actor: SessionUser; now: Date; input: TRerateService }): Promise<RatingResult> {
  const { actor, now, input } = opts;
  const unit = await ownUnit(actor, input);
  const first = await getDb().serviceReview.findUnique({
    where: { applicationId_unitKey_round: { applicationId: unit.app.id, unitKey: unit.unitKey, round: 1 } },
    select: { id: true, ticket: { select: { id: true, status: true, version: true } } },
  });
  if (!first) throw new AppError("CONFLICT", "domain.ratings.errors.notRatedYet", { unit: unit.unitName });
  const already = await standing(unit, 2, input);
  if (already) return already;
  const ticket = first.ticket;
  if (!ticket) throw new AppError("CONFLICT", "domain.ratings.errors.onlyBadRerated");
  if (ticket.status !== "RECTIFIED") {
    throw new AppError("CONFLICT", ticket.status === "CLOSED" ? "domain.ratings.errors.rerateFinal" : "domain.ratings.errors.notRectifiedYet", {
      unit: unit.unitName,
    });
  }
  return writeRating({ actor, now, unit, round: 2, input }, async (tx, reviewId) => {
    const closed = await tx.rectificationTicket.updateMany({
      where: { id: ticket.id, status: "RECTIFIED", version: ticket.version },
      data: { status: "CLOSED", rerateReviewId: reviewId, closedAt: now, version: { increment: 1 } },
    });
    if (closed.count !== 1) throw new AppError("CONFLICT", "domain.ratings.errors.ticketChanged");
    // The re-rating replaces the rating: only the rating in force counts in the metrics.
    await tx.serviceReview.update({ where: { id: first.id }, data: { supersededAt: now } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "rating.rerate",
      entityType: "ServiceReview",
      entityId: reviewId,
      before: { reviewId: first.id },
      after: { applicationId: unit.app.id, unit: unit.unitKey, round: 2, ...scoresOf(input) },
      at: now,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "rating.ticket.close",
      entityType: "RectificationTicket",
      entityId: ticket.id,
      before: { status: "RECTIFIED" },
      after: { status: "CLOSED", rerateReviewId: reviewId },
      at: now,
    });
    await tellUnit(
      tx,
      unit,
      ticket.id,
      { key: "domain.ratings.notices.rerated", params: { application: applicationName(unit.app), unit: unit.unitName, overall: input.overall } },
      now,
    );
    return ticket.id;
  });
}
