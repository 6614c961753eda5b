import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listInspectionPlans, planOptions } from "@/lib/supervision/list-inspections";
import { shanghaiDay } from "@/lib/calendar/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { CreatePlanForm } from "@/components/inspection/plan-forms";
import { DrawAlgorithm } from "@/components/inspection/plan-view";
import { createPlanAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("inspection.regulator.metaTitle") };
}

const CELL = "border-t border-slate-200 px-3 py-2 align-top";

/** 双随机: the plans, and a new one. */
export default async function InspectionPlansPage() {
  const actor = await requirePagePermission("supervision.manage", "/regulator/inspections");
  const { t } = await getI18n();
  const now = new Date();
  const plans = await listInspectionPlans({ actor, now });
  const options = await planOptions({ actor });
  return (
    <div className="space-y-8">
      <PageHeading title={t("inspection.regulator.heading")} lead={t("inspection.regulator.lead")} />
      <DrawAlgorithm t={t} />
      <section aria-labelledby="plans-heading" className="space-y-2">
        <h2 id="plans-heading" className="text-lg font-semibold">
          {t("inspection.regulator.listHeading")}
        </h2>
        {plans.length === 0 ? (
          <p className="text-slate-700">{t("inspection.regulator.empty")}</p>
        ) : (
          <DataTable
            caption={t("inspection.regulator.listCaption")}
            testId="plans"
            headers={[
              t("inspection.regulator.colName"),
              t("inspection.regulator.colDepartment"),
              t("inspection.regulator.colPeriod"),
              t("inspection.regulator.colStatus"),
            ]}
          >
            {plans.map((p) => (
              <tr key={p.id}>
                <th scope="row" className={`${CELL} text-left font-medium`}>
                  <Link href={`/regulator/inspections/${p.id}`} className="text-brand-700 underline">
                    {p.name}
                  </Link>
                </th>
                <td className={CELL}>{p.department}</td>
                <td className={`${CELL} whitespace-nowrap`}>{t("inspection.period", { from: p.periodStart, to: p.periodEnd })}</td>
                <td className={CELL}>
                  {p.drawnAt
                    ? t("inspection.regulator.drawnSummary", { drawn: p.inspections, targets: p.targetCount ?? 0, recorded: p.recorded })
                    : t("inspection.regulator.notDrawn")}
                  {p.overdue ? <span className="ml-2 font-medium text-red-800">{t("inspection.regulator.overdue")}</span> : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="plan-create" className="space-y-2">
        <h2 id="plan-create" className="text-lg font-semibold">
          {t("inspection.regulator.createHeading")}
        </h2>
        <CreatePlanForm options={options} today={shanghaiDay(now)} action={createPlanAction} />
      </section>
    </div>
  );
}
