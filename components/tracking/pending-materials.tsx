import type { TrackingPending } from "@/lib/approvals/get-application-tracking";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { dataName } from "@/lib/i18n/data";
import { formatDateTime } from "@/components/ui/date-time";
import { MaterialLink } from "@/components/ui/material-link";
import { Announcement } from "./announcements";
import type { FormAction } from "@/lib/actions/types";
import { PendingUpload } from "./pending-upload";

/** 容缺后补 (珠海方案 二(二)3: 允许企业在规定时限内补充提交): each material, its deadline and the upload while open. */
export function PendingMaterials({
  applicationId,
  pending,
  t,
  locale,
  supplement,
}: {
  applicationId: string;
  pending: TrackingPending[];
  t: TFunction;
  locale: Locale;
  /** The page's supplementPendingAction, for each upload. */
  supplement: FormAction<{ fileName: string }>;
}) {
  const scope = "pending";
  return (
    <section aria-labelledby="pending-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="pending-heading" className="text-xl font-semibold">
        {t("track.pending.heading")}
      </h2>
      <p className="text-slate-700">{t("track.pending.lead")}</p>
      <Announcement scope={scope} testId="pending-result" />
      <ul className="space-y-3" data-testid="pending-materials">
        {pending.map((p) => (
          <li
            key={p.documentKey}
            className="rounded-md border border-slate-300 p-3"
            data-testid={`pending-${p.documentKey}`}
            data-status={p.expired ? "EXPIRED" : p.status}
          >
            <p className="font-medium break-words">
              {t("common.withNote", { text: dataName("material", p.documentKey, p.name, locale), note: t(`pendingStatus.${p.status}`) })}
            </p>
            <p className="text-sm text-slate-800">{t("track.pending.deadline", { time: formatDateTime(p.deadline, locale) })}</p>
            {p.workingDaysLeft !== null ? (
              <p className="text-sm font-medium text-slate-900">
                {p.workingDaysLeft > 0 ? t("track.pending.daysLeft", { n: p.workingDaysLeft }) : t("track.pending.lastDay")}
              </p>
            ) : null}
            {p.expired || p.status === "OVERDUE" ? <p className="text-sm font-medium text-red-800">{t("track.pending.expired")}</p> : null}
            {p.status === "SUPPLEMENTED" && p.supplementedAt ? (
              <p className="text-sm text-green-800">
                {t("track.pending.supplementedAt", { time: formatDateTime(p.supplementedAt, locale) })}
                {p.file ? (
                  <>
                    {t("common.listSeparator")}
                    <MaterialLink file={p.file} text={p.file.fileName} />
                  </>
                ) : null}
              </p>
            ) : null}
            {p.canSupplement ? (
              <PendingUpload applicationId={applicationId} documentKey={p.documentKey} name={p.name} scope={scope} supplement={supplement} />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
