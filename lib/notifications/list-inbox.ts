import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { ZInboxPage } from "./schemas";
import type { StoredNotice } from "./notice-text";

export const INBOX_PAGE_SIZE = 20;

/** What a message shows; shared with the landing pages' recent list so both read the same fields. */
export const NOTIFICATION_FIELDS = { id: true, key: true, params: true, link: true, readAt: true, createdAt: true } as const;

export interface InboxPage {
  /** The stored message: render its words with noticeText() in the reader's locale. */
  items: (StoredNotice & { id: string; link: string | null; readAt: Date | null; createdAt: Date })[];
  unread: number;
  total: number;
  page: number;
  pageCount: number;
}

/** The actor's own inbox, newest first, one page at a time, with the unread count. */
export async function listInbox(opts: { actor: SessionUser; page?: unknown }): Promise<InboxPage> {
  const { actor } = opts;
  assertCan(actor.role, "inbox.view");
  const db = getDb();
  const own = { userId: actor.id };
  const [total, unread] = await Promise.all([db.notification.count({ where: own }), db.notification.count({ where: { ...own, readAt: null } })]);
  const pageCount = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  // A page past the end (e.g. an old bookmark after messages were read elsewhere) shows the last page.
  const page = Math.min(ZInboxPage.parse(opts.page), pageCount);
  const items = await db.notification.findMany({
    where: own,
    // id breaks ties between messages written in the same instant, so paging never repeats or skips one.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * INBOX_PAGE_SIZE,
    take: INBOX_PAGE_SIZE,
    select: NOTIFICATION_FIELDS,
  });
  return { items, unread, total, page, pageCount };
}
