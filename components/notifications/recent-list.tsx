import Link from "next/link";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { DateTimeText } from "@/components/ui/date-time";
import { noticeData, noticeText } from "@/lib/notifications/notice-text";
import { MarkData } from "@/components/i18n/mark-data";
import type { listRecentNotifications } from "@/lib/notifications/list-recent";

type Item = Awaited<ReturnType<typeof listRecentNotifications>>[number];

export function RecentNotifications({ items, t, locale }: { items: Item[]; t: TFunction; locale: Locale }) {
  return (
    <section aria-labelledby="inbox-heading">
      <h2 id="inbox-heading" className="mb-2 text-lg font-semibold">
        {t("scope.inboxHeading")}
      </h2>
      {items.length === 0 ? (
        <p className="text-slate-700">{t("scope.inboxEmpty")}</p>
      ) : (
        <ul className="space-y-2" data-testid="inbox">
          {items.map((stored) => {
            const n = { ...stored, ...noticeText(stored, t, locale) };
            const data = noticeData(stored);
            return (
              <li key={n.id} className="rounded-lg border border-slate-200 bg-white p-3">
                <p className="font-medium">
                  {!n.readAt ? <span className="mr-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs text-white">{t("scope.unreadMark")}</span> : null}
                  {/* Through /inbox/[id]: opening a message marks it read (a plain <a>, so nothing prefetches it). */}
                  {n.link ? (
                    <a href={`/inbox/${n.id}`} className="text-brand-700 underline">
                      <MarkData text={n.title} data={data} />
                    </a>
                  ) : (
                    <MarkData text={n.title} data={data} />
                  )}
                </p>
                <p className="mt-1 text-sm text-slate-700">
                  <MarkData text={n.body} data={data} />
                </p>
                <p className="mt-1 text-xs text-slate-600">
                  <DateTimeText date={n.createdAt} locale={locale} />
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-2">
        <Link href="/inbox" className="text-brand-700 underline">
          {t("inbox.viewAll")}
        </Link>
      </p>
    </section>
  );
}
