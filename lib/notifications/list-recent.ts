import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { NOTIFICATION_FIELDS } from "./list-inbox";

/** The actor's own latest in-app messages (no one reads another user's inbox). */
export async function listRecentNotifications({ actor, take = 5 }: { actor: SessionUser; take?: number }) {
  return getDb().notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: NOTIFICATION_FIELDS,
  });
}
