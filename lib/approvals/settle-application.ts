import "server-only";
// When the last department has decided, the application waits for 统一出件 at the window.
import type { Prisma } from "@/lib/generated/prisma/client";
import { UNDECIDED_TASK } from "@/lib/base/application-lock";

export async function settleApplication(tx: Prisma.TransactionClient, opts: { applicationId: string; now: Date }): Promise<boolean> {
  const open = await tx.approvalTask.count({ where: { applicationId: opts.applicationId, status: { in: [...UNDECIDED_TASK] } } });
  if (open > 0) return false;
  const moved = await tx.application.updateMany({
    where: { id: opts.applicationId, status: "ACCEPTED" },
    data: { status: "DECIDED", decidedAt: opts.now, version: { increment: 1 } },
  });
  if (moved.count === 0) return false;
  const window = await tx.user.findMany({ where: { role: "WINDOW_OFFICER" }, select: { id: true } });
  await tx.notification.createMany({
    data: window.map((u) => ({
      userId: u.id,
      title: "申请待统一出件",
      body: "一件申请的各审批部门均已作出决定，请统一出件。",
      link: `/desk/applications/${opts.applicationId}`,
      createdAt: opts.now,
    })),
  });
  return true;
}
