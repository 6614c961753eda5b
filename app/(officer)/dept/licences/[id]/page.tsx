import type { ReactNode } from "react";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getDeptLicence, type DeptLicenceDetail } from "@/lib/licences/list-dept-licences";
import { PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText } from "@/components/ui/date-time";
import { LicenceStatusBadge } from "@/components/licences/licence-status-badge";
import { LicenceStatusForm } from "@/components/licence-admin/status-form";
import { changeLicenceStatusAction } from "./actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

const CELL = "border-t border-slate-200 px-3 py-2 align-top";
const ACTIONS = new Set(["suspend", "revoke", "reinstate"]);

/** One licence the department issued: its facts as verification shows them, the allowed steps, its history. */
export default async function DeptLicencePage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requirePagePermission("licence.revoke", `/dept/licences/${encodeURIComponent(id)}`);
  if (!actor.departmentId) forbidden();
  const { t, locale } = await getI18n();
  let view: DeptLicenceDetail;
  try {
    view = await getDeptLicence({ actor, now: new Date(), licenceId: id });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  const l = view.licence;
  const row = (label: string, value: ReactNode) => (
    <div className="grid gap-1 border-t border-slate-200 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  const actionName = (a: string) => {
    const key = a.replace(/^licence\./, "");
    return ACTIONS.has(key) ? t(`licenceAdmin.action.${key as "suspend" | "revoke" | "reinstate"}`) : a;
  };

  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/dept/licences" className="text-brand-700 underline">
          {t("licenceAdmin.detail.back")}
        </Link>
      </p>
      <PageHeading title={t("licenceAdmin.detail.heading", { number: l.number })} />
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="mb-2 text-lg font-semibold">
          {t("licenceAdmin.detail.factsHeading")}
        </h2>
        <dl className="rounded-lg border border-slate-200 bg-white px-4">
          {row(t("licenceAdmin.detail.status"), <LicenceStatusBadge t={t} status={l.status} />)}
          {l.statusReason ? row(t("licenceAdmin.detail.statusReason"), <span data-testid="licence-status-reason">{l.statusReason}</span>) : null}
          {row(t("licenceAdmin.detail.kind"), t(`licenceKind.${l.kind}`))}
          {row(t("licenceAdmin.detail.holder"), l.holderName)}
          {row(t("licenceAdmin.detail.uscc"), <span className="font-mono">{l.uscc}</span>)}
          {l.matter ? row(t("licenceAdmin.detail.matter"), l.matter) : null}
          {l.items.length ? row(t("licenceAdmin.detail.items"), l.items.join(t("common.listSeparator"))) : null}
          {row(
            t("licenceAdmin.detail.validity"),
            l.validUntil
              ? t("licenceAdmin.detail.validityRange", { from: l.validFrom, until: l.validUntil })
              : t("licenceAdmin.detail.validityOpen", { from: l.validFrom }),
          )}
          {row(t("licenceAdmin.detail.issuer"), l.issuer)}
          {row(t("licenceAdmin.detail.issuedAt"), <DateTimeText date={l.issuedAt} locale={locale} />)}
          {row(t("licenceAdmin.detail.signature"), t(`licenceSignature.${l.signature}`))}
        </dl>
      </section>
      <section aria-labelledby="status-form-heading" className="space-y-3">
        <h2 id="status-form-heading" className="text-lg font-semibold">
          {t("licenceAdmin.form.heading")}
        </h2>
        {l.kind === "BUSINESS" ? (
          <p className="text-slate-700">{t("licenceAdmin.form.business")}</p>
        ) : (
          <LicenceStatusForm licenceId={l.id} status={view.storedStatus} actions={view.actions} action={changeLicenceStatusAction} />
        )}
      </section>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          {t("licenceAdmin.detail.historyHeading")}
        </h2>
        {view.history.length === 0 ? (
          <p className="text-slate-700">{t("licenceAdmin.detail.historyEmpty")}</p>
        ) : (
          <DataTable
            caption={t("licenceAdmin.detail.historyCaption")}
            testId="licence-history"
            headers={[
              t("licenceAdmin.detail.colAt"),
              t("licenceAdmin.detail.colAction"),
              t("licenceAdmin.detail.colActor"),
              t("licenceAdmin.detail.colReason"),
            ]}
          >
            {view.history.map((h, i) => (
              <tr key={i}>
                <td className={`${CELL} whitespace-nowrap`}>
                  <DateTimeText date={h.at} locale={locale} />
                </td>
                <td className={CELL}>{actionName(h.action)}</td>
                <td className={CELL}>{h.actor ?? ""}</td>
                <td className={`${CELL} min-w-48`}>{h.reason ?? ""}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
