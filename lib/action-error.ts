// How server actions report failure: an expected AppError reaches the user as its plain Chinese
// message; anything else is logged with a reference id and shown as a generic message with that id.
import "server-only";
import { randomBytes } from "node:crypto";
import { isAppError, type ErrorCode } from "@/lib/errors";

export interface ActionFailure {
  ok: false;
  error: string;
  code?: ErrorCode;
}

export function actionFailure(e: unknown, context: string): ActionFailure {
  if (isAppError(e)) return { ok: false, error: e.message, code: e.code };
  const ref = randomBytes(4).toString("hex");
  console.error(`[${context}] unexpected error ref=${ref}`, e);
  return { ok: false, error: `系统处理时发生意外错误，您的数据未被改动。请稍后重试；如果问题持续，请联系管理员并提供参考编号：${ref}` };
}
