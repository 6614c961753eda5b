import type { WindowApplication } from "@/lib/approvals/get-window-application";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { formatDateTime } from "@/components/ui/date-time";

/** The one return notice (退件, 一次性告知): every problem, numbered, as the applicant received it. */
export function ReturnNotice({ notice, heading, t, locale }: { notice: NonNullable<WindowApplication["returnNotice"]>; heading: string; t: TFunction; locale: Locale }) {
  return (
    <section aria-labelledby="return-notice-heading" className="space-y-2 rounded-lg border border-amber-400 bg-amber-50 p-4" data-testid="return-notice">
      <h2 id="return-notice-heading" className="text-lg font-semibold">{heading}</h2>
      {notice.at ? <p>{t("window.notice.lead", { date: formatDateTime(notice.at, locale) })}</p> : null}
      <ol className="list-decimal space-y-1 pl-6">
        {notice.problems.map((p, i) => (
          <li key={i} className="break-words">{p.name ? t("common.labelValue", { label: p.name, value: p.problem }) : p.problem}</li>
        ))}
      </ol>
    </section>
  );
}
