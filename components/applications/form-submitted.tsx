import Link from "next/link";
import type { ApplyPage } from "@/lib/applications/get-apply-page";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { dataName } from "@/lib/i18n/data";
import { DateTimeText } from "@/components/ui/date-time";

/** Read-only summary of a submitted application: status, time, the stored counters and filing receipts. */
export function FormSubmitted({ page, locale, t }: { page: ApplyPage; locale: Locale; t: TFunction }) {
  const s = page.summary;
  return (
    <section aria-labelledby="submitted-summary" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="submitted-summary">
      <h2 id="submitted-summary" className="text-lg font-semibold">
        {t("apply.form.submittedHeading")}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="text-slate-700">{t("apply.form.statusLabel")}</dt>
        <dd className="font-semibold">{t(`status.${page.status}` as Parameters<TFunction>[0])}</dd>
        {page.submittedAt ? (
          <>
            <dt className="text-slate-700">{t("apply.form.submittedAtLabel")}</dt>
            <dd>
              <DateTimeText date={page.submittedAt} locale={locale} />
            </dd>
          </>
        ) : null}
        <dt className="text-slate-700">{t("apply.form.fieldsLabel")}</dt>
        <dd data-testid="summary-fields">{t("apply.form.fieldsValue", { typed: s.fieldsTyped, baseline: s.fieldsBaseline })}</dd>
        <dt className="text-slate-700">{t("apply.form.materialsLabel")}</dt>
        <dd data-testid="summary-materials">{t("apply.form.materialsValue", { submitted: s.materialsSubmitted, baseline: s.materialsBaseline })}</dd>
        {s.materialsGenerated ? <dd data-testid="summary-generated">{t("apply.form.generatedValue", { n: s.materialsGenerated })}</dd> : null}
      </dl>
      <div>
        <h3 className="font-semibold">{t("apply.form.receiptsHeading")}</h3>
        {s.receipts.length ? (
          <ul className="mt-1 space-y-1">
            {s.receipts.map((r) => (
              <li key={r.matterName} className="break-words">
                {t("common.labelValue", { label: dataName("matter", null, r.matterName, locale), value: "" })}
                {r.receiptNumber ? (
                  <span className="font-mono" data-testid="receipt-number">
                    {r.receiptNumber}
                  </span>
                ) : (
                  <span data-testid="receipt-with-licence">{t("apply.form.receiptWithLicence")}</span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">{t("apply.form.noReceipts")}</p>
        )}
      </div>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/my/applications/${page.id}`} className="font-medium text-brand-700 underline" data-testid="open-tracking">
          {t("track.openTracking")}
        </Link>
        <Link href="/my" className="font-medium text-brand-700 underline">
          {t("apply.form.backToMy")}
        </Link>
      </p>
    </section>
  );
}
