import Link from "next/link";
import type { ReactNode } from "react";
import type { TFunction } from "@/lib/i18n/core";
import { DEFAULT_PAGE_SIZE, catalogQuery, type TMatterSearchParams } from "@/lib/catalog/query-schemas";
import type { CatalogFacets } from "@/lib/catalog/search-matters";
import { REFORM_MODES } from "@/lib/catalog/schemas";

const CONTROL = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-600";

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
    </div>
  );
}

/**
 * A plain GET form: it works without JavaScript, the address is bookmarkable and shareable, and native
 * controls keep it fully usable by keyboard. Submitting starts again at page 1.
 */
export function CatalogFilterForm({ t, params, facets }: { t: TFunction; params: TMatterSearchParams; facets: CatalogFacets }) {
  const all = t("catalog.filter.all");
  return (
    <div className="no-print mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="filter-heading" className="mb-3 text-lg font-bold">
        {t("catalog.filter.heading")}
      </h2>
      {/* Keyed by the applied filters: after a client-side navigation (a mode link) the uncontrolled
          controls remount and show the new values instead of the old ones. */}
      <form key={catalogQuery(params)} method="get" action="/matters" role="search" aria-labelledby="filter-heading">
        <div>
          <label htmlFor="f-q" className="block text-sm font-medium text-slate-800">
            {t("catalog.filter.q")}
          </label>
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            maxLength={60}
            autoComplete="off"
            aria-describedby="f-q-hint"
            className={CONTROL}
          />
          <p id="f-q-hint" className="mt-1 text-sm text-slate-700">
            {t("catalog.filter.qHint")}
          </p>
        </div>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <Field id="f-mode" label={t("catalog.filter.mode")}>
            <select id="f-mode" name="mode" defaultValue={params.mode ?? ""} className={CONTROL}>
              <option value="">{all}</option>
              {REFORM_MODES.map((m) => (
                <option key={m} value={m}>
                  {t(`modes.${m}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="f-department" label={t("catalog.filter.department")}>
            <select id="f-department" name="departmentId" defaultValue={params.departmentId ?? ""} className={CONTROL}>
              <option value="">{all}</option>
              {facets.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.shortName}
                </option>
              ))}
            </select>
          </Field>
          <Field id="f-industry" label={t("catalog.filter.industry")}>
            <select id="f-industry" name="industry" defaultValue={params.industry ?? ""} className={CONTROL}>
              <option value="">{all}</option>
              {facets.industries.map((i) => (
                <option key={i} value={i}>
                  {i}
                </option>
              ))}
            </select>
          </Field>
          <Field id="f-level" label={t("catalog.filter.level")}>
            <select id="f-level" name="level" defaultValue={params.level ?? ""} className={CONTROL}>
              <option value="">{all}</option>
              {facets.levels.map((l) => (
                <option key={l} value={l}>
                  {t(`catalog.levels.${l}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="f-batch" label={t("catalog.filter.batch")}>
            <select id="f-batch" name="batch" defaultValue={params.batch === undefined ? "" : String(params.batch)} className={CONTROL}>
              <option value="">{all}</option>
              {facets.batches.map((b) => (
                <option key={b} value={b}>
                  {t("catalog.filter.batchOption", { batch: b })}
                </option>
              ))}
              {facets.hasUnbatched ? <option value="none">{t("catalog.filter.batchNone")}</option> : null}
            </select>
          </Field>
        </div>
        {params.pageSize !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="pageSize" value={params.pageSize} /> : null}
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t("catalog.filter.submit")}
          </button>
          <Link href="/matters" className="text-brand-700 underline hover:text-brand-800">
            {t("catalog.filter.reset")}
          </Link>
        </div>
      </form>
    </div>
  );
}
