import { forbidden } from "next/navigation";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listDeptMatters } from "@/lib/catalog/list-dept-matters";
import { listDeptProposals } from "@/lib/catalog/list-proposals";
import { PageHeading } from "@/components/ui/page-heading";
import { ModeBadge } from "@/components/catalog/mode-badge";
import { ProposalCard } from "@/components/catalog-admin/proposal-card";
import { DataTable } from "@/components/ui/data-table";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** 本部门事项目录管理: the department's own matters and its proposals (晋中方案 三(二)). */
export default async function DeptCatalogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePagePermission("catalog.propose", "/dept/catalog");
  if (!actor.departmentId) forbidden();
  const [{ t, locale }, params] = await Promise.all([getI18n(), searchParams]);
  const [{ departmentName, matters }, proposals] = await Promise.all([listDeptMatters({ actor }), listDeptProposals({ actor })]);
  const notice = params.submitted === "1" ? t("catalogAdmin.dept.submitted") : params.submitted === "duplicate" ? t("catalogAdmin.dept.duplicate") : null;

  return (
    <div className="space-y-8">
      <PageHeading title={t("catalogAdmin.dept.heading")} lead={t("catalogAdmin.dept.lead")} />
      <p>{t("catalogAdmin.dept.department", { name: departmentName })}</p>
      {notice ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900" data-testid="submitted-notice">
          {notice}
        </p>
      ) : null}

      <section aria-labelledby="own-matters">
        <h2 id="own-matters" className="mb-3 text-lg font-semibold">
          {t("catalogAdmin.dept.mattersHeading", { count: matters.length })}
        </h2>
        {matters.length === 0 ? (
          <p className="text-slate-700">{t("catalogAdmin.dept.mattersEmpty")}</p>
        ) : (
          <DataTable
            headers={[
              t("catalogAdmin.dept.colName"),
              t("catalogAdmin.dept.colMode"),
              t("catalogAdmin.dept.colLimits"),
              t("catalogAdmin.dept.colVersion"),
              t("catalogAdmin.dept.colAction"),
            ]}
          >
            {matters.map((m) => (
              <tr key={m.code} className="border-t border-slate-200 align-top" data-testid="dept-matter" data-code={m.code}>
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={`/matters/${encodeURIComponent(m.code)}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {m.name}
                  </Link>
                  <span className="block font-mono text-xs font-normal text-slate-700">{m.code}</span>
                </th>
                <td className="px-3 py-2">
                  <ModeBadge mode={m.reformMode} label={t(`modes.${m.reformMode}`)} />
                </td>
                <td className="whitespace-nowrap px-3 py-2">{t("catalogAdmin.dept.limits", { statutory: m.statutoryDays, promised: m.promisedDays })}</td>
                <td className="whitespace-nowrap px-3 py-2">
                  <span data-testid="matter-version">{t("catalogAdmin.common.version", { version: m.catalogVersion })}</span>
                  {m.pendingProposals > 0 ? (
                    <span className="block text-xs text-amber-900">{t("catalogAdmin.dept.pendingCount", { count: m.pendingProposals })}</span>
                  ) : null}
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  <Link
                    href={`/dept/catalog/${encodeURIComponent(m.code)}/propose`}
                    aria-label={t("catalogAdmin.dept.proposeFor", { name: m.name })}
                    className="inline-block rounded-md border border-brand-700 px-3 py-1 font-medium text-brand-700 hover:bg-brand-50"
                  >
                    {t("catalogAdmin.dept.propose")}
                  </Link>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section aria-labelledby="own-proposals">
        <h2 id="own-proposals" className="mb-3 text-lg font-semibold">
          {t("catalogAdmin.dept.proposalsHeading")}
        </h2>
        {proposals.length === 0 ? (
          <p className="text-slate-700">{t("catalogAdmin.dept.proposalsEmpty")}</p>
        ) : (
          <ul className="space-y-4">
            {proposals.map((p) => (
              <li key={p.id}>
                <ProposalCard t={t} locale={locale} p={p} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
