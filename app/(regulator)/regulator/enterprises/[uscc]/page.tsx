import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getEnterpriseDossier, type Dossier } from "@/lib/supervision/get-enterprise-dossier";
import { PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText } from "@/components/ui/date-time";
import { LicenceStatusBadge } from "@/components/licences/licence-status-badge";
import { RiskFactors } from "@/components/inspection/risk-factors";
import { PremisesNote } from "@/components/verify/premises-note";
import { RegistrationHistory } from "@/components/verify/registration-history";

export const dynamic = "force-dynamic";

type Params = Promise<{ uscc: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("dossier.detail.metaTitle") };
}

const CELL = "border-t border-slate-200 px-3 py-2 align-top";

/** 一企一档: one enterprise, every supervision fact, one timeline. */
export default async function DossierPage({ params }: { params: Params }) {
  const { uscc } = await params;
  const actor = await requirePagePermission("supervision.manage", `/regulator/enterprises/${encodeURIComponent(uscc)}`);
  const { t, locale } = await getI18n();
  let d: Dossier;
  try {
    d = await getEnterpriseDossier({ actor, now: new Date(), uscc });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  const e = d.enterprise;
  const row = (label: string, value: ReactNode, testId?: string) => (
    <div className="grid gap-1 border-t border-slate-200 py-2 first:border-t-0 sm:grid-cols-[10rem_1fr]">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
  const section = (id: string, title: string, content: ReactNode) => (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {content}
    </section>
  );
  const empty = <p className="text-slate-700">{t("dossier.detail.empty")}</p>;
  const when = (date: Date | null) => (date ? <DateTimeText date={date} locale={locale} /> : "");
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/regulator/enterprises" className="text-brand-700 underline">
          {t("dossier.detail.back")}
        </Link>
      </p>
      <PageHeading title={e.name} />
      <div className="grid gap-6 lg:grid-cols-2">
        {section(
          "d-facts",
          t("dossier.detail.factsHeading"),
          <dl className="rounded-lg border border-slate-200 bg-white px-4">
            {row(t("dossier.detail.uscc"), <span className="font-mono">{e.uscc}</span>)}
            {row(t("dossier.detail.status"), t(`registration.enterpriseStatus.${e.status}`))}
            {row(t("dossier.detail.address"), e.address)}
            {row(t("dossier.detail.legalRep"), e.legalRepName)}
            {row(t("dossier.detail.entityType"), e.entityType)}
            {row(t("dossier.detail.established"), e.establishedAt)}
            {e.industry ? row(t("dossier.detail.industry"), e.industry) : null}
            {e.businessScope ? row(t("dossier.detail.scope"), e.businessScope) : null}
          </dl>,
        )}
        <div className="space-y-6">
          {section(
            "d-credit",
            t("dossier.detail.creditHeading"),
            <div className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-xl font-semibold" data-testid="dossier-grade" data-grade={d.credit.grade}>
                {t("dossier.detail.creditValue", { grade: t(`credit.grade.${d.credit.grade}`), score: d.credit.score })}
              </p>
            </div>,
          )}
          {section(
            "d-risk",
            t("dossier.detail.riskHeading"),
            <div className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-xl font-semibold" data-testid="dossier-risk">
                {t("dossier.detail.riskValue", { score: d.risk.score })}
              </p>
              <RiskFactors t={t} factors={d.risk.factors} />
            </div>,
          )}
        </div>
      </div>
      {section(
        "d-licences",
        t("dossier.detail.licencesHeading"),
        d.licences.length === 0 ? (
          empty
        ) : (
          <DataTable
            caption={t("dossier.detail.licencesCaption")}
            testId="dossier-licences"
            headers={[
              t("dossier.detail.colNumber"),
              t("dossier.detail.colKind"),
              t("dossier.detail.colMatter"),
              t("dossier.detail.colStatus"),
              t("dossier.detail.colIssued"),
              t("dossier.detail.colIssuer"),
            ]}
          >
            {d.licences.map((l) => (
              <tr key={l.number} data-number={l.number}>
                <td className={`${CELL} min-w-44 break-all`}>
                  <span className="font-mono">{l.number}</span>
                  {l.supersedes ? <span className="mt-1 block text-sm text-slate-700">{t("dossier.detail.supersedes", { number: l.supersedes })}</span> : null}
                </td>
                <td className={`${CELL} whitespace-nowrap`}>{t(`licenceKind.${l.kind}`)}</td>
                <td className={`${CELL} min-w-40`}>
                  {l.matter ?? ""}
                  <span className="mt-1 block text-sm text-slate-700">{t("dossier.detail.licenceAddress", { address: l.address })}</span>
                </td>
                <td className={`${CELL} min-w-48`}>
                  <LicenceStatusBadge t={t} status={l.status} />
                  {l.statusReason ? <span className="mt-1 block text-sm">{l.statusReason}</span> : null}
                  {l.premises ? (
                    <div className="mt-1">
                      <PremisesNote note={l.premises} status={l.status} t={t} locale={locale} />
                    </div>
                  ) : null}
                </td>
                <td className={`${CELL} whitespace-nowrap`}>{when(l.issuedAt)}</td>
                <td className={`${CELL} min-w-32`}>{l.issuer}</td>
              </tr>
            ))}
          </DataTable>
        ),
      )}
      <RegistrationHistory events={d.registrations} t={t} locale={locale} headingId="d-registrations" headingClass="text-lg font-semibold" />
      {section(
        "d-applications",
        t("dossier.detail.applicationsHeading"),
        d.applications.length === 0 ? (
          empty
        ) : (
          <DataTable
            caption={t("dossier.detail.applicationsCaption")}
            testId="dossier-applications"
            headers={[t("dossier.detail.colMatters"), t("dossier.detail.colStatus"), t("dossier.detail.colSubmitted"), t("dossier.detail.colDays")]}
          >
            {d.applications.map((a) => (
              <tr key={a.id}>
                <td className={`${CELL} min-w-48`}>{a.matters.join(t("common.listSeparator"))}</td>
                <td className={CELL}>{t(`status.${a.status}`)}</td>
                <td className={`${CELL} whitespace-nowrap`}>{when(a.submittedAt)}</td>
                <td className={CELL}>{a.workingDaysTaken ?? ""}</td>
              </tr>
            ))}
          </DataTable>
        ),
      )}
      {section(
        "d-commitments",
        t("dossier.detail.commitmentsHeading"),
        d.commitments.length === 0 ? (
          empty
        ) : (
          <DataTable
            caption={t("dossier.detail.commitmentsCaption")}
            testId="dossier-commitments"
            headers={[t("dossier.detail.colMatter"), t("dossier.detail.colSigned"), t("dossier.detail.colLicence"), t("dossier.detail.colVerification")]}
          >
            {d.commitments.map((c, i) => (
              <tr key={i}>
                <td className={CELL}>{c.matter}</td>
                <td className={`${CELL} whitespace-nowrap`}>{when(c.signedAt)}</td>
                <td className={`${CELL} font-mono break-all`}>{c.licence ?? ""}</td>
                <td className={`${CELL} min-w-48`}>
                  {c.verification ? (
                    <>
                      <p className="font-medium">{t(`verification.status.${c.verification.status}`)}</p>
                      {c.verification.findings ? <p className="text-sm">{c.verification.findings}</p> : null}
                    </>
                  ) : (
                    t("dossier.detail.notSelected")
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        ),
      )}
      {section(
        "d-inspections",
        t("dossier.detail.inspectionsHeading"),
        d.inspections.length === 0 ? (
          empty
        ) : (
          <DataTable
            caption={t("dossier.detail.inspectionsCaption")}
            testId="dossier-inspections"
            headers={[t("dossier.detail.colPlan"), t("dossier.detail.colGrade"), t("dossier.detail.colResult"), t("dossier.detail.colAt")]}
          >
            {d.inspections.map((i, n) => (
              <tr key={n}>
                <td className={CELL}>{i.plan}</td>
                <td className={CELL}>{i.grade}</td>
                <td className={`${CELL} min-w-48`}>
                  {t(`inspection.result.${i.result}`)}
                  {i.findings ? `：${i.findings}` : ""}
                </td>
                <td className={`${CELL} whitespace-nowrap`}>{when(i.inspectedAt)}</td>
              </tr>
            ))}
          </DataTable>
        ),
      )}
      {section(
        "d-credit-records",
        t("dossier.detail.creditRecordsHeading"),
        d.creditRecords.length === 0 ? (
          empty
        ) : (
          <DataTable
            caption={t("dossier.detail.creditRecordsCaption")}
            testId="dossier-credit"
            headers={[t("dossier.detail.colAt"), t("dossier.detail.colSource"), t("dossier.detail.colDeduction"), t("dossier.detail.colRepair")]}
          >
            {d.creditRecords.map((r) => (
              <tr key={r.id}>
                <td className={`${CELL} whitespace-nowrap`}>{when(r.occurredAt)}</td>
                <td className={`${CELL} min-w-48`}>
                  {r.source}：{r.description}
                </td>
                <td className={CELL}>{r.inForce ? `−${r.deduction}` : t("dossier.detail.notInForce")}</td>
                <td className={CELL}>{t(`credit.repairStatus.${r.repairStatus as "NONE"}`)}</td>
              </tr>
            ))}
          </DataTable>
        ),
      )}
      {section(
        "d-reviews",
        t("dossier.detail.reviewsHeading"),
        d.reviews.length === 0 ? (
          empty
        ) : (
          <DataTable
            caption={t("dossier.detail.reviewsCaption")}
            testId="dossier-reviews"
            headers={[t("dossier.detail.colAt"), t("dossier.detail.colOverall"), t("dossier.detail.colComment")]}
          >
            {d.reviews.map((r, i) => (
              <tr key={i}>
                <td className={`${CELL} whitespace-nowrap`}>{when(r.at)}</td>
                <td className={CELL}>{r.overall}</td>
                <td className={CELL}>{r.comment}</td>
              </tr>
            ))}
          </DataTable>
        ),
      )}
      {section(
        "d-timeline",
        t("dossier.detail.timelineHeading"),
        <ol className="space-y-2 border-l-2 border-slate-300 pl-4" data-testid="dossier-timeline">
          {d.timeline.map((ev, i) => (
            <li key={i} data-kind={ev.kind}>
              <p className="text-sm text-slate-700">
                <DateTimeText date={ev.at} locale={locale} /> · {t(`dossier.kind.${ev.kind}`)}
              </p>
              <p>{ev.text}</p>
            </li>
          ))}
        </ol>,
      )}
    </div>
  );
}
