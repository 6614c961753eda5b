import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { getMyCredit } from "@/lib/supervision/get-my-credit";
import { PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText } from "@/components/ui/date-time";
import { CreditRules } from "@/components/credit/credit-rules";
import { RepairRequestForm } from "@/components/credit/repair-request-form";
import { requestRepairAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("credit.my.metaTitle") };
}

const CELL = "border-t border-slate-200 px-3 py-2 align-top";

/** 信用等级: the grade, each deduction and its weight, every record, and 信用修复 where it applies. */
export default async function MyCreditPage() {
  const actor = await requirePagePermission("credit.viewOwn", "/my/credit");
  const { t, locale } = await getI18n();
  const credit = await getMyCredit({ actor, now: new Date() });
  if (!credit) {
    return (
      <div className="space-y-6">
        <PageHeading title={t("credit.my.heading")} lead={t("credit.my.lead")} />
        <p className="rounded border border-amber-300 bg-amber-50 p-3">{t("credit.my.noEnterprise")}</p>
      </div>
    );
  }
  const a = credit.assessment;
  return (
    <div className="space-y-8">
      <PageHeading title={t("credit.my.heading")} lead={t("credit.my.lead")} />
      <section
        aria-labelledby="credit-grade"
        className={`space-y-3 rounded-lg border-2 p-4 ${a.restricted ? "border-red-700 bg-red-50" : "border-green-700 bg-green-50"}`}
      >
        <h2 id="credit-grade" className="text-lg font-semibold">
          {t("credit.my.gradeLabel")}
        </h2>
        <p className="text-2xl font-bold" data-testid="credit-grade" data-grade={a.grade}>
          {t(`credit.grade.${a.grade}`)}
        </p>
        <p>{t("common.labelValue", { label: t("credit.my.scoreLabel"), value: String(a.score) })}</p>
        <p className="font-medium">{a.restricted ? t("credit.my.restricted") : t("credit.my.notRestricted")}</p>
        <h3 className="font-semibold">{t("credit.my.factorsHeading")}</h3>
        {a.factors.length === 0 ? (
          <p>{t("credit.my.factorsEmpty")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6" data-testid="credit-factors">
            {a.factors.map((f) => (
              <li key={f.recordId}>
                {t("credit.my.factor", { source: f.source, description: f.description, severity: t(`credit.severity.${f.severity}`), deduction: f.deduction })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <CreditRules t={t} />
      <section aria-labelledby="credit-records" className="space-y-2">
        <h2 id="credit-records" className="text-lg font-semibold">
          {t("credit.my.recordsHeading")}
        </h2>
        {credit.records.length === 0 ? (
          <p className="text-slate-700">{t("credit.my.recordsEmpty")}</p>
        ) : (
          <DataTable
            caption={t("credit.my.recordsCaption")}
            testId="credit-records"
            headers={[t("credit.my.colOccurred"), t("credit.my.colType"), t("credit.my.colRecord"), t("credit.my.colDeduction"), t("credit.my.colRepair")]}
          >
            {credit.records.map((r) => (
              <tr key={r.id} data-testid="credit-record" data-repair={r.repairStatus}>
                <td className={`${CELL} whitespace-nowrap`}>
                  <DateTimeText date={r.occurredAt} locale={locale} />
                </td>
                <td className={`${CELL} whitespace-nowrap`}>
                  {t(`credit.type.${r.type}`)}（{t(`credit.severity.${r.severity}`)}）
                </td>
                <td className={`${CELL} min-w-48`}>
                  {r.source}：{r.description}
                </td>
                <td className={`${CELL} whitespace-nowrap`}>{r.inForce ? `−${r.deduction}` : t("credit.my.notInForce")}</td>
                <td className={`${CELL} min-w-64 space-y-2`}>
                  <p className="font-medium">{t(`credit.repairStatus.${r.repairStatus}`)}</p>
                  {r.repairStatement ? <p className="text-sm">{t("credit.my.statement", { text: r.repairStatement })}</p> : null}
                  {r.repairReviewNote ? <p className="text-sm">{t("credit.my.reviewNote", { text: r.repairReviewNote })}</p> : null}
                  {r.canRepair ? <RepairRequestForm recordId={r.id} action={requestRepairAction} /> : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
