// The "results issued" inbox message (统一出件): one line per matter — what was issued (the licence kind and its
// number) or why not. Stored as parameters, not as a Chinese sentence: `items` holds each line's facts (the matter's
// code and Chinese name, the licence kind, the number, the department's own reason), so the reader's locale can
// word every line (the kind words from the catalog, the matter named through lib/i18n/data); `lines` holds the
// same lines already worded in Chinese, which the catalog body shows as it is today. Pure: usable anywhere.
import type { LicenceKind } from "@/lib/generated/prisma/enums";
import type { Locale, MessageKey, TFunction } from "@/lib/i18n/core";
import { dataName } from "@/lib/i18n/data";

export type IssuedLine =
  /** Issued: a business licence, a permit or a filing receipt, with its number. */
  | { line: "issued"; matterCode: string; matter: string; kind: LicenceKind; number: string }
  /** Refused by its department: the department's own reason (as the officer wrote it), or none given. */
  | { line: "rejected"; matterCode: string; matter: string; reason: string | null }
  /** Approved, but a new company's business licence was not: no holder to issue it to. */
  | { line: "noHolder"; matterCode: string; matter: string };

const LINE = "domain.approvals.notices.issuedLines";

/** The words for a matter refused for want of a holder (also stored as the item's decision reason, in Chinese). */
export const NO_HOLDER_KEY = `${LINE}.noHolder` satisfies MessageKey;

/** The lines in one locale, one per line of the body. */
export function issuedLinesText(items: readonly IssuedLine[], t: TFunction, locale: Locale): string {
  return items
    .map((i) => {
      const matter = dataName("matter", i.matterCode, i.matter, locale);
      if (i.line === "issued") return t(`${LINE}.issued`, { matter, kind: t(`window.licenceKind.${i.kind}`), number: i.number });
      const reason = i.line === "noHolder" ? t(NO_HOLDER_KEY) : (i.reason ?? t(`${LINE}.notGranted`));
      return t(`${LINE}.rejected`, { matter, reason });
    })
    .join("\n");
}

/** The notice's key and parameters for notify(); `zh` is the Chinese catalog's t (the stored `lines`). */
export function issuedNotice(
  items: readonly IssuedLine[],
  zh: TFunction,
): {
  key: "domain.approvals.notices.issued" | "domain.approvals.notices.issuedWithRejected";
  params: Record<string, string | number>;
} {
  const count = items.filter((i) => i.line === "issued").length;
  const rejected = items.length - count;
  const params = { count, lines: issuedLinesText(items, zh, "zh-CN"), items: JSON.stringify(items) };
  return rejected
    ? { key: "domain.approvals.notices.issuedWithRejected", params: { ...params, rejected } }
    : { key: "domain.approvals.notices.issued", params };
}

/**
 * A stored issued notice's parameters for the reader: `lines` worded again in the reader's locale from `items`
 * (for noticeText; any other notice, or one stored before `items`, is returned unchanged).
 */
export function issuedNoticeParams(key: string, params: Record<string, string | number>, t: TFunction, locale: Locale): Record<string, string | number> {
  if ((key !== "domain.approvals.notices.issued" && key !== "domain.approvals.notices.issuedWithRejected") || typeof params.items !== "string") return params;
  try {
    return { ...params, lines: issuedLinesText(JSON.parse(params.items) as IssuedLine[], t, locale) };
  } catch {
    return params;
  }
}
