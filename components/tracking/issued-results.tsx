import type { ApplicationTracking } from "@/lib/approvals/get-application-tracking";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { dataName } from "@/lib/i18n/data";
import { formatDateTime } from "@/components/ui/date-time";
import { MarkData } from "@/components/i18n/mark-data";

/** 统一出件: every licence issued together, and the matters not granted with the department's reason. */
export function IssuedResults({ licences, rejected, t, locale }: Pick<ApplicationTracking, "licences" | "rejected"> & { t: TFunction; locale: Locale }) {
  return (
    <section aria-labelledby="results-heading" className="space-y-3 rounded-lg border border-green-600 bg-white p-4">
      <h2 id="results-heading" className="text-xl font-semibold">
        {t("track.results.heading")}
      </h2>
      {licences.length ? (
        <>
          <p className="text-slate-700">{t("track.results.lead")}</p>
          <ul className="space-y-2" data-testid="issued-list">
            {licences.map((l) => (
              <li key={l.id} className="break-words" data-kind={l.kind}>
                <p className="font-medium">{l.matter ? dataName("matter", null, l.matter, locale) : t(`track.results.kind.${l.kind}`)}</p>
                <p>
                  {t("track.results.licence", { kind: t(`track.results.kind.${l.kind}`), number: "" })}
                  <span className="font-mono" data-testid="licence-number">
                    {l.number}
                  </span>
                </p>
                <p className="text-sm text-slate-700">{t("track.results.issuedAt", { time: formatDateTime(l.issuedAt, locale) })}</p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-slate-700" data-testid="issued-list-empty">
          {t("track.results.none")}
        </p>
      )}
      {rejected.length ? (
        <div>
          <h3 className="font-semibold">{t("track.results.rejectedHeading")}</h3>
          <ul className="mt-1 space-y-1" data-testid="rejected-list">
            {rejected.map((r) => (
              <li key={r.matter} className="break-words whitespace-pre-line">
                <MarkData
                  text={t("track.results.rejectedReason", {
                    matter: dataName("matter", null, r.matter, locale),
                    reason: r.reason ?? t("track.results.noReason"),
                  })}
                  data={[r.reason, dataName("matter", null, r.matter, locale)]}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
