import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

export type DeskSummary = Record<"SUBMITTED" | "RETURNED" | "ACCEPTED" | "DECIDED" | "ISSUED", number>;

/** The window's queue sizes (drafts are the applicant's own business and are not counted). */
export async function getDeskSummary({ actor }: { actor: SessionUser }): Promise<DeskSummary> {
  assertCan(actor.role, "desk.view");
  const statuses = ["SUBMITTED", "RETURNED", "ACCEPTED", "DECIDED", "ISSUED"] as const satisfies readonly ApplicationStatus[];
  const grouped = await getDb().application.groupBy({
    by: ["status"],
    where: { status: { in: [...statuses] } },
    _count: { _all: true },
  });
  const summary = Object.fromEntries(statuses.map((s) => [s, 0])) as DeskSummary;
  for (const row of grouped) summary[row.status as keyof DeskSummary] = row._count._all;
  return summary;
}
