import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listMyInspections } from "@/lib/supervision/list-inspections";
import { PageHeading } from "@/components/ui/page-heading";
import { ConflictForm, InspectionResultForm } from "@/components/inspection/inspector-forms";
import { declareConflictAction, recordInspectionAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("inspection.dept.metaTitle") };
}

/** 双随机: the inspections this officer was drawn for, each with its result form; and conflict declarations. */
export default async function MyInspectionsPage() {
  const actor = await requirePagePermission("verification.record", "/dept/inspections");
  if (!actor.departmentId) forbidden();
  const { t } = await getI18n();
  const items = await listMyInspections({ actor });
  return (
    <div className="space-y-8">
      <PageHeading title={t("inspection.dept.heading")} lead={t("inspection.dept.lead")} />
      {items.length === 0 ? (
        <p className="text-slate-700" data-testid="my-inspections-empty">
          {t("inspection.dept.empty")}
        </p>
      ) : (
        <ul className="space-y-4" data-testid="my-inspections">
          {items.map((i) => (
            <li
              key={i.id}
              className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
              data-testid="my-inspection"
              data-uscc={i.uscc}
              data-result={i.result}
            >
              <h2 className="text-lg font-semibold">
                {i.enterpriseName} <span className="font-mono text-sm font-normal">{i.uscc}</span>
              </h2>
              <p className="text-sm">{i.address}</p>
              <p className="text-sm">{t("inspection.dept.plan", { name: i.plan, end: i.periodEnd })}</p>
              {i.partners.length ? <p className="text-sm">{t("inspection.dept.partners", { names: i.partners.join(t("common.listSeparator")) })}</p> : null}
              {i.result === "PENDING" ? (
                <InspectionResultForm inspectionId={i.id} open action={recordInspectionAction} />
              ) : (
                <p>
                  <span className="font-medium">{t(`inspection.result.${i.result}`)}</span>：{i.findings}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="conflict-heading" className="space-y-2">
        <h2 id="conflict-heading" className="text-lg font-semibold">
          {t("inspection.dept.conflictHeading")}
        </h2>
        <p className="text-slate-700">{t("inspection.dept.conflictLead")}</p>
        <ConflictForm action={declareConflictAction} />
      </section>
    </div>
  );
}
