// An inbox message's words in the reader's locale: its key's ".title" and ".body" with its parameters. Messages
// written before keys (issue 16) were moved to the key "inbox.legacy", their words as its parameters.
// The parameters are stored as the domain had them (catalog names in Chinese, the issued notice's lines as
// facts); they are put in the reader's locale here, just before the words are filled in.
import type { Locale, MessageKey, TFunction } from "@/lib/i18n/core";
import { localizeNoticeParams } from "@/lib/i18n/data/notice-params";
import { issuedNoticeParams } from "./issued-notice";

/** A key whose ".title" is in the catalog: the keys notify() accepts. */
// A mapped type, not a distributive conditional over MessageKey: the conditional form collapsed to never once the
// catalogs grew (every notify() call failed to type-check).
export type NoticeKey = { [K in MessageKey]: K extends `${infer P}.title` ? (`${P}.body` extends MessageKey ? P : never) : never }[MessageKey];

export interface StoredNotice {
  key: string;
  params: unknown;
}

/** The stored parameters' values: the data a message quotes (names, notes, file names), for marking its language. */
export function noticeData(n: StoredNotice): string[] {
  const stored = n.params && typeof n.params === "object" ? Object.values(n.params as Record<string, unknown>) : [];
  return stored.filter((v): v is string => typeof v === "string");
}

export function noticeText(n: StoredNotice, t: TFunction, locale: Locale = "zh-CN"): { title: string; body: string } {
  const stored = n.params && typeof n.params === "object" ? (n.params as Record<string, string | number>) : {};
  const params = issuedNoticeParams(n.key, localizeNoticeParams(stored, locale), t, locale);
  return { title: t(`${n.key}.title` as MessageKey, params), body: t(`${n.key}.body` as MessageKey, params) };
}
