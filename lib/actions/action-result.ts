import "server-only";
// What a server action answers: `{ ok: true, ...data }` or one failure shape. An expected AppError reaches the
// visitor as its message key translated for their locale, with each input problem on its field; anything else
// is logged with a reference id and shown as the generic message with that id (the error page's words).
import { randomBytes } from "node:crypto";
import { isAppError, type InputIssue } from "@/lib/errors";
import { translate, type TFunction } from "@/lib/i18n/core";
import { getI18n } from "@/lib/i18n/server";
import type { ActionFailure } from "./types";

export type { ActionFailure, ActionResult } from "./types";

/** The failure an input problem list makes: every message, and each on its field. */
export function issuesFailure(issues: readonly InputIssue[], t: TFunction, fallback?: string): ActionFailure {
  const fieldErrors: Record<string, string> = {};
  const messages: string[] = [];
  for (const issue of issues) {
    const text = translate(t, issue.key, issue.params);
    if (!messages.includes(text)) messages.push(text);
    if (issue.path && !(issue.path in fieldErrors)) fieldErrors[issue.path] = text;
  }
  const first = issues.find((i) => i.path)?.path.split(".")[0];
  return {
    ok: false,
    code: "BAD_INPUT",
    error: messages.length ? messages.join(t("common.clauseSeparator")) : (fallback ?? t("errors.input.invalid")),
    ...(Object.keys(fieldErrors).length ? { fieldErrors, field: first } : {}),
  };
}

/** Any thrown value as the one failure shape, in the visitor's locale. `context` names the action in the log. */
export async function actionFailure(e: unknown, context: string): Promise<ActionFailure> {
  const { t } = await getI18n();
  if (isAppError(e)) {
    if (e.issues.length) return { ...issuesFailure(e.issues, t), code: e.code };
    return { ok: false, error: translate(t, e.key, e.params), code: e.code, ...(e.link ? { link: e.link } : {}) };
  }
  const ref = randomBytes(4).toString("hex");
  console.error(`[${context}] unexpected error ref=${ref}`, e);
  return { ok: false, error: t("errors.genericBody", { ref }) };
}
