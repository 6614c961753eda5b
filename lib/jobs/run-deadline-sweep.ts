import "server-only";
// One run of the deadline sweep: 限时办结 reminders and overdue 容缺 materials (lib/approvals), then overdue
// rectifications of 告知承诺核查 (lib/supervision). Both are idempotent: a second run at the same time
// changes nothing. Run by the scheduled `deadline-sweep` job and by POST /api/cron/sweep (manual trigger).
import { sweepDeadlines, type SweepResult } from "@/lib/approvals/sweep-deadlines";
import { sweepRectifications } from "@/lib/supervision/sweep-rectifications";

export interface DeadlineSweepResult {
  sweep: SweepResult;
  rectifications: { revoked: number };
}

export async function runDeadlineSweep({ now }: { now: Date }): Promise<DeadlineSweepResult> {
  const sweep = await sweepDeadlines({ now });
  const rectifications = await sweepRectifications({ now });
  return { sweep, rectifications };
}
