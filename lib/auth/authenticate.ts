// Credentials check with lockout after repeated failures. Used by the next-auth credentials provider.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit";
import { verifyPassword } from "./password";
import { ZLogin } from "./schemas";
import type { SessionUser } from "./types";

export type LoginResult = { ok: true; user: SessionUser } | { ok: false; reason: "INVALID" } | { ok: false; reason: "LOCKED"; minutes: number };

export interface AuthenticateOptions {
  db: PrismaClient;
  username: unknown;
  password: unknown;
  now: Date;
  maxFailures: number;
  lockMinutes: number;
}

// A real bcrypt hash of a random string: unknown usernames cost the same time as wrong passwords.
const DUMMY_HASH = "$2b$10$MwS4z8BWiTbB0PJNWJmLge012S3I/rf67.dKgdc3QrJP./tHKJziG";

export async function authenticate(opts: AuthenticateOptions): Promise<LoginResult> {
  const { db, now, maxFailures, lockMinutes } = opts;
  const parsed = ZLogin.safeParse({ username: opts.username, password: opts.password });
  if (!parsed.success) return { ok: false, reason: "INVALID" };
  const { username, password } = parsed.data;

  const user = await db.user.findUnique({ where: { username } });
  if (!user) {
    await verifyPassword(password, DUMMY_HASH);
    return { ok: false, reason: "INVALID" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    return { ok: false, reason: "LOCKED", minutes: Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000) };
  }

  if (await verifyPassword(password, user.passwordHash)) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
      await writeAudit(tx, { actorId: user.id, action: "auth.login", entityType: "User", entityId: user.id, at: now });
    });
    return {
      ok: true,
      user: {
        id: user.id,
        username: user.username,
        name: user.displayName,
        role: user.role,
        enterpriseId: user.enterpriseId,
        departmentId: user.departmentId,
      },
    };
  }

  return db.$transaction(async (tx) => {
    // An expired lock starts a fresh count; the increment is atomic so parallel attempts all count.
    if (user.lockedUntil) await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
    const counted = await tx.user.update({ where: { id: user.id }, data: { failedLogins: { increment: 1 } } });
    if (counted.failedLogins < maxFailures) return { ok: false, reason: "INVALID" } as const;
    const lockedUntil = new Date(now.getTime() + lockMinutes * 60_000);
    await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil } });
    await writeAudit(tx, {
      actorId: null,
      action: "auth.lock",
      entityType: "User",
      entityId: user.id,
      after: { lockedUntil: lockedUntil.toISOString(), failures: counted.failedLogins },
      at: now,
    });
    return { ok: false, reason: "LOCKED", minutes: lockMinutes } as const;
  });
}
