// Here, in the lowest folder with validators (lib/forms imports lib/ids, never the reverse), so both use it.
// A validation problem as the visitor reads it: a catalog key with its parameters, translated where it is
// shown (the browser's locale for the one form; the zh-CN catalog for a test). Pure validators return these
// instead of sentences, so the English UI shows no Chinese for them. A problem may carry `parts` (e.g. the
// reasons an ID number is wrong): they fill the key's {detail}, joined.
import type { MessageParams } from "@/lib/errors";
import type { MessageKey, TFunction } from "@/lib/i18n/core";

export interface Problem {
  key: MessageKey;
  params?: MessageParams;
  /** Problems that make up this one's {detail}. */
  parts?: readonly Problem[];
}

export function problem(key: MessageKey, params?: MessageParams, parts?: readonly Problem[]): Problem {
  return { key, ...(params ? { params } : {}), ...(parts?.length ? { parts } : {}) };
}

/** A problem's words; `params` overrides its own (e.g. the field's label in the reader's locale). */
export function problemText(t: TFunction, p: Problem, params?: MessageParams): string {
  const detail: MessageParams = p.parts?.length ? { detail: p.parts.map((x) => problemText(t, x)).join(t("common.clauseSeparator")) } : {};
  return t(p.key, { ...p.params, ...detail, ...params });
}

/**
 * A problem as a zod issue on `path` in a superRefine: its parameters become the issue's own fields, which
 * issueOf (lib/errors.ts) reads back. For problems without parts (zod issues do not nest).
 */
export function addProblemIssue(ctx: { addIssue(issue: never): void }, path: readonly (string | number)[], p: Problem): void {
  ctx.addIssue({ code: "custom", path: [...path], message: p.key, ...p.params } as never);
}
