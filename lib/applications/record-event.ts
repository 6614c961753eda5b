import "server-only";
// Writes an application's status change as a history row (ApplicationEvent), inside the use case's
// transaction, after the table (status-rules.ts) allowed it: the history exists exactly when the change was committed.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { nextStatus, type ApplicationEventType } from "./status-rules";

/** The status `event` leads to from `status`; CONFLICT when the table refuses it (someone else changed it first). */
export function transitionTo(status: ApplicationStatus, event: Exclude<ApplicationEventType, "DELETE">): ApplicationStatus {
  const to = nextStatus(status, event);
  if (to === null || to === "DELETED") throw new AppError("CONFLICT", "domain.applications.errors.statusChanged", {}, { detail: `${event} from ${status}` });
  return to;
}

export async function recordEvent(
  tx: Prisma.TransactionClient,
  opts: {
    applicationId: string;
    type: Exclude<ApplicationEventType, "DELETE">;
    from: ApplicationStatus;
    actorId: string | null;
    at: Date;
    detail?: Prisma.InputJsonObject;
  },
): Promise<ApplicationStatus> {
  const to = transitionTo(opts.from, opts.type);
  await tx.applicationEvent.create({
    data: {
      applicationId: opts.applicationId,
      type: opts.type,
      fromStatus: opts.from,
      toStatus: to,
      actorId: opts.actorId,
      at: opts.at,
      detail: opts.detail ?? {},
    },
  });
  return to;
}
