import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getRegistrationChange, type DeskRequestDetail } from "@/lib/registration/list-registration-changes";
import { PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText } from "@/components/ui/date-time";
import { LicenceStatusBadge } from "@/components/licences/licence-status-badge";
import { EffectText, RequestContent, RequestOutcome } from "@/components/registration/request-summary";
import { RegistrationDecisionForm } from "@/components/registration/decision-form";
import { decideRegistrationChangeAction } from "./actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("registration.desk.metaTitle") };
}

const CELL = "border-t border-slate-200 px-3 py-2 align-top";

/** One request: the facts, what approving it does to each licence, and the decision. */
export default async function DeptRegistrationPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requirePagePermission("registration.decide", `/dept/registrations/${encodeURIComponent(id)}`);
  const { t, locale } = await getI18n();
  let view: DeskRequestDetail;
  try {
    view = await getRegistrationChange({ actor, now: new Date(), changeId: id });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    if (isAppError(e) && e.code === "FORBIDDEN") forbidden();
    throw e;
  }
  const r = view.request;
  const open = r.status === "SUBMITTED";
  const row = (label: string, value: ReactNode) => (
    <div className="grid gap-1 border-t border-slate-200 py-2 first:border-t-0 sm:grid-cols-[10rem_1fr]">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  const reviews = view.licences.filter((l) => l.effect.review !== null).length;
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/dept/registrations" className="text-brand-700 underline">
          {t("registration.desk.back")}
        </Link>
      </p>
      <PageHeading title={t("registration.desk.detailHeading", { kind: t(`registration.kind.${r.kind}`), name: r.enterpriseName })} />
      <section aria-labelledby="reg-facts" className="space-y-2">
        <h2 id="reg-facts" className="text-lg font-semibold">
          {t("registration.desk.factsHeading")}
        </h2>
        <dl className="rounded-lg border border-slate-200 bg-white px-4">
          {row(t("registration.desk.uscc"), <span className="font-mono">{r.uscc}</span>)}
          {row(t("registration.desk.currentName"), view.enterprise.name)}
          {row(t("registration.desk.currentAddress"), view.enterprise.address)}
          {row(t("registration.desk.legalRep"), view.enterprise.legalRepName)}
          {row(t("registration.desk.content"), <RequestContent t={t} r={r} />)}
          {row(t("registration.desk.reason"), r.reason)}
          {row(t("registration.desk.requested"), <DateTimeText date={r.requestedAt} locale={locale} />)}
          {row(t("registration.desk.status"), <RequestOutcome t={t} r={r} />)}
        </dl>
      </section>
      {open ? (
        <section aria-labelledby="reg-licences" className="space-y-2">
          <h2 id="reg-licences" className="text-lg font-semibold">
            {t("registration.desk.licencesHeading")}
          </h2>
          {view.licences.length === 0 ? (
            <p className="text-slate-700">{t("registration.desk.licencesEmpty")}</p>
          ) : (
            <DataTable
              caption={t("registration.desk.licencesCaption")}
              testId="registration-licences"
              headers={[
                t("registration.desk.colNumber"),
                t("registration.desk.colKind"),
                t("registration.desk.colMatter"),
                t("registration.desk.colIssuer"),
                t("registration.effect.colAddress"),
                t("registration.desk.colStatus"),
                t("registration.desk.colEffect"),
              ]}
            >
              {view.licences.map((l) => (
                <tr key={l.number} data-affected={l.affected ? "yes" : "no"} data-effect={l.effect.key}>
                  <td className={`${CELL} font-mono break-all`}>{l.number}</td>
                  <td className={`${CELL} whitespace-nowrap`}>{t(`licenceKind.${l.kind}`)}</td>
                  <td className={CELL}>{l.matter ?? ""}</td>
                  <td className={CELL}>{l.issuer}</td>
                  <td className={`${CELL} min-w-40`}>{l.address}</td>
                  <td className={CELL}>
                    <LicenceStatusBadge t={t} status={l.status} />
                  </td>
                  <td className={`${CELL} min-w-48`}>
                    <EffectText t={t} effect={l.effect} />
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
          {reviews > 0 ? (
            <p className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="registration-review-note">
              {t("registration.effect.reviewNote", { count: reviews })}
            </p>
          ) : null}
          {r.kind === "CANCEL" && view.inProgress > 0 ? (
            <p className="rounded border border-amber-300 bg-amber-50 p-3">{t("registration.desk.inProgress", { count: view.inProgress })}</p>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="reg-decision" className="space-y-3">
        <h2 id="reg-decision" className="text-lg font-semibold">
          {t("registration.desk.formHeading")}
        </h2>
        <RegistrationDecisionForm changeId={r.id} open={open} action={decideRegistrationChangeAction} />
      </section>
    </div>
  );
}
