import "server-only";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { getCatalogOverview, type CatalogOverview } from "@/lib/catalog/get-catalog-overview";
import { loadRollupView } from "./rollup-view";
import { sumAllDays } from "./rollup-query";

export interface RegulatorSummary extends CatalogOverview {
  applications: number;
  creditRecords: number;
  inspections: number;
  licences: number;
}

export async function getRegulatorSummary({ actor }: { actor: SessionUser }): Promise<RegulatorSummary> {
  assertCan(actor.role, "regulator.view");
  const db = getDb();
  const [overview, applications, creditRecords, inspections, licences] = await Promise.all([
    getCatalogOverview(),
    // From the rollup (every submitted application, all days): no count over the applications table.
    loadRollupView().then((view) => sumAllDays(view, "applications")),
    db.creditRecord.count(),
    db.inspection.count(),
    db.licence.count(),
  ]);
  return { ...overview, applications, creditRecords, inspections, licences };
}
