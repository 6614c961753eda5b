import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getI18n } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getPublicEnterprise } from "@/lib/licences/get-public-enterprise";
import { enterpriseCodePath, licencePath } from "@/lib/licences/licence-view";
import { publicUrl, qrSvg } from "@/lib/licences/qr";
import { PageHeading } from "@/components/ui/page-heading";
import { QrCode } from "@/components/verify/qr-code";
import { SignatureResult, StatusBadge } from "@/components/verify/licence-status";

export const dynamic = "force-dynamic";

type Params = Promise<{ uscc: string }>;

// generateMetadata and the page share one read per request; an unknown code is a 404 (verify/not-found.tsx).
const load = cache(async (uscc: string) =>
  getPublicEnterprise({ actor: await getSessionUser(), now: new Date(), uscc }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  }),
);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ t }, { uscc }] = await Promise.all([getI18n(), params]);
  const enterprise = await load(uscc);
  return { title: enterprise ? t("verify.enterprise.metaTitle", { name: enterprise.name }) : t("verify.notFound.metaTitle") };
}

/** 一码展示 (珠海方案 001 二(二)4): the code on the business licence opens every licence the enterprise holds. */
export default async function EnterpriseCodePage({ params }: { params: Params }) {
  const [{ t }, { uscc }] = await Promise.all([getI18n(), params]);
  const enterprise = await load(uscc);
  if (!enterprise) notFound();
  const url = publicUrl(enterpriseCodePath(enterprise.uscc));
  const svg = await qrSvg(url);
  const row = "grid gap-1 py-1 sm:grid-cols-[10rem_1fr]";

  return (
    <div className="space-y-6">
      <nav aria-label={t("verify.breadcrumb")} className="text-sm">
        <ol className="flex flex-wrap items-center gap-1 text-slate-700">
          <li><Link href="/" className="text-brand-700 underline-offset-2 hover:underline">{t("verify.home")}</Link></li>
          <li aria-hidden="true">/</li>
          <li><Link href="/verify" className="text-brand-700 underline-offset-2 hover:underline">{t("verify.heading")}</Link></li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="text-slate-900">{enterprise.name}</li>
        </ol>
      </nav>
      <PageHeading title={enterprise.name} lead={t("verify.enterprise.lead")} />
      <div className="grid gap-6 md:grid-cols-[1fr_auto]">
        <dl aria-label={t("verify.enterprise.factsLabel")} className="rounded-lg border border-slate-200 bg-white p-4">
          <div className={row}><dt className="text-slate-700">{t("verify.enterprise.uscc")}</dt><dd className="font-mono">{enterprise.uscc}</dd></div>
          <div className={row}><dt className="text-slate-700">{t("verify.enterprise.status")}</dt><dd>{t(`verify.enterprise.enterpriseStatus.${enterprise.status}`)}</dd></div>
          <div className={row}><dt className="text-slate-700">{t("verify.enterprise.address")}</dt><dd>{enterprise.address}</dd></div>
          <div className={row}><dt className="text-slate-700">{t("verify.enterprise.legalRep")}</dt><dd>{enterprise.legalRepName}</dd></div>
        </dl>
        <QrCode svg={svg} url={url} alt={t("verify.enterprise.qrAlt", { url })} heading={t("verify.enterprise.qrHeading")} lead={t("verify.enterprise.qrLead")} />
      </div>
      <section aria-labelledby="licences-heading">
        <h2 id="licences-heading" className="mb-3 text-xl font-semibold">{t("verify.enterprise.licencesHeading", { count: enterprise.licences.length })}</h2>
        {enterprise.licences.length === 0 ? (
          <p className="text-slate-700">{t("verify.enterprise.noLicences")}</p>
        ) : (
          <ul className="space-y-3" data-testid="enterprise-licences">
            {enterprise.licences.map((l) => (
              <li key={l.id} data-testid="enterprise-licence" className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="font-semibold">
                  {t(`verify.kind.${l.kind}`)}
                  {l.matter && l.kind !== "BUSINESS" ? <span className="font-normal">（{l.matter}）</span> : null}
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                  <StatusBadge status={l.status} t={t} />
                  <SignatureResult check={l.signature} t={t} short />
                </p>
                <p className="mt-1 text-sm text-slate-700">
                  {l.validUntil ? t("verify.licence.validRange", { from: l.validFrom, until: l.validUntil }) : t("verify.licence.longTerm", { from: l.validFrom })}
                  {" · "}
                  {l.issuer}
                </p>
                <p className="mt-2">
                  <Link href={licencePath(l.number)} className="break-all text-brand-700 underline">{t("verify.licence.open", { number: l.number })}</Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
