// Tests read what a person reads: an error's or an inbox message's words in Chinese (the default locale),
// so an assertion on the words keeps asserting what it asserted before the words became catalog keys.
import { isAppError, issueOf } from "@/lib/errors";
import { makeT, translate } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";
import en from "@/lib/i18n/messages/en";
import { noticeText, type StoredNotice } from "@/lib/notifications/notice-text";

export const zh = makeT(zhCN);
export const english = makeT(en);

/** An inbox message's title and body as a Chinese reader sees them. */
export function zhNotice(n: StoredNotice): { title: string; body: string } {
  return noticeText(n, zh);
}

/** An error's words as a Chinese visitor sees them (an AppError's key translated; every input issue joined). */
export function zhError(e: unknown): string {
  if (!isAppError(e)) return e instanceof Error ? e.message : String(e);
  if (e.issues.length) return [...new Set(e.issues.map((i) => translate(zh, i.key, i.params)))].join("；");
  return translate(zh, e.key, e.params);
}

/** The words a rejected promise's error shows in Chinese; fails the test if it resolves. */
export async function rejectionText(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return zhError(e);
  }
  throw new Error("expected the promise to be rejected");
}

/** A zod issue's words in Chinese, as the action or the browser form shows it (its key with the issue's numbers). */
export function zhIssue(issue: { path: readonly PropertyKey[]; message: string; code?: string } | undefined): string {
  if (!issue) return "";
  const i = issueOf(issue);
  return translate(zh, i.key, i.params);
}
