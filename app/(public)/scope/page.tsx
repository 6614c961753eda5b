import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { searchScopeTerms } from "@/lib/scope/search-scope-terms";
import { ZScopeQuery } from "@/lib/scope/schemas";
import { PageHeading } from "@/components/ui/page-heading";
import { TermTable } from "@/components/scope/term-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("scope.metaTitle") };
}

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? v.split(",") : []);

export default async function ScopePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const { q, terms } = ZScopeQuery.parse({ q: typeof params.q === "string" ? params.q : "", terms: list(params.terms) });
  const { t } = await getI18n();
  const { results, picked, permits } = await searchScopeTerms({ q, picked: terms });
  const checked = new Set(picked.map((p) => p.code));
  // Keep the picked terms when searching again, even if the new search does not list them.
  const hiddenPicked = picked.filter((p) => !results.some((r) => r.code === p.code));
  return (
    <div className="space-y-6">
      <PageHeading title={t("scope.heading")} lead={t("scope.lead")} />
      <form method="get" action="/scope" className="space-y-4">
        <div className="flex flex-wrap items-end gap-3">
          <div className="grow">
            <label htmlFor="scope-q" className="block font-medium">
              {t("scope.searchLabel")}
            </label>
            <input
              id="scope-q"
              name="q"
              defaultValue={q}
              placeholder={t("scope.searchPlaceholder")}
              className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
            />
          </div>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
            {t("scope.search")}
          </button>
        </div>
        <p className="text-sm text-slate-700">{t("scope.pickHint")}</p>
        {hiddenPicked.map((p) => (
          <input key={p.code} type="hidden" name="terms" value={p.code} />
        ))}
        <h2 className="text-lg font-semibold">{t("scope.results", { count: results.length })}</h2>
        {results.length === 0 ? <p>{t("scope.noResults")}</p> : <TermTable terms={results} checked={checked} t={t} />}
        <button type="submit" className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800">
          {t("scope.showNeeds")}
        </button>
      </form>

      <section aria-labelledby="picked" aria-live="polite" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="picked" className="text-lg font-semibold">
          {t("scope.pickedHeading")}
        </h2>
        {picked.length === 0 ? (
          <p className="text-slate-700">{t("scope.pickedNone")}</p>
        ) : permits.length === 0 ? (
          <p className="text-green-900">{t("scope.allGeneral")}</p>
        ) : (
          <>
            <p className="mt-1">{t("scope.permitsNeeded", { count: permits.length })}</p>
            <ul className="mt-2 space-y-1" data-testid="scope-permits">
              {permits.map((p) => (
                <li key={p.code}>
                  <Link href={`/matters/${p.code}`} className="text-brand-700 underline">
                    {p.name}
                  </Link>
                  <span className="text-slate-700">
                    {t("common.paren", { note: [p.department, t(`modes.${p.reformMode}`)].join(t("common.listSeparator")) })}
                  </span>
                  <span className="block text-sm text-slate-600">{t("scope.permitFromTerms", { terms: p.terms.join(t("common.listSeparator")) })}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
