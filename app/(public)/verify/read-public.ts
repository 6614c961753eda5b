import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";

type PublicRead<T> = (who: { actor: Awaited<ReturnType<typeof getSessionUser>>; now: Date }) => Promise<T>;

/**
 * A public verification read for this request (visitor, now), or null when nothing answers to the code:
 * the pages turn null into a 404 (verify/not-found.tsx) and their metadata into the not-found title.
 */
export function readPublic<T>(read: PublicRead<T>): Promise<T | null> {
  return getSessionUser()
    .then((actor) => read({ actor, now: new Date() }))
    .catch((e: unknown) => {
      if (isAppError(e) && e.code === "NOT_FOUND") return null;
      throw e;
    });
}
