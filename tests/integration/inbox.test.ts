// The in-app inbox against the real database: everyone reads and marks only their own messages.
import { zhNotice } from "../support/messages";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { AppError, parseInput } from "@/lib/errors";
import { ZMarkRead } from "@/lib/notifications/schemas";
import { INBOX_PAGE_SIZE, listInbox } from "@/lib/notifications/list-inbox";
import { countUnread } from "@/lib/notifications/count-unread";
import { markNotificationRead } from "@/lib/notifications/mark-read";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-read";
import { sessionUserOf } from "../factories";

const T0 = new Date("2026-11-23T02:00:00Z");
const NOW = new Date("2026-11-24T02:00:00Z");
let me: SessionUser;
let other: SessionUser;

/** `count` messages for `user`, one minute apart (the last is the newest); `read` ones already read. */
async function makeMessages(user: SessionUser, count: number, opts: { read?: number; tag: string }) {
  const db = getDb();
  const rows = [];
  for (let i = 0; i < count; i++) {
    rows.push(
      await db.notification.create({
        data: {
          userId: user.id,
          key: "inbox.legacy",
          params: { title: `${opts.tag} 第${i + 1}条`, body: "测试消息" },
          link: i === 0 ? "/guide" : null,
          readAt: i < (opts.read ?? 0) ? T0 : null,
          createdAt: new Date(T0.getTime() + i * 60_000),
        },
      }),
    );
  }
  return rows;
}

async function expectAppError(p: Promise<unknown>, code: AppError["code"]) {
  await expect(p).rejects.toSatisfy((e) => e instanceof AppError && e.code === code);
}

beforeAll(async () => {
  // This file has its own copy of the seeded database; the seed writes no messages for these users.
  me = await sessionUserOf("applicant");
  other = await sessionUserOf("window");
  expect(await getDb().notification.count({ where: { userId: { in: [me.id, other.id] } } })).toBe(0);
});

describe("inbox", () => {
  it("lists only the actor's own messages, newest first, paged, with the unread count", async () => {
    const mine = await makeMessages(me, INBOX_PAGE_SIZE + 5, { read: 3, tag: "我的" });
    await makeMessages(other, 2, { tag: "别人的" });

    const first = await listInbox({ actor: me });
    expect(first).toMatchObject({ total: INBOX_PAGE_SIZE + 5, unread: INBOX_PAGE_SIZE + 2, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(INBOX_PAGE_SIZE);
    expect(first.items[0]!.id).toBe(mine.at(-1)!.id);
    const times = first.items.map((n) => n.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const second = await listInbox({ actor: me, page: "2" });
    expect(second.items.map((n) => n.id)).toEqual(
      mine
        .slice(0, 5)
        .reverse()
        .map((n) => n.id),
    );
    expect(second.items.every((n) => zhNotice(n).title.startsWith("我的"))).toBe(true);
    // Nonsense or a page past the end never fails: first page, last page.
    expect((await listInbox({ actor: me, page: "abc" })).page).toBe(1);
    expect((await listInbox({ actor: me, page: 99 })).page).toBe(2);

    expect(await countUnread({ actor: me })).toBe(INBOX_PAGE_SIZE + 2);
    expect(await countUnread({ actor: other })).toBe(2);
    expect(await countUnread({ actor: null })).toBe(0);
  });

  it("marks one own message read and returns its link; another user's message is NOT_FOUND and stays unread", async () => {
    const db = getDb();
    const [withLink] = await makeMessages(me, 1, { tag: "可打开" });
    const [theirs] = await makeMessages(other, 1, { tag: "他人" });
    const unreadBefore = await countUnread({ actor: me });

    await expectAppError(markNotificationRead({ actor: me, now: NOW, input: { id: theirs!.id } }), "NOT_FOUND");
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs!.id } })).readAt).toBeNull();
    await expectAppError(markNotificationRead({ actor: me, now: NOW, input: { id: "no-such-message" } }), "NOT_FOUND");
    // As the action and the /inbox/[id] route do it: the schema parses the id, then the domain acts.
    await expectAppError(
      Promise.resolve().then(() => markNotificationRead({ actor: me, now: NOW, input: parseInput(ZMarkRead, { id: "" }) })),
      "BAD_INPUT",
    );

    expect(await markNotificationRead({ actor: me, now: NOW, input: { id: withLink!.id } })).toEqual({ link: "/guide" });
    expect((await db.notification.findUniqueOrThrow({ where: { id: withLink!.id } })).readAt).toEqual(NOW);
    expect(await countUnread({ actor: me })).toBe(unreadBefore - 1);

    // Opening it again keeps the first read time.
    const later = new Date(NOW.getTime() + 3_600_000);
    await markNotificationRead({ actor: me, now: later, input: { id: withLink!.id } });
    expect((await db.notification.findUniqueOrThrow({ where: { id: withLink!.id } })).readAt).toEqual(NOW);
  });

  it("marks all of the actor's messages read and nobody else's", async () => {
    const db = getDb();
    await makeMessages(me, 3, { tag: "全部已读" });
    await makeMessages(other, 3, { tag: "不受影响" });
    const otherUnread = await countUnread({ actor: other });
    expect(otherUnread).toBeGreaterThan(0);
    const mineUnread = await countUnread({ actor: me });

    expect(await markAllNotificationsRead({ actor: me, now: NOW })).toEqual({ count: mineUnread });
    expect(await countUnread({ actor: me })).toBe(0);
    expect((await listInbox({ actor: me })).unread).toBe(0);
    expect(await countUnread({ actor: other })).toBe(otherUnread);
    expect(await db.notification.count({ where: { userId: other.id, readAt: { not: null } } })).toBe(0);
    // Nothing left to mark: a harmless no-op.
    expect(await markAllNotificationsRead({ actor: me, now: NOW })).toEqual({ count: 0 });
  });
});
