// The deadline sweep (lib/approvals/sweep-deadlines.ts) and outbox delivery, called by `npm start`'s scheduler every few minutes
// or by any external cron with `Authorization: Bearer $CRON_SECRET`. It acts as the system, not as a user:
// the secret is its only credential, compared in constant time; without CRON_SECRET the route is closed.
import { timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";
import { sweepDeadlines } from "@/lib/approvals/sweep-deadlines";
import { deliverOutbox } from "@/lib/notifications/deliver-outbox";
import { outboxSender } from "@/lib/notifications/outbox-transport";

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
    const now = new Date();
    const sweep = await sweepDeadlines({ now });
    // Pushes to other systems (departments, credit platform) go out with retry; without a configured
    // gateway they wait in the outbox.
    const outbox = await deliverOutbox({ now, send: outboxSender() });
    return Response.json({ ok: true, at: now.toISOString(), sweep, outbox });
  } catch (e) {
    console.error("[cron.sweep] unexpected error", e);
    return Response.json({ error: "期限巡检失败，下次运行将重试" }, { status: 500 });
  }
}
