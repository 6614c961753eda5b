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

/**
 * A step form's input refused by its schema (components/ui/step-form.tsx): every message, and the field of
 * the first one when it is the step ("action") or the reason, so the form can put it on that field.
 */
export function stepInputFailure(issues: readonly { path: readonly PropertyKey[]; message: string }[]): {
  ok: false;
  error: string;
  field?: "action" | "reason";
} {
  const first = issues[0]?.path[0];
  return { ok: false, error: [...new Set(issues.map((i) => i.message))].join("；"), field: first === "reason" || first === "action" ? first : undefined };
}
