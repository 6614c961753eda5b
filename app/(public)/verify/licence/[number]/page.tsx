import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getI18n } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getPublicLicence } from "@/lib/licences/get-public-licence";
import { enterpriseCodePath, licencePath } from "@/lib/licences/licence-view";
import { publicUrl, qrSvg } from "@/lib/licences/qr";
import { PageHeading } from "@/components/ui/page-heading";
import { QrCode } from "@/components/verify/qr-code";
import { LicenceFacts } from "@/components/verify/licence-facts";

export const dynamic = "force-dynamic";

type Params = Promise<{ number: string }>;

const load = cache(async (number: string) =>
  getPublicLicence({ actor: await getSessionUser(), now: new Date(), number }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  }),
);

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
  const { licence: l, supersededBy } = found;
  const url = publicUrl(licencePath(l.number));
  const svg = await qrSvg(url);

  return (
    <div className="space-y-6">
      <nav aria-label={t("verify.breadcrumb")} className="text-sm">
        <ol className="flex flex-wrap items-center gap-1 text-slate-700">
          <li><Link href="/" className="text-brand-700 underline-offset-2 hover:underline">{t("verify.home")}</Link></li>
          <li aria-hidden="true">/</li>
          <li><Link href="/verify" className="text-brand-700 underline-offset-2 hover:underline">{t("verify.heading")}</Link></li>
          <li aria-hidden="true">/</li>
          <li><Link href={enterpriseCodePath(l.uscc)} className="text-brand-700 underline-offset-2 hover:underline">{l.holderName}</Link></li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="break-all text-slate-900">{l.number}</li>
        </ol>
      </nav>
      <PageHeading title={t("verify.licence.heading", { kind: t(`verify.kind.${l.kind}`), number: l.number })} />
      <section aria-labelledby="summary-heading" data-testid="verify-summary" data-genuine={l.genuineAndValid ? "true" : "false"}
        className={`rounded-lg border-2 p-4 ${l.genuineAndValid ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`}>
        <h2 id="summary-heading" className="font-semibold">{t("verify.licence.summary")}</h2>
        <p className="mt-1">{l.genuineAndValid ? t("verify.licence.genuine") : t("verify.licence.notGenuine")}</p>
        {supersededBy ? (
          <p className="mt-2">
            {t("verify.licence.supersededBy", { number: supersededBy })}{" "}
            <Link href={licencePath(supersededBy)} className="text-brand-700 underline">{t("verify.licence.openCurrent")}</Link>
          </p>
        ) : null}
      </section>
      <div className="grid gap-6 md:grid-cols-[1fr_auto]">
        <LicenceFacts licence={l} t={t} locale={locale} />
        <QrCode svg={svg} url={url} alt={t("verify.licence.qrAlt", { url })} heading={t("verify.licence.qrHeading")} />
      </div>
      <p><Link href={enterpriseCodePath(l.uscc)} className="text-brand-700 underline">{t("verify.licence.enterpriseLink")}</Link></p>
    </div>
  );
}
