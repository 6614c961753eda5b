import "server-only";
// When the last department has decided, the application waits for 统一出件 at the window. Called inside the
// transaction of the step that decided (a department's decision, the 容缺 sweep, an acceptance with nothing to
// dispatch), which holds the application's row lock.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEvent, transitionTo } from "@/lib/applications/record-event";
import { nextStatus } from "@/lib/applications/status-rules";
import { UNDECIDED_TASK } from "@/lib/base/application-lock";
import { notify } from "@/lib/notifications/notify";

export async function settleApplication(tx: Prisma.TransactionClient, opts: { applicationId: string; now: Date }): Promise<boolean> {
  const open = await tx.approvalTask.count({ where: { applicationId: opts.applicationId, status: { in: [...UNDECIDED_TASK] } } });
  if (open > 0) return false;
  // Settles only from where the table allows it (status-rules.ts SETTLE); already settled, issued or withdrawn: nothing to do.
  const app = await tx.application.findUnique({ where: { id: opts.applicationId }, select: { status: true } });
  if (!app || nextStatus(app.status, "SETTLE") === null) return false;
  const moved = await tx.application.updateMany({
    where: { id: opts.applicationId, status: app.status },
    data: { status: transitionTo(app.status, "SETTLE"), decidedAt: opts.now, version: { increment: 1 } },
  });
  if (moved.count === 0) return false;
  // The system settles it (no one chose to): the history row has no actor.
  await recordEvent(tx, { applicationId: opts.applicationId, type: "SETTLE", from: app.status, actorId: null, at: opts.now });
  await notify(tx, {
    to: { role: "WINDOW_OFFICER" },
    key: "domain.approvals.notices.readyToIssue",
    link: `/desk/applications/${opts.applicationId}`,
    now: opts.now,
  });
  return true;
}
