import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getI18n } from "@/lib/i18n/server";
import { getPublicEnterprise } from "@/lib/verify/get-public-enterprise";
import { enterpriseCodePath, licencePath } from "@/lib/licences/licence-view";
import { publicUrl, qrSvg } from "@/lib/licences/qr";
import { readPublic } from "../read-public";
import { VerifyBreadcrumb } from "@/components/verify/verify-breadcrumb";
import { PageHeading } from "@/components/ui/page-heading";
import { QrCode } from "@/components/verify/qr-code";
import { LicenceStatusBadge, SignatureResult } from "@/components/licences/licence-status-badge";
import { PremisesNote } from "@/components/verify/premises-note";
import { RegistrationHistory } from "@/components/verify/registration-history";

export const dynamic = "force-dynamic";

type Params = Promise<{ uscc: string }>;

// generateMetadata and the page share one read per request; an unknown code is a 404 (verify/not-found.tsx).
const load = cache((uscc: string) => readPublic((who) => getPublicEnterprise({ ...who, uscc })));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ t }, { uscc }] = await Promise.all([getI18n(), params]);
  const enterprise = await load(uscc);
  return { title: enterprise ? t("verify.enterprise.metaTitle", { name: enterprise.name }) : t("verify.notFound.metaTitle") };
}

/** 一码展示 (珠海方案 001 二(二)4): the code on the business licence opens every licence the enterprise holds. */
export default async function EnterpriseCodePage({ params }: { params: Params }) {
  const [{ t, locale }, { uscc }] = await Promise.all([getI18n(), params]);
  const enterprise = await load(uscc);
  if (!enterprise) notFound();
  const url = publicUrl(enterpriseCodePath(enterprise.uscc));
  const svg = await qrSvg(url);
  const row = "grid gap-1 py-1 sm:grid-cols-[10rem_1fr]";

  return (
    <div className="space-y-6">
      <VerifyBreadcrumb t={t} current={{ label: enterprise.name }} />
      <PageHeading title={enterprise.name} lead={t("verify.enterprise.lead")} />
      <div className="grid gap-6 md:grid-cols-[1fr_auto]">
        <dl aria-label={t("verify.enterprise.factsLabel")} className="rounded-lg border border-slate-200 bg-white p-4">
          <div className={row}>
            <dt className="text-slate-700">{t("verify.enterprise.uscc")}</dt>
            <dd className="font-mono">{enterprise.uscc}</dd>
          </div>
          <div className={row}>
            <dt className="text-slate-700">{t("verify.enterprise.status")}</dt>
            <dd data-testid="enterprise-status">{t(`verify.enterprise.enterpriseStatus.${enterprise.status}`)}</dd>
          </div>
          <div className={row}>
            <dt className="text-slate-700">{t("verify.enterprise.address")}</dt>
            <dd data-testid="enterprise-address">{enterprise.address}</dd>
          </div>
          <div className={row}>
            <dt className="text-slate-700">{t("verify.enterprise.legalRep")}</dt>
            <dd>{enterprise.legalRepName}</dd>
          </div>
        </dl>
        <QrCode
          svg={svg}
          url={url}
          alt={t("verify.enterprise.qrAlt", { url })}
          heading={t("verify.enterprise.qrHeading")}
          lead={t("verify.enterprise.qrLead")}
        />
      </div>
      <section aria-labelledby="licences-heading">
        <h2 id="licences-heading" className="mb-3 text-xl font-semibold">
          {t("verify.enterprise.licencesHeading", { count: enterprise.licences.length })}
        </h2>
        {enterprise.licences.length === 0 ? (
          <p className="text-slate-700">{t("verify.enterprise.noLicences")}</p>
        ) : (
          <ul className="space-y-3" data-testid="enterprise-licences">
            {enterprise.licences.map((l) => (
              <li key={l.id} data-testid="enterprise-licence" data-number={l.number} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="font-semibold">
                  {t(`licenceKind.${l.kind}`)}
                  {l.matter && l.kind !== "BUSINESS" ? <span className="font-normal">（{l.matter}）</span> : null}
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                  <LicenceStatusBadge status={l.status} t={t} />
                  <SignatureResult check={l.signature} t={t} short />
                </p>
                <p className="mt-1 text-sm text-slate-700">
                  {l.validUntil
                    ? t("verify.licence.validRange", { from: l.validFrom, until: l.validUntil })
                    : t("verify.licence.longTerm", { from: l.validFrom })}
                  {" · "}
                  {l.issuer}
                </p>
                {l.premises ? (
                  <div className="mt-2">
                    <PremisesNote note={l.premises} status={l.status} t={t} locale={locale} />
                  </div>
                ) : null}
                <p className="mt-2">
                  <Link href={licencePath(l.number)} className="break-all text-brand-700 underline">
                    {t("verify.licence.open", { number: l.number })}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {enterprise.history.length ? <RegistrationHistory events={enterprise.history} t={t} locale={locale} headingId="history-heading" /> : null}
    </div>
  );
}
