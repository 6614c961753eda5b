// Builders for the approval stage on the real database, through the domain functions (no rows written
// behind the domain's back). Each helper is a separately exported function; add new ones below.
import { getDb } from "@/lib/db";
import { acceptApplication } from "@/lib/approvals/accept-application";
import { sessionUserOf } from "./index";

/**
 * The window (综合窗口) accepts a submitted application as it stands: the applicant's own 容缺 choices stay
 * pending, plus any document the window marks 'pending'; every department's task is dispatched at `now`.
 */
export async function acceptAsWindow(opts: { applicationId: string; now: Date; pendingDays?: number; pendingKeys?: string[] }) {
  const window = await sessionUserOf("window");
  const app = await getDb().application.findUniqueOrThrow({ where: { id: opts.applicationId }, select: { version: true } });
  const documents = (opts.pendingKeys ?? []).map((documentKey) => ({ documentKey, verdict: "pending" as const }));
  return acceptApplication({ actor: window, now: opts.now, input: { applicationId: opts.applicationId, expectedVersion: app.version, pendingDays: opts.pendingDays ?? 10, documents } });
}
