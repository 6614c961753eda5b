import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getDb } from "@/lib/db";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "./options";
import { assertCan, can, type Permission, type PublicPermission } from "./permissions";
import type { SessionUser } from "./types";

/**
 * The signed-in user as the database holds them now (once per request): the session cookie only says who
 * signed in. What they act for can change while signed in — a founder's account acts for the company
 * issued to it (统一出件) — and an account removed meanwhile is signed out.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user) return null;
  const row = await getDb().user.findUnique({
    where: { id: session.user.id },
    select: { displayName: true, role: true, enterpriseId: true, departmentId: true },
  });
  return row ? { ...session.user, name: row.displayName, role: row.role, enterpriseId: row.enterpriseId, departmentId: row.departmentId } : null;
});

/** For pages: anonymous → login (then back here); signed in without the permission → 403 page. */
export async function requirePagePermission(permission: Permission, path: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** Who acts under a permission: anyone (maybe nobody signed in) for a public one, a signed-in user otherwise. */
export type ActorFor<P extends Permission> = P extends PublicPermission ? SessionUser | null : SessionUser;

/**
 * For server actions and route handlers: throws AppError (UNAUTHENTICATED / FORBIDDEN). A permission that is not
 * public is never granted to an anonymous visitor, so its actor is a signed-in user (no `!` at the call).
 */
export async function requirePermission<P extends Permission>(permission: P): Promise<ActorFor<P>> {
  const user = await getSessionUser();
  assertCan(user?.role, permission);
  return user as ActorFor<P>;
}
