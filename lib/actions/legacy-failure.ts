// Moved to lib/actions/action-result.ts (issue 16); this re-export goes once every action uses defineAction.
import "server-only";
import type { ErrorCode } from "@/lib/errors";
import { actionFailure as failure } from "@/lib/actions/action-result";

export interface ActionFailure {
  ok: false;
  error: string;
  code?: ErrorCode;
}

export async function actionFailure(e: unknown, context: string): Promise<ActionFailure> {
  const { ok, error, code } = await failure(e, context);
  return { ok, error, code };
}

/** A step form's input refused by its schema (components/ui/step-form.tsx). */
export function stepInputFailure(issues: readonly { path: readonly PropertyKey[]; message: string }[]): {
  ok: false;
  error: string;
  field?: "action" | "reason";
} {
  const first = issues[0]?.path[0];
  return { ok: false, error: [...new Set(issues.map((i) => i.message))].join("；"), field: first === "reason" || first === "action" ? first : undefined };
}
