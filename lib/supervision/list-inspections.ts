import "server-only";
// Reading 双随机 plans: the regulator's list and plan page, the inspector's own tasks, and the public page
// (一公开) with everything needed to recompute the draw. Public views mask inspectors' names.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { shanghaiDay, isoDay } from "@/lib/calendar/dates";
import { maskName } from "@/lib/ids/resident-id";
import type { InspectionResult } from "@/lib/generated/prisma/enums";
import { DRAW_ALGORITHM, type DrawGrade } from "./draw";
import { PER_INSPECTION } from "./inspection-schemas";
import type { DrawFile } from "./draw-file";

export interface PlanRow {
  id: string;
  name: string;
  department: string;
  matterCodes: string[];
  periodStart: string;
  periodEnd: string;
  publishBy: string;
  ratios: Record<DrawGrade, number>;
  drawnAt: Date | null;
  targetCount: number | null;
  inspections: number;
  recorded: number;
  /** Past the publication day with results still missing (一公开 overdue). */
  overdue: boolean;
}

const planSelect = {
  id: true,
  name: true,
  matterCodes: true,
  periodStart: true,
  periodEnd: true,
  publishBy: true,
  ratioA: true,
  ratioB: true,
  ratioC: true,
  ratioD: true,
  drawnAt: true,
  targetCount: true,
  department: { select: { name: true } },
  inspections: { select: { result: true } },
} as const;

type PlanRecord = {
  id: string;
  name: string;
  matterCodes: string[];
  periodStart: Date;
  periodEnd: Date;
  publishBy: Date;
  ratioA: number;
  ratioB: number;
  ratioC: number;
  ratioD: number;
  drawnAt: Date | null;
  targetCount: number | null;
  department: { name: string };
  inspections: { result: InspectionResult }[];
};

function toPlanRow(p: PlanRecord, now: Date): PlanRow {
  const recorded = p.inspections.filter((i) => i.result !== "PENDING").length;
  return {
    id: p.id,
    name: p.name,
    department: p.department.name,
    matterCodes: p.matterCodes,
    periodStart: isoDay(p.periodStart),
    periodEnd: isoDay(p.periodEnd),
    publishBy: isoDay(p.publishBy),
    ratios: { A: p.ratioA, B: p.ratioB, C: p.ratioC, D: p.ratioD },
    drawnAt: p.drawnAt,
    targetCount: p.targetCount,
    inspections: p.inspections.length,
    recorded,
    overdue: p.drawnAt !== null && recorded < p.inspections.length && isoDay(p.publishBy) < shanghaiDay(now),
  };
}

export async function listInspectionPlans(opts: { actor: SessionUser; now: Date }): Promise<PlanRow[]> {
  assertCan(opts.actor.role, "supervision.manage");
  const plans = await getDb().inspectionPlan.findMany({ orderBy: { createdAt: "desc" }, take: 100, select: planSelect });
  return plans.map((p) => toPlanRow(p, opts.now));
}

export interface PlanInspection {
  id: string;
  enterpriseName: string;
  uscc: string;
  grade: string;
  inspectors: string[];
  result: InspectionResult;
  findings: string;
  inspectedAt: Date | null;
}

export interface PlanDetail extends PlanRow {
  seed: string | null;
  snapshotHash: string | null;
  algorithm: string | null;
  inspectionsList: PlanInspection[];
}

async function planDetail(planId: string, now: Date, names: (n: string) => string, onlyDrawn: boolean): Promise<PlanDetail> {
  const p = await getDb().inspectionPlan.findUnique({
    where: { id: planId },
    select: {
      ...planSelect,
      seed: true,
      snapshotHash: true,
      algorithm: true,
      inspections: {
        orderBy: { enterprise: { uscc: "asc" } },
        select: {
          id: true,
          grade: true,
          result: true,
          findings: true,
          inspectedAt: true,
          enterprise: { select: { name: true, uscc: true } },
          inspectors: { select: { user: { select: { displayName: true } } } },
        },
      },
    },
  });
  if (!p || (onlyDrawn && !p.drawnAt)) throw new AppError("NOT_FOUND", "domain.supervision.errors.plan.notFound");
  return {
    ...toPlanRow(p, now),
    seed: p.seed,
    snapshotHash: p.snapshotHash,
    algorithm: p.algorithm,
    inspectionsList: p.inspections.map((i) => ({
      id: i.id,
      enterpriseName: i.enterprise.name,
      uscc: i.enterprise.uscc,
      grade: i.grade,
      inspectors: i.inspectors.map((x) => names(x.user.displayName)).sort(),
      result: i.result,
      findings: i.findings,
      inspectedAt: i.inspectedAt,
    })),
  };
}

export async function getInspectionPlan(opts: { actor: SessionUser; now: Date; planId: string }): Promise<PlanDetail> {
  assertCan(opts.actor.role, "supervision.manage");
  return planDetail(opts.planId, opts.now, (n) => n, false);
}

/** 一公开: drawn plans only, inspectors' names masked (周*). Anyone may look. */
export async function getPublicInspectionPlan(opts: { actor: SessionUser | null; now: Date; planId: string }): Promise<PlanDetail> {
  assertCan(opts.actor?.role ?? null, "catalog.view");
  return planDetail(opts.planId, opts.now, (n) => maskName(n.replace(/（.*$/, "")), true);
}

export async function listPublicInspectionPlans(opts: { actor: SessionUser | null; now: Date }): Promise<PlanRow[]> {
  assertCan(opts.actor?.role ?? null, "catalog.view");
  const plans = await getDb().inspectionPlan.findMany({ where: { drawnAt: { not: null } }, orderBy: { drawnAt: "desc" }, take: 100, select: planSelect });
  return plans.map((p) => toPlanRow(p, opts.now));
}

/** The published draw file (lib/supervision/draw-file.ts shape): all anyone needs to recompute the draw. */
export async function getDrawFile(opts: { actor: SessionUser | null; planId: string }): Promise<DrawFile> {
  assertCan(opts.actor?.role ?? null, "catalog.view");
  const p = await getDb().inspectionPlan.findUnique({
    where: { id: opts.planId },
    select: {
      id: true,
      name: true,
      algorithm: true,
      seed: true,
      snapshotHash: true,
      snapshot: true,
      ratioA: true,
      ratioB: true,
      ratioC: true,
      ratioD: true,
      pool: true,
      conflicts: true,
      drawnAt: true,
      inspections: { select: { grade: true, enterprise: { select: { uscc: true } }, inspectors: { select: { userId: true } } } },
    },
  });
  if (!p?.drawnAt || !p.seed || !p.snapshotHash) throw new AppError("NOT_FOUND", "domain.supervision.errors.plan.notDrawn");
  return {
    algorithm: p.algorithm ?? DRAW_ALGORITHM,
    planId: p.id,
    planName: p.name,
    seed: p.seed,
    snapshotHash: p.snapshotHash,
    snapshot: p.snapshot ?? "",
    ratios: { A: p.ratioA, B: p.ratioB, C: p.ratioC, D: p.ratioD },
    perInspection: PER_INSPECTION,
    pool: (p.pool as string[] | null) ?? [],
    conflicts: (p.conflicts as [string, string][] | null) ?? [],
    drawn: p.inspections.map((i) => ({ uscc: i.enterprise.uscc, grade: i.grade as DrawGrade, inspectors: i.inspectors.map((x) => x.userId) })),
  };
}

export interface MyInspection {
  id: string;
  plan: string;
  periodEnd: string;
  enterpriseName: string;
  uscc: string;
  address: string;
  partners: string[];
  result: InspectionResult;
  findings: string;
}

/** The inspector's own drawn inspections, pending first. */
export async function listMyInspections(opts: { actor: SessionUser }): Promise<MyInspection[]> {
  assertCan(opts.actor.role, "verification.record");
  const rows = await getDb().inspection.findMany({
    where: { inspectors: { some: { userId: opts.actor.id } } },
    orderBy: [{ result: "asc" }, { createdAt: "desc" }],
    take: 200,
    select: {
      id: true,
      result: true,
      findings: true,
      plan: { select: { name: true, periodEnd: true } },
      enterprise: { select: { name: true, uscc: true, address: true } },
      inspectors: { select: { user: { select: { id: true, displayName: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    plan: r.plan.name,
    periodEnd: isoDay(r.plan.periodEnd),
    enterpriseName: r.enterprise.name,
    uscc: r.enterprise.uscc,
    address: r.enterprise.address,
    partners: r.inspectors.filter((x) => x.user.id !== opts.actor.id).map((x) => x.user.displayName),
    result: r.result,
    findings: r.findings,
  }));
}

/** The choices of the plan form: departments with the matters they license. */
export async function planOptions(opts: { actor: SessionUser }): Promise<{ code: string; name: string; matters: { code: string; name: string }[] }[]> {
  assertCan(opts.actor.role, "supervision.manage");
  const departments = await getDb().department.findMany({
    orderBy: { code: "asc" },
    select: { code: true, name: true, matters: { where: { kind: "PERMIT", isActive: true }, orderBy: { code: "asc" }, select: { code: true, name: true } } },
  });
  return departments.filter((d) => d.matters.length > 0);
}
