import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listInbox } from "@/lib/notifications/list-inbox";
import { PageHeading } from "@/components/ui/page-heading";
import { InboxList } from "@/components/notifications/inbox-list";
import { ActionButton } from "@/components/notifications/action-button";
import { markAllReadAction, markReadAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("inbox.metaTitle") };
}

const PAGE_LINK = "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-brand-700 hover:bg-brand-50";

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePagePermission("inbox.view", "/inbox");
  const { t, locale } = await getI18n();
  const inbox = await listInbox({ actor, page: (await searchParams).page });
  const { page, pageCount } = inbox;
  return (
    <div className="space-y-6">
      <PageHeading title={t("inbox.heading")} lead={t("inbox.lead")} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        {/* A live region: after marking read, screen readers hear the new count. */}
        <p role="status" className="text-slate-800" data-testid="inbox-summary">
          {t("inbox.summary", { total: inbox.total, unread: inbox.unread })}
        </p>
        {inbox.unread > 0 ? <ActionButton action={markAllReadAction} label={t("inbox.markAllRead")} pendingLabel={t("inbox.working")} primary /> : null}
      </div>
      {inbox.items.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{t("inbox.empty")}</p>
      ) : (
        <InboxList items={inbox.items} t={t} locale={locale} markReadAction={markReadAction} />
      )}
      {pageCount > 1 ? (
        <nav aria-label={t("inbox.pagination")} className="flex flex-wrap items-center gap-3">
          {page > 1 ? (
            <Link href={`/inbox?page=${page - 1}`} rel="prev" className={PAGE_LINK}>
              {t("inbox.prev")}
            </Link>
          ) : null}
          <span aria-current="page" className="text-slate-700">
            {t("inbox.pageOf", { page, pages: pageCount })}
          </span>
          {page < pageCount ? (
            <Link href={`/inbox?page=${page + 1}`} rel="next" className={PAGE_LINK}>
              {t("inbox.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
