// A manual trigger of the background work, for an operator or an external cron with `Authorization: Bearer
// $CRON_SECRET` (the work itself runs as pg-boss jobs on their own schedules: lib/jobs/queues.ts). It runs the
// deadline sweep once, now, and answers what it did; it queues an outbox relay and a metrics refresh, which
// the workers pick up within seconds. It acts as the system, not as a user: the secret is its only
// credential, compared in constant time; without CRON_SECRET the route is closed.
import { timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";
import { runDeadlineSweep } from "@/lib/jobs/run-deadline-sweep";
import { triggerJobs } from "@/lib/jobs/trigger-jobs";
import { z } from "zod";

export const dynamic = "force-dynamic";

function authorised(header: string | null, secret: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, "") ?? "");
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function POST(request: Request): Promise<Response> {
  const secret = getEnv().CRON_SECRET;
  if (!secret) return Response.json({ error: "未配置 CRON_SECRET，期限巡检接口未开放" }, { status: 503 });
  if (!authorised(request.headers.get("authorization"), secret)) return Response.json({ error: "无权调用期限巡检接口" }, { status: 401 });
  try {
    const now = await sweepTime(request);
    if (!now) return Response.json({ error: "请求体中的 now 不是有效的时间" }, { status: 400 });
    const { sweep, rectifications } = await runDeadlineSweep({ now });
    // Pushes to other systems and the metrics rollup: queued, not run here (a push may wait 15 s for its
    // receiver). Should the queue be unreachable the sweep has still run; the schedules catch up.
    const queued = await triggerJobs(["outbox-dispatch", "metrics-refresh"]).catch((e) => {
      console.error("[cron.sweep] could not queue jobs", e);
      return [];
    });
    return Response.json({ ok: true, at: now.toISOString(), sweep, rectifications, queued });
  } catch (e) {
    console.error("[cron.sweep] unexpected error", e);
    return Response.json({ error: "期限巡检失败，下次运行将重试" }, { status: 500 });
  }
}

const ZSweepBody = z.object({ now: z.iso.datetime({ offset: true }) });

/** Now — or, only where SWEEP_CLOCK_OVERRIDE=1 (end-to-end tests), the time the body names; null if invalid. */
async function sweepTime(request: Request): Promise<Date | null> {
  if (getEnv().SWEEP_CLOCK_OVERRIDE !== "1") return new Date();
  const text = await request.text();
  if (!text.trim()) return new Date();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = ZSweepBody.safeParse(body);
  return parsed.success ? new Date(parsed.data.now) : null;
}
