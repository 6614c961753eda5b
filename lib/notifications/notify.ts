import "server-only";
// THE way to tell people something in their inbox: a catalog key (its ".title" and ".body" are the words,
// lib/i18n/messages/*/domain/<folder>.ts "notices") with parameters, to recipients named by what they are —
// not by a hand-written user query. Runs inside the use case's transaction, so a message exists exactly when
// the change it tells of was committed. The words are rendered when read, in the reader's locale.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { MessageParams } from "@/lib/errors";
import type { NoticeKey } from "./notice-text";

export type Recipient =
  /** Named accounts. */
  | { users: readonly string[] }
  /** Every account of a role (e.g. all window officers, all regulators). */
  | { role: Extract<Role, "WINDOW_OFFICER" | "REGULATOR" | "ADMIN"> }
  /** The officers of these departments. */
  | { departments: readonly string[] }
  /** The accounts that act for these enterprises. */
  | { enterprises: readonly string[] };

function whereOf(r: Recipient): Prisma.UserWhereInput | null {
  if ("users" in r) return r.users.length ? { id: { in: [...r.users] } } : null;
  if ("role" in r) return { role: r.role };
  if ("departments" in r) return r.departments.length ? { role: "DEPT_OFFICER", departmentId: { in: [...r.departments] } } : null;
  return r.enterprises.length ? { enterpriseId: { in: [...r.enterprises] } } : null;
}

/** Writes one message per distinct recipient; returns how many were written. */
export async function notify(
  tx: Prisma.TransactionClient,
  opts: { to: Recipient | readonly Recipient[]; key: NoticeKey; params?: MessageParams; link?: string | null; now: Date },
): Promise<number> {
  const where = (Array.isArray(opts.to) ? opts.to : [opts.to]).map(whereOf).filter((w): w is Prisma.UserWhereInput => w !== null);
  if (!where.length) return 0;
  const users = await tx.user.findMany({ where: { OR: where }, select: { id: true } });
  if (!users.length) return 0;
  const { count } = await tx.notification.createMany({
    data: users.map((u) => ({ userId: u.id, key: opts.key, params: opts.params ?? {}, link: opts.link ?? null, createdAt: opts.now })),
  });
  return count;
}
