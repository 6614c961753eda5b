import type { ApplicationTracking } from "@/lib/approvals/get-application-tracking";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { formatDateTime } from "@/components/ui/date-time";
import { ReviseButton } from "./revise-button";

/** The one return notice (退件, 晋中方案 三(三): 一次性告知), every problem, and the way back to the form. */
export function ReturnNotice({ applicationId, version, notice, t, locale }: { applicationId: string; version: number; notice: NonNullable<ApplicationTracking["returnNotice"]>; t: TFunction; locale: Locale }) {
  return (
    <section aria-labelledby="return-heading" className="space-y-3 rounded-lg border border-amber-500 bg-amber-50 p-4" data-testid="return-notice">
      <h2 id="return-heading" className="text-xl font-semibold">{t("track.returned.heading")}</h2>
      <p>{t("track.returned.lead", { time: formatDateTime(notice.returnedAt, locale) })}</p>
      <ol className="list-decimal space-y-1 pl-6">
        {notice.problems.map((p, i) => (
          <li key={i} className="break-words whitespace-pre-line">{p.name ? t("common.labelValue", { label: p.name, value: p.problem }) : p.problem}</li>
        ))}
      </ol>
      <ReviseButton applicationId={applicationId} version={version} />
    </section>
  );
}
