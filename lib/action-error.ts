// How server actions report failure: an expected AppError reaches the user as its plain Chinese
// message; anything else is logged with a reference id and shown as a generic message with that id.
import "server-only";
import { randomBytes } from "node:crypto";
import { isAppError, type ErrorCode } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/server";

export interface ActionFailure {
  ok: false;
  error: string;
  code?: ErrorCode;
}

export async function actionFailure(e: unknown, context: string): Promise<ActionFailure> {
  if (isAppError(e)) return { ok: false, error: e.message, code: e.code };
  const ref = randomBytes(4).toString("hex");
  console.error(`[${context}] unexpected error ref=${ref}`, e);
  // The same words as the error page, in the visitor's language.
  const { t } = await getI18n();
  return { ok: false, error: t("errors.genericBody", { ref }) };
}
