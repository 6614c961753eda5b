import "server-only";
// 容缺受理: a non-key material may be marked "to supplement later" with a deadline; key materials never,
// and never for a restricted-credit enterprise. 珠海方案 三(一)3: 原则上实行容缺受理，允许企业在规定时限内补充提交.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { addWorkingDays, endOfShanghaiDay } from "@/lib/calendar/working-days";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { CREDIT_RESTRICTED, creditRestriction } from "@/lib/supervision/credit-restriction";
import { loadOwnDraftForUpdate } from "./load-draft";
import type { TSetPending } from "./schemas";

/** Working days an applicant has to supplement a pending material (demo rule; localities set their own). */
export const PENDING_WORKING_DAYS = 10;

export async function setPendingMaterial(opts: { actor: SessionUser; now: Date; input: TSetPending }): Promise<{ pending: boolean; deadline: Date | null }> {
  const { actor, now } = opts;
  assertCan(actor.role, "application.submit");
  const { applicationId, documentKey, pending } = opts.input;

  return getDb().$transaction(async (tx) => {
    const app = await loadOwnDraftForUpdate(tx, { actor, applicationId });
    const requirements = app.items.flatMap((i) => i.matter.materials).filter((m) => m.documentKey === documentKey);
    if (!requirements.length) throw new AppError("NOT_FOUND", "domain.applications.errors.material.missing");
    if (!pending) {
      await tx.pendingMaterial.deleteMany({ where: { applicationId, requirementId: { in: requirements.map((r) => r.id) } } });
      return { pending: false, deadline: null };
    }
    const name = requirements[0]!.name;
    if (requirements.some((r) => r.isKey || !r.mayBePending)) throw new AppError("BAD_INPUT", "domain.applications.errors.material.notPendable", { name });
    const credit = await creditRestriction({ db: tx, enterpriseId: app.enterpriseId, now });
    if (credit.restricted) throw new AppError("FORBIDDEN", CREDIT_RESTRICTED, credit.reason ?? {});
    // The deadline counts from now; the window confirms it when accepting (issue 5 restarts it there).
    const deadline = endOfShanghaiDay(addWorkingDays(now, PENDING_WORKING_DAYS, await loadCalendar(tx)));
    for (const r of requirements) {
      await tx.pendingMaterial.upsert({
        where: { applicationId_requirementId: { applicationId, requirementId: r.id } },
        create: { applicationId, requirementId: r.id, deadline },
        update: { deadline, status: "OPEN" },
      });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "material.pending",
      entityType: "Application",
      entityId: applicationId,
      after: { documentKey, deadline: deadline.toISOString() },
      at: now,
    });
    return { pending: true, deadline };
  });
}
