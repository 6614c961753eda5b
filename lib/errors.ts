// One error type for expected failures. `code` decides the HTTP status; `key` is a message-catalog key
// (lib/i18n/messages) translated for the visitor's locale where the error reaches a person, with `params`
// filled in; `detail` is for the log only and never shown. Anything that is not an AppError is unexpected:
// logged, and shown as a generic message with a reference id (lib/actions/action-result.ts).
import type { MessageKey } from "@/lib/i18n/core";

export const ERROR_STATUS = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type MessageParams = Record<string, string | number>;

/** One problem of a refused input: the field's path (dotted) and a catalog key with its parameters. */
export interface InputIssue {
  path: string;
  key: string;
  params: MessageParams;
}

/** A catalog key: a typo or a key missing from the catalogs is a type error (scripts/check-messages.mjs refuses literal sentences). */
export type ErrorKey = MessageKey;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: ErrorKey;
  readonly params: MessageParams;
  /** For BAD_INPUT from a schema: every problem, so the visitor sees each on its field. */
  readonly issues: readonly InputIssue[];
  /** A portal path where the visitor can resolve the refusal (e.g. the pending application a duplicate start names). */
  readonly link?: string;
  constructor(code: ErrorCode, key: ErrorKey, params: MessageParams = {}, options: { detail?: string; issues?: readonly InputIssue[]; link?: string } = {}) {
    super(options.detail ? `${key}: ${options.detail}` : key);
    this.name = "AppError";
    this.code = code;
    this.key = key;
    this.params = params;
    this.issues = options.issues ?? [];
    if (options.link) this.link = options.link;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

type ZodLikeIssue = { readonly path: readonly PropertyKey[]; readonly message: string; readonly code?: string };

/**
 * A zod issue as a catalog key with parameters. Our schemas give every message as a key (see `msg()` in
 * lib/i18n/core.ts); zod's own English defaults (a message that is not a key) become the generic key of the
 * issue's code, so the visitor never sees zod's wording.
 */
export function issueOf(issue: ZodLikeIssue): InputIssue {
  const params: MessageParams = {};
  for (const [k, v] of Object.entries(issue as object)) if (typeof v === "string" || typeof v === "number" || typeof v === "bigint") params[k] = String(v);
  const path = issue.path.map(String).join(".");
  const isKey = /^[a-zA-Z][\w-]*(\.[\w-]+)+$/.test(issue.message);
  return { path, key: isKey ? issue.message : `errors.input.${String(issue.code ?? "invalid")}`, params };
}

/** Parses input with a zod schema at a true edge (route handler, cron, import); a failure is BAD_INPUT with every issue. */
export function parseInput<T>(
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly ZodLikeIssue[] } } },
  input: unknown,
): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("BAD_INPUT", "errors.input.invalid", {}, { issues: parsed.error.issues.map(issueOf) });
  return parsed.data;
}
