import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listHolidays } from "@/lib/calendar/list-holidays";
import { FIRST_YEAR, LAST_YEAR } from "@/lib/calendar/schemas";
import { PageHeading } from "@/components/ui/page-heading";
import { HolidayEditor } from "@/components/holidays/holiday-editor";
import { deleteHolidayAction, saveHolidayAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("holidays.metaTitle") };
}

const YEAR_LINK = "inline-flex min-h-10 items-center rounded-md border px-3 py-2";

export default async function HolidaysPage({ searchParams }: { searchParams: Promise<{ year?: string | string[]; edit?: string | string[] }> }) {
  const actor = await requirePagePermission("holiday.edit", "/admin/holidays");
  const { t } = await getI18n();
  const { year: asked, edit } = await searchParams;
  const cal = await listHolidays({ actor, now: new Date(), year: asked });
  const editing = cal.rows.find((r) => r.date === edit) ?? null;
  const total = cal.workingDaysByMonth.reduce((a, b) => a + b, 0);
  return (
    <div className="space-y-8">
      <PageHeading title={t("holidays.heading")} lead={t("holidays.lead")} />
      <nav aria-label={t("holidays.yearNav")} className="space-y-3">
        <ul className="flex flex-wrap gap-2">
          {cal.years.map(({ year, days }) => {
            const current = year === cal.year;
            return (
              <li key={year}>
                <Link
                  href={`/admin/holidays?year=${year}`}
                  aria-current={current ? "page" : undefined}
                  className={`${YEAR_LINK} ${current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-brand-700 hover:bg-brand-50"}`}
                >
                  {days ? t("holidays.yearDays", { year, count: days }) : t("holidays.yearUnmaintained", { year })}
                </Link>
              </li>
            );
          })}
        </ul>
        <form action="/admin/holidays">
          <label htmlFor="other-year" className="block font-medium">
            {t("holidays.otherYear")}
          </label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              id="other-year"
              name="year"
              type="number"
              inputMode="numeric"
              min={FIRST_YEAR}
              max={LAST_YEAR}
              step={1}
              defaultValue={cal.year}
              aria-describedby="other-year-hint"
              className="block w-32 rounded-md border border-slate-400 px-3 py-2"
            />
            <button type="submit" className="min-h-10 rounded-md border border-brand-600 bg-white px-3 py-2 text-brand-800 hover:bg-brand-50">
              {t("holidays.show")}
            </button>
          </div>
          <p id="other-year-hint" className="mt-1 text-sm text-slate-700">
            {t("holidays.otherYearHint", { first: FIRST_YEAR, last: LAST_YEAR })}
          </p>
        </form>
      </nav>

      <section aria-labelledby="months-heading">
        <h2 id="months-heading" className="text-xl font-bold">
          {t("holidays.monthsHeading", { year: cal.year })}
        </h2>
        <p className="mb-3 text-slate-700" data-testid="holiday-total">
          {t("holidays.monthsLead", { total })}
        </p>
        <dl className="grid grid-cols-3 gap-2 sm:grid-cols-6 lg:grid-cols-12">
          {cal.workingDaysByMonth.map((count, i) => (
            <div key={i} className="rounded-md border border-slate-200 bg-white p-2 text-center">
              <dt className="text-sm text-slate-600">{t("holidays.month", { month: i + 1 })}</dt>
              <dd className="font-semibold tabular-nums" data-testid={`month-${i + 1}`}>
                {t("holidays.monthDays", { count })}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <HolidayEditor key={cal.year} year={cal.year} rows={cal.rows} editing={editing} saveAction={saveHolidayAction} deleteAction={deleteHolidayAction} />
    </div>
  );
}
