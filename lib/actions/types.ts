// The shapes server actions answer with (lib/actions/define-action.ts builds every action). Types only, so
// client components can name what the page passes them.
import type { ErrorCode } from "@/lib/errors";

export interface ActionFailure {
  ok: false;
  /** Every problem, translated, joined ("；" in Chinese). */
  error: string;
  code?: ErrorCode;
  /** The first problem of each field, by the input's dotted path (the form's input name). */
  fieldErrors?: Record<string, string>;
  /** The first field at fault (its path's head), for forms that mark one field. */
  field?: string;
  /** A portal path where the problem can be resolved (an AppError's `link`), for a link beside the message. */
  link?: string;
}

export type ActionResult<D extends object = object> = ({ ok: true } & D) | ActionFailure;

/** An action for useActionState / <form action>: (previous answer, the form's data). */
export type FormAction<D extends object = object> = (prev: ActionResult<D> | null, formData: FormData) => Promise<ActionResult<D>>;

/** An action called with a typed input. */
export type TypedAction<I, D extends object = object> = (input: I) => Promise<ActionResult<D>>;
