import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";

/** Marks every unread message of the actor read; nobody else's messages change. */
export async function markAllNotificationsRead(opts: { actor: SessionUser; now: Date }): Promise<{ count: number }> {
  const { actor, now } = opts;
  assertCan(actor.role, "inbox.view");
  const { count } = await getDb().notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } });
  return { count };
}
