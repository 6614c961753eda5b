import type { TFunction } from "@/lib/i18n/core";
import { WINDOW_UNIT } from "@/lib/base/units";
import type { FilterOptions } from "@/lib/metrics/filters";
import { batchText } from "@/lib/metrics/export-rows";
import type { TMetricFilters } from "@/lib/metrics/schemas";

const CONTROL = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base";
const LABEL = "block text-sm font-medium text-slate-800";

/**
 * The dashboard's filters as a plain GET form: the URL is the state, so a view can be bookmarked and shared,
 * and it works without JavaScript. What could not be read is listed above it.
 */
export function MetricFilterForm({
  t,
  filters,
  options,
  problems,
  action = "/regulator",
}: {
  t: TFunction;
  filters: TMetricFilters;
  options: FilterOptions;
  problems: string[];
  action?: string;
}) {
  const depts = options.departments.filter((d) => d.id !== WINDOW_UNIT);
  return (
    <div className="space-y-3">
      {problems.length > 0 ? (
        <div role="status" className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950" data-testid="filter-problems">
          <p className="font-semibold">{t("metrics.filters.problemsHeading")}</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="get" action={action} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="metric-filters">
        <fieldset>
          <legend className="text-lg font-semibold">{t("metrics.filters.legend")}</legend>
          <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            <div>
              <label htmlFor="mf-from" className={LABEL}>
                {t("metrics.filters.from")}
              </label>
              <input id="mf-from" name="from" type="date" defaultValue={filters.from} className={CONTROL} />
            </div>
            <div>
              <label htmlFor="mf-to" className={LABEL}>
                {t("metrics.filters.to")}
              </label>
              <input id="mf-to" name="to" type="date" defaultValue={filters.to} className={CONTROL} />
            </div>
            <div>
              <label htmlFor="mf-dept" className={LABEL}>
                {t("metrics.filters.dept")}
              </label>
              <select id="mf-dept" name="dept" defaultValue={filters.dept ?? ""} className={CONTROL}>
                <option value="">{t("metrics.filters.any")}</option>
                {options.departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="mf-matter" className={LABEL}>
                {t("metrics.filters.matter")}
              </label>
              <select id="mf-matter" name="matter" defaultValue={filters.matter ?? ""} className={CONTROL}>
                <option value="">{t("metrics.filters.any")}</option>
                {depts.map((d) => {
                  const matters = options.matters.filter((m) => m.departmentId === d.id);
                  return matters.length ? (
                    <optgroup key={d.id} label={d.name}>
                      {matters.map((m) => (
                        <option key={m.id} value={m.id}>
                          {m.name}
                        </option>
                      ))}
                    </optgroup>
                  ) : null;
                })}
              </select>
            </div>
            <div>
              <label htmlFor="mf-industry" className={LABEL}>
                {t("metrics.filters.industry")}
              </label>
              <select id="mf-industry" name="industry" defaultValue={filters.industry ?? ""} className={CONTROL}>
                <option value="">{t("metrics.filters.any")}</option>
                {options.industries.map((i) => (
                  <option key={i} value={i}>
                    {i}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="mf-batch" className={LABEL}>
                {t("metrics.filters.batch")}
              </label>
              <select id="mf-batch" name="batch" defaultValue={filters.batch ?? ""} className={CONTROL}>
                <option value="">{t("metrics.filters.any")}</option>
                {options.batches.map((b) => (
                  <option key={b} value={b}>
                    {batchText(b, t)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white">
              {t("metrics.filters.apply")}
            </button>
            <a href={action} className="inline-flex min-h-11 items-center rounded-md border border-brand-600 px-4 py-2 text-brand-800 hover:bg-brand-50">
              {t("metrics.filters.reset")}
            </a>
          </div>
        </fieldset>
      </form>
    </div>
  );
}
