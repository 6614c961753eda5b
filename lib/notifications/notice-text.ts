// An inbox message's words in the reader's locale: its key's ".title" and ".body" with its parameters. Messages
// written before keys (issue 16) were moved to the key "inbox.legacy", their words as its parameters.
import type { MessageKey, TFunction } from "@/lib/i18n/core";

/** A key whose ".title" is in the catalog: the keys notify() accepts. */
// A mapped type, not a distributive conditional over MessageKey: the conditional form collapsed to never once the
// catalogs grew (every notify() call failed to type-check).
export type NoticeKey = { [K in MessageKey]: K extends `${infer P}.title` ? (`${P}.body` extends MessageKey ? P : never) : never }[MessageKey];

export interface StoredNotice {
  key: string;
  params: unknown;
}

export function noticeText(n: StoredNotice, t: TFunction): { title: string; body: string } {
  const params = n.params && typeof n.params === "object" ? (n.params as Record<string, string | number>) : {};
  return { title: t(`${n.key}.title` as MessageKey, params), body: t(`${n.key}.body` as MessageKey, params) };
}
