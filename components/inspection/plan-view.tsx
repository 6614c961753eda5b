// One drawn 双随机 plan as both the regulator and the public see it: the basis of the draw (algorithm, seed,
// snapshot hash) and every inspection with its inspectors and result. Inspectors' names arrive masked on
// the public page.
import type { ReactNode } from "react";
import type { Locale, TFunction } from "@/lib/i18n/core";
import type { PlanDetail } from "@/lib/supervision/list-inspections";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText } from "@/components/ui/date-time";

const CELL = "border-t border-slate-200 px-3 py-2 align-top";

export function DrawAlgorithm({ t }: { t: TFunction }) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold">{t("inspection.algorithm.heading")}</summary>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        <li>{t("inspection.algorithm.s1")}</li>
        <li>{t("inspection.algorithm.s2")}</li>
        <li>{t("inspection.algorithm.s3")}</li>
        <li>{t("inspection.algorithm.s4")}</li>
      </ol>
      <p className="mt-2 text-sm text-slate-700">{t("inspection.algorithm.verify")}</p>
    </details>
  );
}

export function PlanFacts({ t, locale, plan }: { t: TFunction; locale: Locale; plan: PlanDetail }) {
  const row = (label: string, value: ReactNode, testId?: string) => (
    <div className="grid gap-1 border-t border-slate-200 py-2 first:border-t-0 sm:grid-cols-[10rem_1fr]">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd className="break-all" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <dl className="rounded-lg border border-slate-200 bg-white px-4">
      {row(t("inspection.regulator.department"), plan.department)}
      {row(t("inspection.regulator.colPeriod"), t("inspection.period", { from: plan.periodStart, to: plan.periodEnd }))}
      {row(t("inspection.regulator.publishBy"), plan.overdue ? `${plan.publishBy}（${t("inspection.regulator.overdue")}）` : plan.publishBy)}
      {row(t("inspection.regulator.matters"), plan.matterCodes.join(t("common.listSeparator")))}
      {row(t("inspection.regulator.colStatus"), t("inspection.ratios", plan.ratios))}
      {plan.drawnAt ? row(t("inspection.regulator.drawnAt"), <DateTimeText date={plan.drawnAt} locale={locale} />) : null}
      {plan.seed ? row(t("inspection.regulator.seed"), <span className="font-mono text-sm">{plan.seed}</span>, "plan-seed") : null}
      {plan.snapshotHash ? row(t("inspection.regulator.snapshotHash"), <span className="font-mono text-sm">{plan.snapshotHash}</span>, "plan-hash") : null}
      {plan.targetCount !== null ? row(t("inspection.regulator.targets"), String(plan.targetCount)) : null}
    </dl>
  );
}

export function PlanInspections({ t, locale, plan }: { t: TFunction; locale: Locale; plan: PlanDetail }) {
  if (plan.inspectionsList.length === 0) return <p className="text-slate-700">{t("inspection.regulator.noInspections")}</p>;
  return (
    <DataTable
      caption={t("inspection.regulator.inspectionsCaption")}
      testId="plan-inspections"
      headers={[
        t("inspection.regulator.colEnterprise"),
        t("inspection.regulator.colGrade"),
        t("inspection.regulator.colInspectors"),
        t("inspection.regulator.colResult"),
      ]}
    >
      {plan.inspectionsList.map((i) => (
        <tr key={i.id} data-testid="plan-inspection" data-uscc={i.uscc} data-result={i.result}>
          <th scope="row" className={`${CELL} min-w-40 text-left font-medium`}>
            {i.enterpriseName}
            <span className="mt-0.5 block font-mono text-xs font-normal text-slate-600">{i.uscc}</span>
          </th>
          <td className={CELL}>{i.grade}</td>
          <td className={CELL}>
            {i.inspectors.length ? i.inspectors.join(t("common.listSeparator")) : <span className="text-red-800">{t("inspection.regulator.unstaffed")}</span>}
          </td>
          <td className={`${CELL} min-w-48`}>
            <p className="font-medium">{t(`inspection.result.${i.result}`)}</p>
            {i.findings ? <p className="text-sm">{i.findings}</p> : null}
            {i.inspectedAt ? (
              <p className="text-sm text-slate-700">
                <DateTimeText date={i.inspectedAt} locale={locale} />
              </p>
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
