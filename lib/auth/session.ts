import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "./options";
import { assertCan, can, type Permission } from "./permissions";
import type { SessionUser } from "./types";

export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  return session?.user ?? null;
}

/** For pages: anonymous → login (then back here); signed in without the permission → 403 page. */
export async function requirePagePermission(permission: Permission, path: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** For server actions and route handlers: throws AppError (UNAUTHENTICATED / FORBIDDEN). */
export async function requirePermission(permission: Permission): Promise<SessionUser | null> {
  const user = await getSessionUser();
  assertCan(user?.role, permission);
  return user;
}
