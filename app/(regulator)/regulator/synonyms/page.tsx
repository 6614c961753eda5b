import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listSynonyms } from "@/lib/catalog/manage-synonyms";
import { PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { AddSynonymForm, RemoveSynonymButton } from "@/components/synonyms/synonym-forms";
import { addSynonymAction, removeSynonymAction } from "./actions";

export const dynamic = "force-dynamic";

const PAGE_LINK = "inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-brand-700 hover:bg-brand-50";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("catalogAdmin.synonyms.metaTitle") };
}

/** 检索同义词: the regulator keeps everyday words beside the scope terms, so the catalog search finds them. */
export default async function SynonymsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("catalog.publish", "/regulator/synonyms");
  const { t } = await getI18n();
  const asked = Number((await searchParams).page);
  const { rows, total, page, pageCount } = await listSynonyms({ actor, page: Number.isInteger(asked) ? asked : 1 });
  return (
    <div className="space-y-8">
      <PageHeading title={t("catalogAdmin.synonyms.heading")} lead={t("catalogAdmin.synonyms.lead")} />
      <p>
        <Link href="/scope" className="text-brand-700 underline">
          {t("catalogAdmin.synonyms.scopeLink")}
        </Link>
      </p>
      <section aria-labelledby="add-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="add-heading" className="text-lg font-semibold">
          {t("catalogAdmin.synonyms.addHeading")}
        </h2>
        <p className="mb-3 mt-1 text-sm text-slate-700">{t("catalogAdmin.synonyms.addLead")}</p>
        <AddSynonymForm action={addSynonymAction} />
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" className="mb-3 text-xl font-bold">
          {t("catalogAdmin.synonyms.listHeading", { count: total })}
        </h2>
        {rows.length === 0 ? (
          <p>{t("catalogAdmin.synonyms.empty")}</p>
        ) : (
          <DataTable
            headers={[
              t("catalogAdmin.synonyms.word"),
              t("catalogAdmin.synonyms.target"),
              t("catalogAdmin.synonyms.matches"),
              <span key="actions" className="sr-only">
                {t("catalogAdmin.synonyms.remove")}
              </span>,
            ]}
          >
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-200 align-top" data-testid="synonym-row" data-word={r.word}>
                <td className="p-2 font-medium">{r.word}</td>
                <td className="p-2">{r.target}</td>
                <td className="p-2">
                  {t("catalogAdmin.synonyms.matchesValue", { count: r.matches })}{" "}
                  <Link href={`/matters?q=${encodeURIComponent(r.word)}`} className="text-brand-700 underline">
                    {t("catalogAdmin.synonyms.tryIt")}
                  </Link>
                </td>
                <td className="p-2">
                  <RemoveSynonymButton action={removeSynonymAction} id={r.id} word={r.word} target={r.target} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        {pageCount > 1 ? (
          <nav aria-label={t("catalog.pagination.label")} className="mt-4 flex flex-wrap items-center gap-3">
            {page > 1 ? (
              <Link href={`/regulator/synonyms?page=${page - 1}`} rel="prev" className={PAGE_LINK}>
                {t("catalog.pagination.prev")}
              </Link>
            ) : null}
            <span aria-current="page">{t("catalog.pagination.page", { page })}</span>
            {page < pageCount ? (
              <Link href={`/regulator/synonyms?page=${page + 1}`} rel="next" className={PAGE_LINK}>
                {t("catalog.pagination.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
