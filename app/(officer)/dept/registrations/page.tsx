import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { listRegistrationChanges, type DeskRequestRow } from "@/lib/registration/list-registration-changes";
import type { TFunction } from "@/lib/i18n/core";
import { PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText } from "@/components/ui/date-time";
import { RequestContent } from "@/components/registration/request-summary";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("registration.desk.metaTitle") };
}

const CELL = "border-t border-slate-200 px-3 py-2 align-top";

/** 登记机关: changes and cancellations waiting (oldest first) and the latest decided. */
export default async function DeptRegistrationsPage() {
  const actor = await requirePagePermission("registration.decide", "/dept/registrations");
  const { t, locale } = await getI18n();
  let list: Awaited<ReturnType<typeof listRegistrationChanges>>;
  try {
    list = await listRegistrationChanges({ actor });
  } catch (e) {
    if (isAppError(e) && e.code === "FORBIDDEN") forbidden();
    throw e;
  }
  const table = (rows: DeskRequestRow[], caption: string, testId: string) => (
    <DataTable
      caption={caption}
      testId={testId}
      headers={[
        t("registration.desk.colEnterprise"),
        t("registration.desk.colType"),
        t("registration.desk.colContent"),
        t("registration.desk.colRequested"),
        t("registration.desk.colStatus"),
        t("registration.desk.colAction"),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id} data-testid="registration-row" data-uscc={r.uscc}>
          <th scope="row" className={`${CELL} min-w-40 text-left font-medium`}>
            {r.enterpriseName}
            <span className="mt-0.5 block font-mono text-xs font-normal text-slate-600">{r.uscc}</span>
          </th>
          <td className={`${CELL} whitespace-nowrap`}>{t(`registration.kind.${r.kind}`)}</td>
          <td className={`${CELL} min-w-48`}>
            <RequestContent t={t} r={r} />
          </td>
          <td className={`${CELL} whitespace-nowrap`}>
            <DateTimeText date={r.requestedAt} locale={locale} />
          </td>
          <td className={`${CELL} whitespace-nowrap`}>{t(`registration.status.${r.status}`)}</td>
          <td className={CELL}>{actionLink(t, r)}</td>
        </tr>
      ))}
    </DataTable>
  );
  return (
    <div className="space-y-6">
      <PageHeading title={t("registration.desk.heading")} lead={t("registration.desk.lead")} />
      <section aria-labelledby="reg-waiting" className="space-y-2">
        <h2 id="reg-waiting" className="text-lg font-semibold">
          {t("registration.desk.waitingHeading")}
        </h2>
        {list.waiting.length === 0 ? (
          <p className="text-slate-700" data-testid="registrations-empty">
            {t("registration.desk.waitingEmpty")}
          </p>
        ) : (
          table(list.waiting, t("registration.desk.waitingCaption"), "registrations-waiting")
        )}
      </section>
      <section aria-labelledby="reg-decided" className="space-y-2">
        <h2 id="reg-decided" className="text-lg font-semibold">
          {t("registration.desk.decidedHeading")}
        </h2>
        {list.decided.length === 0 ? (
          <p className="text-slate-700">{t("registration.desk.decidedEmpty")}</p>
        ) : (
          table(list.decided, t("registration.desk.decidedCaption"), "registrations-decided")
        )}
      </section>
    </div>
  );
}

function actionLink(t: TFunction, r: DeskRequestRow) {
  return (
    <Link href={`/dept/registrations/${r.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
      {r.status === "SUBMITTED" ? t("registration.desk.open") : t("registration.desk.view")}
      <span className="sr-only">：{r.enterpriseName}</span>
    </Link>
  );
}
