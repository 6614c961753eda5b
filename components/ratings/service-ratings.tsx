// 服务评价 on the applicant's application page: one card per unit (each department with a step, then the
// 综合窗口) — what it waits for before it may be rated, the rating form, the rating given, the progress of
// a bad rating's rectification, and the one re-rating once the unit has recorded its fix.
import type { SessionUser } from "@/lib/auth/types";
import { getI18n } from "@/lib/i18n/server";
import { getApplicationRatings, type RatingUnit } from "@/lib/ratings/get-application-ratings";
import { DateTimeText } from "@/components/ui/date-time";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { dataName } from "@/lib/i18n/data";
import { DataName } from "@/components/i18n/data-name";
import { RatingForm } from "./rating-form";
import type { RatingFormAction } from "./use-checked-form";

/** The rating and the re-rating actions (app/(applicant)/my/applications/[id]/rating-actions.ts). */
export interface RatingActions {
  rate: RatingFormAction;
  rerate: RatingFormAction;
}
import { RatingScoresList, TicketProgress } from "./rating-view";

function UnitCard({ applicationId, u, t, locale, actions }: { applicationId: string; u: RatingUnit; t: TFunction; locale: Locale; actions: RatingActions }) {
  // The department's name in the visitor's locale (catalog data; an untranslated name stays Chinese, marked).
  const name = u.departmentName ? dataName("department", null, u.departmentName, locale) : t("ratings.window");
  const headingId = `rating-unit-${u.unit}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="rating-unit" data-unit={u.unit}>
      <h3 id={headingId} className="text-lg font-semibold">
        {u.departmentName ? <DataName kind="department" zh={u.departmentName} locale={locale} /> : name}
      </h3>
      {u.waitingFor ? (
        <p className="text-slate-700" data-testid="rating-waiting">
          {t(u.waitingFor === "issue" ? "ratings.applicant.waitingIssue" : "ratings.applicant.waitingDecision")}
        </p>
      ) : null}
      {u.canRate ? (
        <RatingForm applicationId={applicationId} unit={u.unit} legend={t("ratings.applicant.rateLegend", { unit: name })} mode="rate" action={actions.rate} />
      ) : null}
      {u.rating ? (
        <div className="space-y-2">
          <h4 className="font-semibold">
            {t("ratings.applicant.given")}
            {u.rating.supersededAt ? <span className="font-normal text-slate-700">{t("ratings.applicant.superseded")}</span> : null}
          </h4>
          <p className="text-sm text-slate-700">
            {t("common.labelValue", { label: t("ratings.applicant.givenAt"), value: "" })}
            <DateTimeText date={u.rating.createdAt} locale={locale} />
          </p>
          <RatingScoresList rating={u.rating} t={t} />
        </div>
      ) : null}
      {u.ticket ? (
        <div className="space-y-2" data-testid="rating-ticket">
          <h4 className="font-semibold">{t("ratings.applicant.ticketHeading")}</h4>
          <TicketProgress ticket={u.ticket} t={t} locale={locale} />
        </div>
      ) : null}
      {u.canRerate ? (
        <div className="space-y-2 rounded-md border border-brand-600 bg-brand-50 p-3">
          <h4 className="font-semibold">{t("ratings.applicant.rerateHeading", { unit: name })}</h4>
          <p className="text-slate-800">{t("ratings.applicant.rerateLead")}</p>
          <RatingForm
            applicationId={applicationId}
            unit={u.unit}
            legend={t("ratings.applicant.rerateHeading", { unit: name })}
            mode="rerate"
            action={actions.rerate}
          />
        </div>
      ) : null}
      {u.rerating ? (
        <div className="space-y-2" data-testid="rating-rerating">
          <h4 className="font-semibold">{t("ratings.applicant.rerating")}</h4>
          <RatingScoresList rating={u.rerating} t={t} />
          <p className="text-slate-700">{t("ratings.applicant.final")}</p>
        </div>
      ) : null}
    </section>
  );
}

export async function ServiceRatings({ actor, applicationId, actions }: { actor: SessionUser; applicationId: string; actions: RatingActions }) {
  const { t, locale } = await getI18n();
  const { units } = await getApplicationRatings({ actor, now: new Date(), applicationId });
  return (
    <section aria-labelledby="service-ratings-heading" className="space-y-3" data-testid="service-ratings">
      <h2 id="service-ratings-heading" className="text-xl font-semibold">
        {t("ratings.applicant.heading")}
      </h2>
      <p className="max-w-3xl text-slate-700">{t("ratings.applicant.lead")}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        {units.map((u) => (
          <UnitCard key={u.unit} applicationId={applicationId} u={u} t={t} locale={locale} actions={actions} />
        ))}
      </div>
    </section>
  );
}
