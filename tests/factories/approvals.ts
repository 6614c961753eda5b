// Builders for the approval stage on the real database, through the domain functions (no rows written
// behind the domain's back). Each helper is a separately exported function; add new ones below.
import { getDb } from "@/lib/db";
import { acceptApplication } from "@/lib/approvals/accept-application";
import { sessionUserOf } from "./index";
import { supplementPending } from "@/lib/approvals/supplement-pending";
import { PDF, makeFounder, submitS1 } from "./s1";

/**
 * The window (综合窗口) accepts a submitted application as it stands: the applicant's own 容缺 choices stay
 * pending, plus any document the window marks 'pending'; every department's task is dispatched at `now`.
 */
export async function acceptAsWindow(opts: { applicationId: string; now: Date; pendingDays?: number; pendingKeys?: string[] }) {
  const window = await sessionUserOf("window");
  const app = await getDb().application.findUniqueOrThrow({ where: { id: opts.applicationId }, select: { version: true } });
  const documents = (opts.pendingKeys ?? []).map((documentKey) => ({ documentKey, verdict: "pending" as const }));
  return acceptApplication({
    actor: window,
    now: opts.now,
    input: { applicationId: opts.applicationId, expectedVersion: app.version, pendingDays: opts.pendingDays ?? 10, documents },
  });
}

/**
 * A fresh founder's S1, submitted at `submitAt` and accepted by the window at `acceptAt` (every department's
 * task dispatched then). With `supplementAt` the founder supplements every 容缺 material at that moment, so
 * every department's clock runs from then on. Returns the tasks by department code (SCJG, WHLY, YCJ).
 */
export async function dispatchedS1(opts: { submitAt: Date; acceptAt: Date; supplementAt?: Date }) {
  const founder = await makeFounder();
  const id = await submitS1(founder, opts.submitAt);
  await acceptAsWindow({ applicationId: id, now: opts.acceptAt });
  if (opts.supplementAt) {
    const open = await getDb().pendingMaterial.findMany({
      where: { applicationId: id, status: "OPEN" },
      select: { requirement: { select: { documentKey: true } } },
    });
    for (const documentKey of new Set(open.map((p) => p.requirement.documentKey))) {
      await supplementPending({
        actor: founder,
        now: opts.supplementAt,
        input: { applicationId: id, documentKey },
        file: { name: `${documentKey}.pdf`, type: "application/pdf", bytes: PDF },
      });
    }
  }
  const tasks = await getDb().approvalTask.findMany({ where: { applicationId: id }, include: { department: { select: { code: true } } } });
  return { id, founder, tasks: Object.fromEntries(tasks.map((t) => [t.department.code, t])) };
}
