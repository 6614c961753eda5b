import Link from "next/link";
import { forbidden } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listDeptLicences } from "@/lib/licences/list-dept-licences";
import { PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText } from "@/components/ui/date-time";
import { LicenceStatusBadge } from "@/components/licences/licence-status-badge";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const CELL = "border-t border-slate-200 px-3 py-2 align-top";
const LINK = "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-brand-700 hover:bg-brand-50";
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** 本部门发放的证照: the department's own permits and filing receipts, searchable, with their live status. */
export default async function DeptLicencesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePagePermission("licence.revoke", "/dept/licences");
  if (!actor.departmentId) forbidden();
  const [{ t, locale }, params] = await Promise.all([getI18n(), searchParams]);
  const list = await listDeptLicences({ actor, now: new Date(), query: { q: one(params.q), page: one(params.page) } });
  const href = (page: number) => `/dept/licences?${new URLSearchParams({ ...(list.q ? { q: list.q } : {}), page: String(page) })}`;

  return (
    <div className="space-y-6">
      <PageHeading title={t("licenceAdmin.list.heading")} lead={t("licenceAdmin.list.lead")} />
      <form method="get" action="/dept/licences" role="search" className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="licence-q" className="block font-medium">
            {t("licenceAdmin.list.searchLabel")}
          </label>
          <input
            id="licence-q"
            name="q"
            type="search"
            defaultValue={list.q}
            maxLength={100}
            className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base"
          />
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {t("licenceAdmin.list.search")}
        </button>
        {list.q ? (
          <Link href="/dept/licences" className={LINK}>
            {t("licenceAdmin.list.clear")}
          </Link>
        ) : null}
      </form>
      {list.items.length === 0 ? (
        <p className="text-slate-700" data-testid="dept-licences-empty">
          {list.q ? t("licenceAdmin.list.emptySearch", { q: list.q }) : t("licenceAdmin.list.empty")}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700" role="status">
            {t("licenceAdmin.list.total", { total: list.total })}
          </p>
          <DataTable
            caption={t("licenceAdmin.list.caption")}
            testId="dept-licences"
            headers={[
              t("licenceAdmin.list.colNumber"),
              t("licenceAdmin.list.colHolder"),
              t("licenceAdmin.list.colMatter"),
              t("licenceAdmin.list.colStatus"),
              t("licenceAdmin.list.colIssuedAt"),
            ]}
          >
            {list.items.map((l) => (
              <tr key={l.id} data-testid="dept-licence-row" data-number={l.number}>
                <th scope="row" className={`${CELL} font-medium`}>
                  <Link href={`/dept/licences/${l.id}`} className="font-mono text-brand-700 underline">
                    {l.number}
                  </Link>
                  <span className="mt-0.5 block text-xs font-normal text-slate-600">{t(`licenceKind.${l.kind}`)}</span>
                </th>
                <td className={`${CELL} min-w-40`}>
                  {l.holderName}
                  <span className="mt-0.5 block font-mono text-xs text-slate-600">{l.uscc}</span>
                </td>
                <td className={`${CELL} min-w-32`}>{l.matter ?? ""}</td>
                <td className={CELL}>
                  <LicenceStatusBadge t={t} status={l.status} />
                </td>
                <td className={`${CELL} whitespace-nowrap`}>
                  <DateTimeText date={l.issuedAt} locale={locale} />
                </td>
              </tr>
            ))}
          </DataTable>
          {list.pageCount > 1 ? (
            <nav aria-label={t("licenceAdmin.list.pagination")} className="flex flex-wrap items-center gap-3">
              {list.page > 1 ? (
                <Link href={href(list.page - 1)} rel="prev" className={LINK}>
                  {t("licenceAdmin.list.prev")}
                </Link>
              ) : null}
              <span aria-current="page">{t("licenceAdmin.list.page", { page: list.page, pageCount: list.pageCount })}</span>
              {list.page < list.pageCount ? (
                <Link href={href(list.page + 1)} rel="next" className={LINK}>
                  {t("licenceAdmin.list.next")}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
