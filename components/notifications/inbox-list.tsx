import type { Locale, TFunction } from "@/lib/i18n/core";
import type { InboxPage } from "@/lib/notifications/list-inbox";
import { DateTimeText } from "@/components/ui/date-time";
import { ActionButton } from "./action-button";
import { noticeData, noticeText } from "@/lib/notifications/notice-text";
import { MarkData } from "@/components/i18n/mark-data";
import type { FormAction } from "@/lib/actions/types";

/**
 * The inbox list. A message with a link opens through /inbox/[id] (a plain <a>, not a prefetching Link:
 * opening marks it read, and the full load refreshes the header badge).
 */
export function InboxList({ items, t, locale, markReadAction }: { items: InboxPage["items"]; t: TFunction; locale: Locale; markReadAction: FormAction }) {
  return (
    <ul aria-label={t("inbox.listLabel")} className="space-y-3" data-testid="inbox-list">
      {items.map((stored) => {
        const n = { ...stored, ...noticeText(stored, t, locale) };
        const data = noticeData(stored);
        return (
          <li
            key={n.id}
            data-testid="inbox-item"
            data-id={n.id}
            data-unread={n.readAt ? undefined : "true"}
            className={`rounded-lg border bg-white p-4 ${n.readAt ? "border-slate-200" : "border-l-4 border-brand-700"}`}
          >
            <h2 className="text-base font-semibold text-slate-900">
              {!n.readAt ? <span className="mr-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs font-medium text-white">{t("inbox.unreadMark")}</span> : null}
              <MarkData text={n.title} data={data} />
            </h2>
            <p className="mt-1 whitespace-pre-line text-slate-800">
              <MarkData text={n.body} data={data} />
            </p>
            <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
              <span className="text-slate-600">
                <DateTimeText date={n.createdAt} locale={locale} />
              </span>
              {n.link ? (
                <a
                  href={`/inbox/${n.id}`}
                  aria-label={t("inbox.openOf", { title: n.title })}
                  className="inline-flex min-h-10 items-center font-medium text-brand-700 underline"
                >
                  {t("inbox.open")}
                </a>
              ) : null}
              {!n.readAt ? (
                <ActionButton
                  action={markReadAction}
                  fields={{ id: n.id }}
                  label={t("inbox.markRead")}
                  ariaLabel={t("inbox.markReadOf", { title: n.title })}
                  pendingLabel={t("inbox.working")}
                />
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
