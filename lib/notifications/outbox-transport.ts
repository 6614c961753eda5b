import "server-only";
// The one transport for outbox rows: an HTTP POST of JSON to the exchange gateway of the 互联网+监管 /
// credit platform (OUTBOX_WEBHOOK_URL). The gateway routes by `topic` and `target` (department code or
// USCC) to the department systems and the credit platform.
import { getEnv } from "@/lib/env";
import { SEND_TIMEOUT_MS, type OutboxEnvelope, type OutboxSend } from "./deliver-outbox";

/** Below deliverOutboxMessage's own guard, so a hung gateway is aborted here and recorded as this error. */
const REQUEST_TIMEOUT_MS = SEND_TIMEOUT_MS - 5_000;

/** Whether pushes can leave the portal at all (the admin page says so when not). */
export function isOutboxConfigured(): boolean {
  return Boolean(getEnv().OUTBOX_WEBHOOK_URL);
}

/**
 * POSTs one message to `url`. Any 2xx is accepted; anything else (or no answer) throws, and the
 * message is tried again later. The row id doubles as Idempotency-Key: a message may arrive twice
 * (a crash between the gateway's answer and the commit) and the gateway drops the repeat.
 */
export async function postToWebhook(url: string, message: OutboxEnvelope): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8", "idempotency-key": message.id },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      redirect: "error",
    });
  } catch (e) {
    const reason = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
    throw new Error(`无法连接接收方：${reason}`);
  }
  if (!res.ok) {
    const body = (await res.text().catch(() => "")).slice(0, 200);
    throw new Error(`接收方返回 HTTP ${res.status}${body ? `：${body}` : ""}`);
  }
}

/**
 * The send for the delivery jobs: the configured webhook, or null when OUTBOX_WEBHOOK_URL is unset
 * (the relay then queues nothing: every row waits as PENDING, and no try is burnt).
 */
export function outboxSender(): OutboxSend | null {
  const url = getEnv().OUTBOX_WEBHOOK_URL;
  return url ? (message) => postToWebhook(url, message) : null;
}
