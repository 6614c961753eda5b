import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listRiskEnterprises } from "@/lib/supervision/list-risk";
import { normalizeCodeInput } from "@/lib/ids/normalize";
import { PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { RiskFactors } from "@/components/inspection/risk-factors";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("dossier.list.metaTitle") };
}

const CELL = "border-t border-slate-200 px-3 py-2 align-top";

/** 一企一档 by code, and the risk list ranked by an explainable score. */
export default async function EnterprisesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePagePermission("supervision.manage", "/regulator/enterprises");
  const q = (await searchParams).uscc;
  const code = typeof q === "string" ? normalizeCodeInput(q) : "";
  if (code) redirect(`/regulator/enterprises/${encodeURIComponent(code)}`);
  const { t } = await getI18n();
  const risk = await listRiskEnterprises({ actor, now: new Date() });
  return (
    <div className="space-y-8">
      <PageHeading title={t("dossier.list.heading")} lead={t("dossier.list.lead")} />
      <form method="get" action="/regulator/enterprises" role="search" className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="dossier-uscc" className="block font-medium">
            {t("dossier.list.searchLabel")}
          </label>
          <input
            id="dossier-uscc"
            name="uscc"
            required
            maxLength={18}
            className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 font-mono text-base"
          />
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white">
          {t("dossier.list.search")}
        </button>
      </form>
      <section aria-labelledby="risk-heading" className="space-y-2">
        <h2 id="risk-heading" className="text-lg font-semibold">
          {t("dossier.list.riskHeading")}
        </h2>
        <details className="rounded-lg border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer font-medium">{t("dossier.list.weightsHeading")}</summary>
          <p className="mt-2 text-slate-800">{t("dossier.list.weights")}</p>
        </details>
        {risk.length === 0 ? (
          <p className="text-slate-700" data-testid="risk-empty">
            {t("dossier.list.riskEmpty")}
          </p>
        ) : (
          <DataTable
            caption={t("dossier.list.riskCaption")}
            testId="risk-list"
            headers={[t("dossier.list.colEnterprise"), t("dossier.list.colScore"), t("dossier.list.colFactors")]}
          >
            {risk.map((r) => (
              <tr key={r.uscc} data-testid="risk-row" data-uscc={r.uscc}>
                <th scope="row" className={`${CELL} min-w-48 text-left font-medium`}>
                  <Link href={`/regulator/enterprises/${r.uscc}`} className="text-brand-700 underline">
                    {r.name}
                  </Link>
                  <span className="mt-0.5 block font-mono text-xs font-normal text-slate-600">{r.uscc}</span>
                </th>
                <td className={`${CELL} text-lg font-semibold`}>{r.score}</td>
                <td className={`${CELL} min-w-64`}>
                  <RiskFactors t={t} factors={r.factors} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
