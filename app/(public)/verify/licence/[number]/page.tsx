import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getI18n } from "@/lib/i18n/server";
import { getPublicLicence } from "@/lib/verify/get-public-licence";
import { enterpriseCodePath, licencePath } from "@/lib/licences/licence-view";
import { publicUrl, qrSvg } from "@/lib/licences/qr";
import { readPublic } from "../../read-public";
import { VerifyBreadcrumb } from "@/components/verify/verify-breadcrumb";
import { PageHeading } from "@/components/ui/page-heading";
import { QrCode } from "@/components/verify/qr-code";
import { LicenceFacts } from "@/components/verify/licence-facts";
import { PremisesNote } from "@/components/verify/premises-note";

export const dynamic = "force-dynamic";

type Params = Promise<{ number: string }>;

const load = cache((number: string) => readPublic((who) => getPublicLicence({ ...who, number })));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ t }, { number }] = await Promise.all([getI18n(), params]);
  const found = await load(number);
  return { title: found ? t("verify.licence.metaTitle", { number: found.licence.number }) : t("verify.notFound.metaTitle") };
}

/** 证照核验: one licence, its live status and signature, its own QR code, and the way to the enterprise code. */
export default async function LicenceVerifyPage({ params }: { params: Params }) {
  const [{ t, locale }, { number }] = await Promise.all([getI18n(), params]);
  const found = await load(number);
  if (!found) notFound();
  const { licence: l, supersededBy, supersedes, premises } = found;
  const url = publicUrl(licencePath(l.number));
  const svg = await qrSvg(url);

  return (
    <div className="space-y-6">
      <VerifyBreadcrumb t={t} trail={[{ href: enterpriseCodePath(l.uscc), label: l.holderName }]} current={{ label: l.number, className: "break-all" }} />
      <PageHeading title={t("verify.licence.heading", { kind: t(`licenceKind.${l.kind}`), number: l.number })} />
      <section
        aria-labelledby="summary-heading"
        data-testid="verify-summary"
        data-genuine={l.genuineAndValid ? "true" : "false"}
        className={`rounded-lg border-2 p-4 ${l.genuineAndValid ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`}
      >
        <h2 id="summary-heading" className="font-semibold">
          {t("verify.licence.summary")}
        </h2>
        <p className="mt-1">{l.genuineAndValid ? t("verify.licence.genuine") : t("verify.licence.notGenuine")}</p>
        {supersededBy ? (
          <p className="mt-2">
            {t("verify.licence.supersededBy", { number: supersededBy })}{" "}
            <Link href={licencePath(supersededBy)} className="text-brand-700 underline">
              {t("verify.licence.openCurrent")}
            </Link>
          </p>
        ) : null}
        {supersedes ? (
          <p className="mt-2" data-testid="verify-supersedes">
            {t("verify.premises.supersedes", { number: supersedes })}{" "}
            <Link href={licencePath(supersedes)} className="text-brand-700 underline">
              {t("verify.premises.openPrevious")}
            </Link>
          </p>
        ) : null}
        {premises ? (
          <div className="mt-2">
            <PremisesNote note={premises} status={l.status} t={t} locale={locale} />
          </div>
        ) : null}
      </section>
      <div className="grid gap-6 md:grid-cols-[1fr_auto]">
        <LicenceFacts licence={l} t={t} locale={locale} />
        <QrCode svg={svg} url={url} alt={t("verify.licence.qrAlt", { url })} heading={t("verify.licence.qrHeading")} />
      </div>
      <p>
        <Link href={enterpriseCodePath(l.uscc)} className="text-brand-700 underline">
          {t("verify.licence.enterpriseLink")}
        </Link>
      </p>
    </div>
  );
}
