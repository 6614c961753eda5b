import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listVerifications, type VerificationRow } from "@/lib/supervision/list-verifications";
import { PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/data-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("verification.list.metaTitle") };
}

const CELL = "border-t border-slate-200 px-3 py-2 align-top";

/** 告知承诺核查: the department's verifications, the earliest due first. */
export default async function DeptVerificationsPage() {
  const actor = await requirePagePermission("verification.record", "/dept/verifications");
  if (!actor.departmentId) forbidden();
  const { t } = await getI18n();
  const list = await listVerifications({ actor });
  const table = (rows: VerificationRow[], caption: string, testId: string) => (
    <DataTable
      caption={caption}
      testId={testId}
      headers={[
        t("verification.list.colHolder"),
        t("verification.list.colLicence"),
        t("verification.list.colRisk"),
        t("verification.list.colDue"),
        t("verification.list.colStatus"),
      ]}
    >
      {rows.map((v) => (
        <tr key={v.id} data-testid="verification-row" data-number={v.licenceNumber} data-status={v.status}>
          <th scope="row" className={`${CELL} min-w-40 text-left font-medium`}>
            {v.holderName}
            <span className="mt-0.5 block font-mono text-xs font-normal text-slate-600">{v.uscc}</span>
          </th>
          <td className={`${CELL} min-w-40`}>
            <Link href={`/dept/verifications/${v.id}`} className="font-mono text-brand-700 underline break-all">
              {v.licenceNumber}
            </Link>
            <span className="mt-0.5 block text-sm">{v.matter}</span>
          </td>
          <td className={`${CELL} whitespace-nowrap`}>{t(`verification.risk.${v.riskLevel}`)}</td>
          <td className={`${CELL} whitespace-nowrap`}>
            {v.status === "RECTIFYING" && v.rectifyBy ? t("verification.list.rectifyBy", { day: v.rectifyBy }) : v.dueOn}
          </td>
          <td className={`${CELL} whitespace-nowrap`}>{t(`verification.status.${v.status}`)}</td>
        </tr>
      ))}
    </DataTable>
  );
  return (
    <div className="space-y-6">
      <PageHeading title={t("verification.list.heading")} lead={t("verification.list.lead")} />
      <section aria-labelledby="v-open" className="space-y-2">
        <h2 id="v-open" className="text-lg font-semibold">
          {t("verification.list.openHeading")}
        </h2>
        {list.open.length === 0 ? (
          <p className="text-slate-700" data-testid="verifications-empty">
            {t("verification.list.openEmpty")}
          </p>
        ) : (
          table(list.open, t("verification.list.openCaption"), "verifications-open")
        )}
      </section>
      <section aria-labelledby="v-closed" className="space-y-2">
        <h2 id="v-closed" className="text-lg font-semibold">
          {t("verification.list.closedHeading")}
        </h2>
        {list.closed.length === 0 ? (
          <p className="text-slate-700">{t("verification.list.closedEmpty")}</p>
        ) : (
          table(list.closed, t("verification.list.closedCaption"), "verifications-closed")
        )}
      </section>
    </div>
  );
}
