import "server-only";
// The unit's two steps on a 差评整改 ticket: the call-back (调查核实: the applicant called and heard), then the
// fix (整改) — in that order, each with a note. Scoped to the officer's unit (./unit-scope.ts); each step is
// a conditional update on the status and version read, so of two officers acting at once exactly one wins
// and the other is told. A late step is still recorded, and stays visibly late (./rules.ts ticketFlags).
// After the fix the applicant is told they may re-rate once (反馈). 嘉定方案 (003) 一(四)1.
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/core";
import type { TicketStatus } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import { TICKET_STEPS, type TicketStep } from "./rules";
import { WINDOW_NAME } from "@/lib/base/units";
import type { TTicketNote } from "./schemas";
import { unitScope } from "./unit-scope";

export interface TicketStepResult {
  status: TicketStatus;
  version: number;
}

/** Why a step does not fit the ticket's status, in the words the officer needs. */
function outOfOrder(step: TicketStep, status: TicketStatus): MessageKey {
  if (step === "callback") return status === "OPEN" ? "domain.ratings.errors.ticketJustHandled" : "domain.ratings.errors.callbackRecorded";
  if (status === "OPEN") return "domain.ratings.errors.callbackFirst";
  return "domain.ratings.errors.rectificationRecorded";
}

async function recordStep(step: TicketStep, opts: { actor: SessionUser; now: Date; input: TTicketNote }): Promise<TicketStepResult> {
  const { actor, now, input } = opts;
  const scope = unitScope(actor);
  const { from, to } = TICKET_STEPS[step];
  return getDb().$transaction(async (tx) => {
    const ticket = await tx.rectificationTicket.findFirst({
      where: { id: input.ticketId, departmentId: scope.departmentId },
      select: { id: true, status: true, version: true, applicationId: true, department: { select: { name: true } }, review: { select: { userId: true } } },
    });
    if (!ticket) throw new AppError("NOT_FOUND", "domain.ratings.errors.ticketNotFound");
    if (ticket.status !== from) throw new AppError("CONFLICT", outOfOrder(step, ticket.status));
    if (input.expectedVersion !== undefined && input.expectedVersion !== ticket.version) throw new AppError("CONFLICT", "domain.ratings.errors.ticketTaken");
    const data =
      step === "callback"
        ? { calledBackAt: now, callbackById: actor.id, callbackNote: input.note }
        : { rectifiedAt: now, rectifiedById: actor.id, rectificationNote: input.note };
    const updated = await tx.rectificationTicket.updateMany({
      where: { id: ticket.id, status: from, version: ticket.version },
      data: { ...data, status: to, version: { increment: 1 } },
    });
    // Two officers at once: the second waits for the first's row lock, then finds the version moved on.
    if (updated.count !== 1) throw new AppError("CONFLICT", "domain.ratings.errors.ticketTaken");
    await writeAudit(tx, {
      actorId: actor.id,
      action: `rating.ticket.${step}`,
      entityType: "RectificationTicket",
      entityId: ticket.id,
      before: { status: from },
      after: { status: to, note: input.note },
      at: now,
    });
    if (step === "rectify") {
      const unitName = ticket.department?.name ?? WINDOW_NAME;
      await notify(tx, {
        to: { users: [ticket.review.userId] },
        key: "domain.ratings.notices.rectified",
        params: { unit: unitName, note: input.note },
        link: `/my/applications/${ticket.applicationId}`,
        now,
      });
    }
    return { status: to, version: ticket.version + 1 };
  });
}

/** OPEN → CALLED_BACK: the applicant was called back; what was heard. */
export function recordCallback(opts: { actor: SessionUser; now: Date; input: TTicketNote }): Promise<TicketStepResult> {
  return recordStep("callback", opts);
}

/** CALLED_BACK → RECTIFIED: what was fixed; the applicant may now re-rate once. */
export function recordRectification(opts: { actor: SessionUser; now: Date; input: TTicketNote }): Promise<TicketStepResult> {
  return recordStep("rectify", opts);
}
