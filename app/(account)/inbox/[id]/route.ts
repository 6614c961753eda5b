// Opening a message: marks it read, then continues to the message's own link. Only a path inside the
// portal is followed (never an external URL, whatever a message row says); otherwise back to the inbox.
import { notFound, redirect } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { isAppError, parseInput } from "@/lib/errors";
import { markNotificationRead } from "@/lib/notifications/mark-read";
import { ZMarkRead } from "@/lib/notifications/schemas";

export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  const actor = await requirePagePermission("inbox.view", `/inbox/${encodeURIComponent(id)}`);
  let link: string | null;
  try {
    // A route handler is a true edge: the id from the path is parsed here.
    ({ link } = await markNotificationRead({ actor, now: new Date(), input: parseInput(ZMarkRead, { id }) }));
  } catch (e) {
    // Someone else's message and a missing one look the same.
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "BAD_INPUT")) notFound();
    throw e;
  }
  redirect(safeCallbackUrl(link) ?? "/inbox");
}
