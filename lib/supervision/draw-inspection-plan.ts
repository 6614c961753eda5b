import "server-only";
// 双随机: drawing a plan. In one transaction, once (conditional on not yet drawn): the targets — active
// enterprises holding a valid licence of the plan's matters — with their credit grade now; a fresh random
// seed; the department's qualified inspectors and their declared conflicts; the draw (draw.ts); one
// Inspection per drawn enterprise with its inspectors. The seed, the snapshot and its hash, the pool and
// the conflict pairs are stored with the plan and published (/public/inspections), so anyone can recompute
// the same draw (`npm run verify-draw`).
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { loadCreditAssessments } from "./credit-restriction";
import { DRAW_ALGORITHM, draw, snapshotText, type DrawTarget } from "./draw";
import { PER_INSPECTION, type TPlanId } from "./inspection-schemas";
import { isoDay } from "@/lib/calendar/dates";

export interface DrawSummary {
  targets: number;
  drawn: number;
  unstaffed: string[];
  seed: string;
  snapshotHash: string;
}

export async function drawInspectionPlan(opts: { actor: SessionUser; now: Date; input: TPlanId }): Promise<DrawSummary> {
  const { actor, now } = opts;
  assertCan(actor.role, "supervision.manage");
  const { planId } = opts.input;

  return getDb().$transaction(
    async (tx) => {
      const plan = await tx.inspectionPlan.findUnique({ where: { id: planId } });
      if (!plan) throw new AppError("NOT_FOUND", "domain.supervision.errors.plan.notFound");
      // Claim the plan first: of two regulators pressing "draw", one draws.
      const claimed = await tx.inspectionPlan.updateMany({ where: { id: planId, drawnAt: null }, data: { drawnAt: now, drawnById: actor.id } });
      if (claimed.count !== 1) throw new AppError("CONFLICT", "domain.supervision.errors.plan.alreadyDrawn");

      // The targets by one filter, used again (not as a list of ids: 100,000 ids exceed a query's parameters).
      const isTarget = {
        status: "ACTIVE",
        licences: { some: { status: "VALID", matter: { code: { in: plan.matterCodes } } } },
      } satisfies Prisma.EnterpriseWhereInput;
      const enterprises = await tx.enterprise.findMany({ where: isTarget, select: { id: true, uscc: true } });
      const grades = await loadCreditAssessments({ db: tx, enterprises: { enterprise: isTarget }, now });
      const targets: DrawTarget[] = enterprises.map((e) => ({ uscc: e.uscc, grade: grades.get(e.id)?.grade ?? "A" }));
      const pool = await tx.user.findMany({
        where: { departmentId: plan.departmentId, role: "DEPT_OFFICER", inspectorQualified: true },
        select: { id: true },
        orderBy: { id: "asc" },
      });
      const conflictRows = await tx.inspectorConflict.findMany({
        where: { userId: { in: pool.map((p) => p.id) }, enterprise: isTarget },
        select: { userId: true, enterprise: { select: { uscc: true } } },
      });
      const conflicts = new Map<string, Set<string>>();
      for (const c of conflictRows) conflicts.set(c.enterprise.uscc, (conflicts.get(c.enterprise.uscc) ?? new Set()).add(c.userId));

      const seed = randomBytes(32).toString("hex");
      const result = draw({
        seed,
        targets,
        ratios: { A: plan.ratioA, B: plan.ratioB, C: plan.ratioC, D: plan.ratioD },
        inspectors: pool.map((p) => p.id),
        conflicts,
        perInspection: PER_INSPECTION,
      });
      // Bulk inserts: a plan over 100,000 targets draws thousands (draw-inspection bench).
      const idByUscc = new Map(enterprises.map((e) => [e.uscc, e.id]));
      await tx.inspection.createMany({ data: result.drawn.map((d) => ({ planId, enterpriseId: idByUscc.get(d.uscc)!, grade: d.grade, createdAt: now })) });
      const inspectionIds = new Map(
        (await tx.inspection.findMany({ where: { planId }, select: { id: true, enterpriseId: true } })).map((i) => [i.enterpriseId, i.id]),
      );
      await tx.inspectionInspector.createMany({
        data: result.drawn.flatMap((d) => d.inspectors.map((userId) => ({ inspectionId: inspectionIds.get(idByUscc.get(d.uscc)!)!, userId }))),
      });
      await tx.inspectionPlan.update({
        where: { id: planId },
        data: {
          algorithm: DRAW_ALGORITHM,
          seed,
          snapshot: snapshotText(targets),
          snapshotHash: result.snapshotHash,
          targetCount: targets.length,
          pool: pool.map((p) => p.id),
          conflicts: conflictRows.map((c) => [c.enterprise.uscc, c.userId]).sort() as Prisma.InputJsonValue,
        },
      });
      await notify(tx, {
        to: { users: [...new Set(result.drawn.flatMap((d) => d.inspectors))] },
        key: "domain.supervision.notices.inspectionAssigned",
        params: { plan: plan.name, periodEnd: isoDay(plan.periodEnd) },
        link: "/dept/inspections",
        now,
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "inspectionPlan.draw",
        entityType: "InspectionPlan",
        entityId: planId,
        after: { seed, snapshotHash: result.snapshotHash, targets: targets.length, drawn: result.drawn.length, unstaffed: result.unstaffed },
        at: now,
      });
      return { targets: targets.length, drawn: result.drawn.length, unstaffed: result.unstaffed, seed, snapshotHash: result.snapshotHash };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
