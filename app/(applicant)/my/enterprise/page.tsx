import type { Metadata } from "next";
import type { ReactNode } from "react";
import { randomUUID } from "node:crypto";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { getEnterpriseRegistration } from "@/lib/registration/get-enterprise-registration";
import { PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText } from "@/components/ui/date-time";
import { LicenceStatusBadge } from "@/components/licences/licence-status-badge";
import { RegistrationRequestForm } from "@/components/registration/request-form";
import { WithdrawRequestButton } from "@/components/registration/withdraw-button";
import { requestCancellationAction, requestChangeAction, withdrawRegistrationChangeAction } from "./actions";
import { EffectText, RequestContent, RequestOutcome } from "@/components/registration/request-summary";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("registration.my.metaTitle") };
}

const CELL = "border-t border-slate-200 px-3 py-2 align-top";

/** 变更登记 / 注销登记 online, zero materials; what each does to the licences is shown before it is asked. */
export default async function MyEnterprisePage() {
  const actor = await requirePagePermission("registration.request", "/my/enterprise");
  const { t, locale } = await getI18n();
  const reg = await getEnterpriseRegistration({ actor });
  if (!reg) {
    return (
      <div className="space-y-6">
        <PageHeading title={t("registration.my.heading")} lead={t("registration.my.lead")} />
        <p className="rounded border border-amber-300 bg-amber-50 p-3">{t("registration.my.noEnterprise")}</p>
      </div>
    );
  }
  const e = reg.enterprise;
  const active = e.status === "ACTIVE";
  const row = (label: string, value: ReactNode, testId?: string) => (
    <div className="grid gap-1 border-t border-slate-200 py-2 first:border-t-0 sm:grid-cols-[10rem_1fr]">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
  return (
    <div className="space-y-8">
      <PageHeading title={t("registration.my.heading")} lead={t("registration.my.lead")} />
      <section aria-labelledby="reg-facts" className="space-y-2">
        <h2 id="reg-facts" className="text-lg font-semibold">
          {t("registration.my.factsHeading")}
        </h2>
        <dl className="rounded-lg border border-slate-200 bg-white px-4">
          {row(t("registration.my.name"), e.name, "reg-name")}
          {row(t("registration.my.uscc"), <span className="font-mono">{e.uscc}</span>)}
          {row(t("registration.my.address"), e.address, "reg-address")}
          {row(t("registration.my.legalRep"), e.legalRepName)}
          {row(t("registration.my.established"), e.establishedAt.toISOString().slice(0, 10))}
          {row(t("registration.my.status"), t(`registration.enterpriseStatus.${e.status}`), "reg-status")}
        </dl>
        {reg.authority ? <p className="text-sm text-slate-700">{t("registration.my.authority", { name: reg.authority })}</p> : null}
        {!active ? (
          <p className="rounded border border-slate-400 bg-slate-100 p-3" data-testid="reg-cancelled">
            {t("registration.my.cancelledNote")}
          </p>
        ) : null}
      </section>

      {active ? (
        <section aria-labelledby="reg-held" className="space-y-2">
          <h2 id="reg-held" className="text-lg font-semibold">
            {t("registration.my.heldHeading")}
          </h2>
          {reg.held.length === 0 ? (
            <p className="text-slate-700">{t("registration.my.heldEmpty")}</p>
          ) : (
            <>
              <DataTable
                caption={t("registration.my.heldCaption")}
                testId="reg-held"
                headers={[
                  t("registration.my.colLicence"),
                  t("registration.my.colKind"),
                  t("registration.my.colMatter"),
                  t("registration.my.colIssuer"),
                  t("registration.my.colStatus"),
                  t("registration.my.colOnAddress"),
                ]}
              >
                {reg.held.map((l) => (
                  <tr key={l.id}>
                    <td className={`${CELL} font-mono break-all`}>{l.number}</td>
                    <td className={CELL}>{t(`licenceKind.${l.kind}`)}</td>
                    <td className={CELL}>{l.matter ?? ""}</td>
                    <td className={CELL}>{l.issuer}</td>
                    <td className={CELL}>
                      <LicenceStatusBadge t={t} status={l.status} />
                    </td>
                    <td className={CELL}>
                      <EffectText t={t} effect={l.onAddressChange} />
                    </td>
                  </tr>
                ))}
              </DataTable>
              <p className="text-sm text-slate-700">{t("registration.my.heldNote")}</p>
            </>
          )}
        </section>
      ) : null}

      {reg.open ? (
        <section aria-labelledby="reg-open" className="space-y-3 rounded-lg border border-amber-400 bg-amber-50 p-4" data-testid="reg-open">
          <h2 id="reg-open" className="text-lg font-semibold">
            {t("registration.my.openHeading")}：{t(`registration.kind.${reg.open.kind}`)}
          </h2>
          <p className="font-medium">{t("registration.my.submitted")}</p>
          <RequestContent t={t} r={reg.open} />
          <p className="text-sm">{t("registration.change.reason", { reason: reg.open.reason })}</p>
          <WithdrawRequestButton changeId={reg.open.id} action={withdrawRegistrationChangeAction} />
        </section>
      ) : null}

      {active && !reg.open ? (
        <>
          <section aria-labelledby="reg-change" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="reg-change" className="text-xl font-semibold">
              {t("registration.my.changeHeading")}
            </h2>
            <p className="text-slate-700">{t("registration.my.changeLead")}</p>
            <RegistrationRequestForm kind="CHANGE" requestKey={randomUUID()} current={{ name: e.name, address: e.address }} action={requestChangeAction} />
          </section>
          <section aria-labelledby="reg-cancel" className="space-y-3 rounded-lg border border-red-300 bg-white p-4">
            <h2 id="reg-cancel" className="text-xl font-semibold">
              {t("registration.my.cancelHeading")}
            </h2>
            <p className="text-slate-700">{t("registration.my.cancelLead")}</p>
            {reg.inProgress > 0 ? (
              <p className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="reg-cancel-blocked">
                {t("registration.my.cancelBlocked", { count: reg.inProgress })}
              </p>
            ) : (
              <RegistrationRequestForm
                kind="CANCEL"
                requestKey={randomUUID()}
                current={{ name: e.name, address: e.address }}
                action={requestCancellationAction}
              />
            )}
          </section>
        </>
      ) : active ? (
        <p className="text-slate-700">{t("registration.my.busyNote")}</p>
      ) : null}

      <section aria-labelledby="reg-history" className="space-y-2">
        <h2 id="reg-history" className="text-lg font-semibold">
          {t("registration.my.historyHeading")}
        </h2>
        {reg.requests.length === 0 ? (
          <p className="text-slate-700">{t("registration.my.historyEmpty")}</p>
        ) : (
          <DataTable
            caption={t("registration.my.historyCaption")}
            testId="reg-history"
            headers={[t("registration.my.colType"), t("registration.my.colContent"), t("registration.my.colRequested"), t("registration.my.colResult")]}
          >
            {reg.requests.map((r) => (
              <tr key={r.id}>
                <td className={`${CELL} whitespace-nowrap`}>{t(`registration.kind.${r.kind}`)}</td>
                <td className={`${CELL} min-w-48`}>
                  <RequestContent t={t} r={r} />
                </td>
                <td className={`${CELL} whitespace-nowrap`}>
                  <DateTimeText date={r.requestedAt} locale={locale} />
                </td>
                <td className={`${CELL} min-w-48`}>
                  <RequestOutcome t={t} r={r} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
