import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveFilters } from "./filters";
import { loadFilterOptions } from "./get-dashboard";
import { dayRange } from "./period";
import { matterWhere, unitWhere } from "./scope";
import { overdueApplicationIds } from "./count-overdue";
import { ZDrillMetric, ZPage, param, type TDrillMetric, type TMetricFilters } from "./schemas";
import { AppError } from "@/lib/errors";

export const DRILL_PAGE_SIZE = 50;

export interface DrillRow {
  id: string;
  submittedAt: Date;
  status: ApplicationStatus;
  /** The enterprise (or the name being registered), its USCC when it exists. */
  holder: string;
  uscc: string | null;
  matters: string[];
  workingDaysTaken: number | null;
  returnCount: number;
}

export interface DrillPage {
  metric: TDrillMetric;
  filters: TMetricFilters;
  problems: string[];
  page: number;
  rows: DrillRow[];
  hasNext: boolean;
}

const DECIDED = ["APPROVED", "REJECTED"] as const;

/**
 * The applications behind a dashboard number: the same filters, the same definitions (lib/metrics/
 * definitions.ts), read live and newest first, one page at a time (no total count: the dashboard shows it).
 */
export async function listMetricApplications({ actor, now, input }: { actor: SessionUser; now: Date; input: unknown }): Promise<DrillPage> {
  assertCan(actor.role, "metrics.view");
  const raw = (input ?? {}) as Record<string, unknown>;
  const metric = ZDrillMetric.safeParse(param(raw.metric));
  if (!metric.success) throw new AppError("NOT_FOUND", "domain.metrics.errors.noSuchMetric");
  const page = ZPage.parse(param(raw.page));
  const { filters, dims, problems } = resolveFilters(raw, now, await loadFilterOptions());
  if (!dims) return { metric: metric.data, filters, problems, page, rows: [], hasNext: false };

  const skip = (page - 1) * DRILL_PAGE_SIZE;
  const take = DRILL_PAGE_SIZE + 1;
  // Overdue-now is not bound to the period: its page of ids comes from the open tasks first (./count-overdue).
  const m = metric.data;
  const overdue = m === "overdueNow" ? await overdueApplicationIds(filters, now, skip, take) : null;
  const apps = await getDb().application.findMany({
    where: m === "overdueNow" ? { id: { in: overdue ?? [] } } : drillWhere(m, filters),
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    ...(overdue ? {} : { skip, take }),
    select: {
      id: true,
      submittedAt: true,
      status: true,
      registration: true,
      workingDaysTaken: true,
      returnCount: true,
      enterprise: { select: { name: true, uscc: true } },
      items: { select: { matter: { select: { name: true } } } },
    },
  });
  return {
    metric: metric.data,
    filters,
    problems,
    page,
    hasNext: apps.length > DRILL_PAGE_SIZE,
    rows: apps.slice(0, DRILL_PAGE_SIZE).map((a) => ({
      id: a.id,
      submittedAt: a.submittedAt!,
      status: a.status,
      holder: a.enterprise?.name ?? registrationName(a.registration) ?? "",
      uscc: a.enterprise?.uscc ?? null,
      matters: a.items.map((i) => i.matter.name),
      workingDaysTaken: a.workingDaysTaken,
      returnCount: a.returnCount,
    })),
  };
}

function registrationName(registration: Prisma.JsonValue): string | null {
  const name = registration && typeof registration === "object" && !Array.isArray(registration) ? registration.name : null;
  return typeof name === "string" ? name : null;
}

/** The application-level condition of each drill-down, matching the rollup counter it explains. */
function drillWhere(metric: Exclude<TDrillMetric, "overdueNow">, f: TMetricFilters): Prisma.ApplicationWhereInput {
  const matter = matterWhere(f);
  const inScope: Prisma.ApplicationWhereInput = matter ? { items: { some: { matter } } } : {};

  const { start } = dayRange(f.from);
  const { end } = dayRange(f.to);
  const base: Prisma.ApplicationWhereInput = { ...inScope, status: { not: "DRAFT" }, submittedAt: { gte: start, lt: end } };
  const completed: Prisma.ApplicationWhereInput = { status: "ISSUED", workingDaysTaken: { not: null } };
  const taskScope: Prisma.ApprovalTaskWhereInput = matter ? { items: { some: { matter } } } : {};
  const unit = unitWhere(f);
  switch (metric) {
    case "applications":
      return base;
    case "completed":
      return { ...base, ...completed };
    case "notOneTime":
      return { AND: [base, completed, { OR: [{ returnCount: { gt: 0 } }, { tasks: { some: { corrections: { some: {} } } } }] }] };
    case "returned":
      return { ...base, returnCount: { gt: 0 } };
    case "withCommitment":
      return { AND: [base, { items: { some: { useCommitment: true, ...(matter ? { matter } : {}) } } }] };
    case "withPending":
      return { ...base, pending: { some: {} } };
    case "late":
      return {
        ...base,
        tasks: {
          some: {
            ...taskScope,
            status: { in: [...DECIDED] },
            OR: [{ promisedDueAt: null }, { decidedAt: { gt: getDb().approvalTask.fields.promisedDueAt } }],
          },
        },
      };
    case "badRated":
      return { ...base, reviews: { some: { supersededAt: null, overall: { lte: 2 }, ...(unit !== undefined ? { departmentId: unit } : {}) } } };
  }
}
