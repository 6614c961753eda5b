import "server-only";
// THE way to write a server action (the idea of dub's next-safe-action and documenso's authenticatedProcedure):
//
//   export const revokeShareAction = defineAction({
//     name: "share.revoke",                      // names the action in the log
//     permission: "licence.viewOwn",             // checked server-side through lib/auth/permissions.ts
//     schema: ZRevokeShare,                      // the domain's zod schema: the input is parsed ONCE, here
//     fromForm: true,                            // (prev, FormData) for useActionState/<form action>; omit for a typed call
//     run: ({ input, actor, now }) => revokeShare({ actor, now, input }),   // ONE domain function, typed input
//     revalidate: ["/my/shares"],
//   });
//
// It answers `{ ok: true, ...whatever run returned }` or the one ActionFailure (lib/actions/action-result.ts):
// zod issues on their fields, an AppError's message key translated for the visitor, anything else logged with a
// reference id. The actor is never null for a permission that needs a signed-in user. `redirect` (after
// revalidating) leaves the page for another on success. Domain functions take the typed input and do not parse
// it again; `parseInput` stays at the true edges (route handlers, cron, imports).
import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect as navigate, unstable_rethrow } from "next/navigation";
import { requirePermission, type ActorFor } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { issueOf } from "@/lib/errors";
import type { TFunction } from "@/lib/i18n/core";
import { getI18n } from "@/lib/i18n/server";
import { actionFailure, issuesFailure } from "./action-result";
import type { ActionResult, FormAction, TypedAction } from "./types";
import { formObject } from "./form-data";

type Data<R> = R extends object ? R : object;

export interface ActionContext<S extends z.ZodType, P extends Permission> {
  input: z.output<S>;
  actor: ActorFor<P>;
  now: Date;
  t: TFunction;
}

interface ActionDef<S extends z.ZodType, P extends Permission, R> {
  name: string;
  permission: P;
  schema: S;
  run: (ctx: ActionContext<S, P>) => Promise<R>;
  /** Paths to revalidate after success. */
  revalidate?: readonly string[] | ((input: z.output<S>, result: R) => readonly string[]);
  /** Where to go after success (thrown by Next's redirect, after revalidation). */
  redirect?: (input: z.output<S>, result: R) => string;
}

interface FormActionDef<S extends z.ZodType, P extends Permission, R> extends ActionDef<S, P, R> {
  /** `true`: the form's fields as one object (formObject); or a reader that shapes the FormData for the schema. */
  fromForm: true | ((formData: FormData) => unknown);
}

export function defineAction<S extends z.ZodType, P extends Permission, R>(def: FormActionDef<S, P, R>): FormAction<Data<R>>;
export function defineAction<S extends z.ZodType, P extends Permission, R>(def: ActionDef<S, P, R>): TypedAction<z.input<S>, Data<R>>;
export function defineAction<S extends z.ZodType, P extends Permission, R>(def: ActionDef<S, P, R> & { fromForm?: FormActionDef<S, P, R>["fromForm"] }) {
  const read = def.fromForm === true ? (fd: FormData) => formObject(fd) : def.fromForm;
  const perform = async (raw: unknown): Promise<ActionResult<Data<R>>> => {
    let target: string | undefined;
    let answer: ActionResult<Data<R>>;
    try {
      const actor = await requirePermission(def.permission);
      const { t } = await getI18n();
      const parsed = def.schema.safeParse(raw);
      if (!parsed.success)
        return issuesFailure(
          parsed.error.issues.map((i) => issueOf(i as never)),
          t,
        );
      const input = parsed.data as z.output<S>;
      const result = await def.run({ input, actor, now: new Date(), t });
      const paths = typeof def.revalidate === "function" ? def.revalidate(input, result) : (def.revalidate ?? []);
      for (const path of paths) revalidatePath(path);
      target = def.redirect?.(input, result);
      answer = { ok: true, ...((result ?? {}) as Data<R>) };
    } catch (e) {
      unstable_rethrow(e);
      return actionFailure(e, def.name);
    }
    if (target) navigate(target);
    return answer;
  };
  if (read) return (_prev: unknown, formData: FormData) => perform(read(formData));
  return (input: unknown) => perform(input);
}
