import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { searchMatters } from "@/lib/catalog/search-matters";
import { catalogQuery } from "@/lib/catalog/query-schemas";
import { PageHeading } from "@/components/ui/page-heading";
import { ModeCounts } from "@/components/catalog/mode-counts";
import { CatalogFilterForm } from "@/components/catalog/catalog-filter-form";
import { MattersTable } from "@/components/catalog/matters-table";
import { Pagination } from "@/components/catalog/pagination";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("catalog.metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** 涉企经营许可事项目录: public, read-only, no login. */
export default async function MattersPage({ searchParams }: { searchParams: SearchParams }) {
  const { t } = await getI18n();
  const result = await searchMatters(await searchParams);
  const { params, rows, total, page, pageCount } = result;
  // The export takes the same filters; it always exports every page.
  const exportHref = `/matters/export.xlsx${catalogQuery(params, { page: undefined, pageSize: undefined })}`;

  return (
    <div>
      <PageHeading title={t("catalog.heading")} lead={t("catalog.lead")} />
      <p className="mb-6 rounded-md border-l-4 border-amber-500 bg-amber-50 px-4 py-2 text-sm text-slate-800" data-testid="demo-note">
        {t("home.demoDataNote")}
      </p>

      <CatalogFilterForm t={t} params={params} facets={result.facets} />

      {result.queryTooShort ? (
        <p role="status" className="mb-4 rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-slate-900" data-testid="query-too-short">
          {t("catalog.queryTooShort", { q: params.q ?? "" })}
        </p>
      ) : null}

      {result.alsoSearched.length ? (
        <p className="mb-4 text-slate-800" data-testid="also-searched">
          {t("catalog.alsoSearched", { q: params.q ?? "", terms: result.alsoSearched.join(t("common.listSeparator")) })}
        </p>
      ) : null}

      <ModeCounts t={t} byMode={result.byMode} params={params} />

      <section aria-labelledby="results-heading">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="results-heading" className="text-lg font-bold">
              {t("catalog.results.heading")}
            </h2>
            <p className="text-slate-800" data-testid="results-summary" data-total={total}>
              {t("catalog.results.summary", { total })}
              {pageCount > 1 ? <span className="ml-2 text-slate-700">{t("catalog.results.pageOf", { page, pages: pageCount })}</span> : null}
            </p>
          </div>
          {total > 0 ? (
            <a
              href={exportHref}
              className="no-print inline-flex items-center gap-2 rounded-md border border-brand-700 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
              aria-describedby="export-hint"
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
                <path d="M9 2h2v8.6l3.3-3.3 1.4 1.4L10 14.4 4.3 8.7l1.4-1.4L9 10.6V2zM3 16h14v2H3v-2z" />
              </svg>
              {t("catalog.results.export")}
            </a>
          ) : null}
          {total > 0 ? (
            <span id="export-hint" className="sr-only">
              {t("catalog.results.exportHint")}
            </span>
          ) : null}
        </div>

        {rows.length === 0 ? (
          <div className="rounded-lg border border-dashed border-slate-400 bg-white px-6 py-10 text-center" data-testid="empty-state">
            <p className="text-lg font-semibold">{t("catalog.results.empty")}</p>
            <p className="mt-2 text-slate-700">{t("catalog.results.emptyHelp")}</p>
            <Link href="/matters" className="mt-4 inline-block text-brand-700 underline">
              {t("catalog.filter.reset")}
            </Link>
          </div>
        ) : (
          <MattersTable t={t} rows={rows} caption={t("catalog.results.caption", { page, total })} />
        )}

        <Pagination t={t} params={params} page={page} pageCount={pageCount} />
      </section>
    </div>
  );
}
