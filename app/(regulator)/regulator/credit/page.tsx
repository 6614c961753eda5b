import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listRepairRequests } from "@/lib/supervision/list-repair-requests";
import { PageHeading } from "@/components/ui/page-heading";
import { DateTimeText } from "@/components/ui/date-time";
import { CreditRules } from "@/components/credit/credit-rules";
import { RepairReviewForm } from "@/components/credit/repair-review-form";
import { AddCreditRecordForm } from "@/components/credit/add-record-form";
import { shanghaiDay } from "@/lib/calendar/dates";
import { addCreditRecordAction, reviewRepairAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("credit.review.metaTitle") };
}

/** 信用修复审核: the applications waiting, oldest first, each with the enterprise's grade now. */
export default async function CreditRepairReviewPage() {
  const actor = await requirePagePermission("supervision.manage", "/regulator/credit");
  const { t, locale } = await getI18n();
  const requests = await listRepairRequests({ actor, now: new Date() });
  return (
    <div className="space-y-6">
      <PageHeading title={t("credit.review.heading")} lead={t("credit.review.lead")} />
      <CreditRules t={t} />
      <section aria-labelledby="credit-add" className="space-y-2">
        <h2 id="credit-add" className="text-lg font-semibold">
          {t("credit.add.heading")}
        </h2>
        <p className="text-slate-700">{t("credit.add.lead")}</p>
        <AddCreditRecordForm today={shanghaiDay(new Date())} action={addCreditRecordAction} />
      </section>
      <h2 className="text-lg font-semibold">{t("credit.review.metaTitle")}</h2>
      {requests.length === 0 ? (
        <p className="text-slate-700" data-testid="repair-queue-empty">
          {t("credit.review.empty")}
        </p>
      ) : (
        <ul className="space-y-4" data-testid="repair-queue">
          {requests.map((r) => (
            <li key={r.recordId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="repair-request" data-uscc={r.uscc}>
              <h3 className="text-lg font-semibold">
                {r.enterpriseName} <span className="font-mono text-sm font-normal">{r.uscc}</span>
              </h3>
              <p>{t("credit.review.gradeNow", { grade: t(`credit.grade.${r.grade}`) })}</p>
              <dl className="grid gap-1 sm:grid-cols-[8rem_1fr]">
                <dt className="font-medium text-slate-700">{t("credit.review.record")}</dt>
                <dd>
                  {t(`credit.type.${r.type}`)}（{t(`credit.severity.${r.severity}`)}）— {r.source}：{r.description}
                </dd>
                <dt className="font-medium text-slate-700">{t("credit.review.occurred")}</dt>
                <dd>
                  <DateTimeText date={r.occurredAt} locale={locale} />
                </dd>
                <dt className="font-medium text-slate-700">{t("credit.review.statement")}</dt>
                <dd className="whitespace-pre-wrap">{r.statement}</dd>
                <dt className="font-medium text-slate-700">{t("credit.review.requested")}</dt>
                <dd>
                  <DateTimeText date={r.requestedAt} locale={locale} />
                </dd>
              </dl>
              <RepairReviewForm recordId={r.recordId} action={reviewRepairAction} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
