// The deadline sweep (lib/approvals/sweep-deadlines.ts), outbox delivery and the metrics refresh, called by `npm start`'s scheduler every few minutes
// or by any external cron with `Authorization: Bearer $CRON_SECRET`. It acts as the system, not as a user:
// the secret is its only credential, compared in constant time; without CRON_SECRET the route is closed.
import { timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";
import { sweepDeadlines } from "@/lib/approvals/sweep-deadlines";
import { deliverOutbox } from "@/lib/notifications/deliver-outbox";
import { outboxSender } from "@/lib/notifications/outbox-transport";
import { sweepRectifications } from "@/lib/supervision/sweep-rectifications";
import { refreshMetrics } from "@/lib/metrics/refresh-metrics";
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
    const sweep = await sweepDeadlines({ now });
    const rectifications = await sweepRectifications({ now });
    // Pushes to other systems (departments, credit platform) go out with retry; without a configured
    // gateway they wait in the outbox.
    const outbox = await deliverOutbox({ now, send: outboxSender() });
    // The reform metrics: days changed since the last run are recomputed (the dashboard also refreshes
    // a few days itself before it reads; this works through any larger backlog).
    const metrics = await refreshMetrics({ maxDays: 60 });
    return Response.json({ ok: true, at: now.toISOString(), sweep, rectifications, outbox, metrics });
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
