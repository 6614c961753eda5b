import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import type { TMarkRead } from "./schemas";

/**
 * Marks one of the actor's own messages read (again is harmless: the first read time stays).
 * Someone else's message answers NOT_FOUND, exactly as a missing one, so ids reveal nothing.
 * Returns the message's link so that opening it can continue there.
 */
export async function markNotificationRead(opts: { actor: SessionUser; now: Date; input: TMarkRead }): Promise<{ link: string | null }> {
  const { actor, now } = opts;
  assertCan(actor.role, "inbox.view");
  const own = { id: opts.input.id, userId: actor.id };
  const db = getDb();
  await db.notification.updateMany({ where: { ...own, readAt: null }, data: { readAt: now } });
  const note = await db.notification.findFirst({ where: own, select: { link: true } });
  if (!note) throw new AppError("NOT_FOUND", "domain.notifications.errors.notFound");
  return { link: note.link };
}
