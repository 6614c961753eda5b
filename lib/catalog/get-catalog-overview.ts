import "server-only";
import { getDb } from "@/lib/db";
import { ReformMode } from "@/lib/generated/prisma/enums";

export interface CatalogOverview {
  departments: number;
  permitMatters: number;
  byMode: Record<ReformMode, number>;
  enterprises: number;
  validLicences: number;
}

/** Public numbers for the home page: what the database holds, nothing typed in. */
export async function getCatalogOverview(): Promise<CatalogOverview> {
  const db = getDb();
  const [departments, grouped, enterprises, validLicences] = await Promise.all([
    db.department.count(),
    db.matter.groupBy({ by: ["reformMode"], where: { kind: "PERMIT", isActive: true }, _count: { _all: true } }),
    db.enterprise.count({ where: { status: "ACTIVE" } }),
    db.licence.count({ where: { status: "VALID" } }),
  ]);
  const byMode = Object.fromEntries(Object.values(ReformMode).map((m) => [m, 0])) as Record<ReformMode, number>;
  for (const row of grouped) byMode[row.reformMode] = row._count._all;
  const permitMatters = Object.values(byMode).reduce((a, b) => a + b, 0);
  return { departments, permitMatters, byMode, enterprises, validLicences };
}
