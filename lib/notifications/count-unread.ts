import "server-only";
import { getDb } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";

/**
 * Unread messages of the actor, for the header badge on every page: one count on the
 * Notification(userId, readAt) index. Zero for anyone without an inbox (never throws in the layout).
 */
export async function countUnread(opts: { actor: SessionUser | null }): Promise<number> {
  const { actor } = opts;
  if (!actor || !can(actor.role, "inbox.view")) return 0;
  return getDb().notification.count({ where: { userId: actor.id, readAt: null } });
}
