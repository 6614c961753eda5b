import "server-only";
// When the last department has decided, the application waits for 统一出件 at the window.
import type { Prisma } from "@/lib/generated/prisma/client";
import { UNDECIDED_TASK } from "@/lib/base/application-lock";
import { notify } from "@/lib/notifications/notify";

export async function settleApplication(tx: Prisma.TransactionClient, opts: { applicationId: string; now: Date }): Promise<boolean> {
  const open = await tx.approvalTask.count({ where: { applicationId: opts.applicationId, status: { in: [...UNDECIDED_TASK] } } });
  if (open > 0) return false;
  const moved = await tx.application.updateMany({
    where: { id: opts.applicationId, status: "ACCEPTED" },
    data: { status: "DECIDED", decidedAt: opts.now, version: { increment: 1 } },
  });
  if (moved.count === 0) return false;
  await notify(tx, {
    to: { role: "WINDOW_OFFICER" },
    key: "domain.approvals.notices.readyToIssue",
    link: `/desk/applications/${opts.applicationId}`,
    now: opts.now,
  });
  return true;
}
