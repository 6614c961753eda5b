import "server-only";
// How route handlers answer a failure: the same words an action would show (lib/actions/action-result.ts), as
// JSON with the AppError's status — `{ code, error, fieldErrors? }` — in the visitor's locale. Anything
// unexpected is logged with a reference id and answered 500 with the generic message carrying that id.
import { isAppError } from "@/lib/errors";
import { actionFailure } from "./action-result";

export async function errorResponse(e: unknown, context: string): Promise<Response> {
  const failure = await actionFailure(e, context);
  const status = isAppError(e) ? e.status : 500;
  const { ok: _ok, ...body } = failure;
  return Response.json({ code: failure.code ?? "INTERNAL", ...body }, { status });
}
