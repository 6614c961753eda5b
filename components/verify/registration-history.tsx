// The approved 变更/注销 registrations of an enterprise and what each did to its licences (issue 15 part 3):
// one list for the public enterprise code page and the regulator's dossier.
import type { Locale, TFunction } from "@/lib/i18n/core";
import type { RegistrationChangeKind } from "@/lib/generated/prisma/enums";
import type { RegistrationOutcome } from "@/lib/base/registration-outcome";
import { formatDateTime } from "@/components/ui/date-time";

export type HistoryEvent = RegistrationOutcome & {
  at: Date;
  kind: RegistrationChangeKind;
  oldName: string;
  newName: string | null;
  oldAddress: string;
  newAddress: string | null;
};

export function RegistrationHistory({
  events,
  t,
  locale,
  headingId,
  headingClass = "text-xl font-semibold",
}: {
  events: HistoryEvent[];
  t: TFunction;
  locale: Locale;
  headingId: string;
  headingClass?: string;
}) {
  const sep = t("common.listSeparator");
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className={headingClass}>
        {t("verify.history.heading")}
      </h2>
      {events.length === 0 ? (
        <p className="text-slate-700">{t("verify.history.empty")}</p>
      ) : (
        <ol className="space-y-3" data-testid="registration-history">
          {events.map((e, i) => (
            <li key={i} className="rounded-lg border border-slate-200 bg-white p-4" data-kind={e.kind}>
              <p className="font-semibold">
                {t(e.kind === "CANCEL" ? "verify.history.cancel" : "verify.history.change", { date: formatDateTime(e.at, locale) })}
              </p>
              <ul className="mt-1 space-y-1 break-words text-sm">
                {e.newName ? <li>{t("verify.history.name", { from: e.oldName, to: e.newName })}</li> : null}
                {e.newAddress ? <li>{t("verify.history.address", { from: e.oldAddress, to: e.newAddress })}</li> : null}
                {e.reissued.length ? (
                  <li data-testid="history-reissued">{t("verify.history.reissued", { list: e.reissued.map((r) => `${r.from} → ${r.to}`).join(sep) })}</li>
                ) : null}
                {e.kept.length ? <li data-testid="history-kept">{t("verify.history.kept", { list: e.kept.join(sep) })}</li> : null}
                {e.review.length ? (
                  <li data-testid="history-review">{t("verify.history.review", { list: e.review.map((r) => `${r.matter} ${r.number}`).join(sep) })}</li>
                ) : null}
                {e.cancelled.length ? <li>{t("verify.history.cancelled", { list: e.cancelled.join(sep) })}</li> : null}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
