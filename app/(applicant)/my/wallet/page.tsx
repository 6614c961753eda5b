import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { getWallet } from "@/lib/licences/wallet";
import { enterpriseCodePath } from "@/lib/licences/licence-view";
import { PageHeading } from "@/components/ui/page-heading";
import { LicenceCard } from "@/components/wallet/licence-card";
import { Zh } from "@/components/i18n/data-name";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("wallet.metaTitle") };
}

export default async function WalletPage() {
  const actor = await requirePagePermission("licence.viewOwn", "/my/wallet");
  const { t, locale } = await getI18n();
  const wallet = await getWallet({ actor, now: new Date() });
  return (
    <div className="space-y-6">
      <PageHeading title={t("wallet.heading")} lead={t("wallet.lead")} />
      {!wallet.enterprise ? (
        <section aria-labelledby="wallet-empty" className="rounded border border-amber-300 bg-amber-50 p-4" data-testid="wallet-empty">
          <h2 id="wallet-empty" className="font-semibold">
            {t("wallet.noEnterpriseHeading")}
          </h2>
          <p className="mt-1">{t("wallet.noEnterprise")}</p>
        </section>
      ) : (
        <>
          <section aria-labelledby="wallet-enterprise" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="wallet-enterprise" className="sr-only">
              {t("wallet.enterpriseHeading")}
            </h2>
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
              <dt className="text-sm text-slate-600">{t("wallet.enterpriseName")}</dt>
              <dd className="font-semibold">{locale === "zh-CN" ? wallet.enterprise.name : <Zh>{wallet.enterprise.name}</Zh>}</dd>
              <dt className="text-sm text-slate-600">{t("wallet.uscc")}</dt>
              <dd className="font-mono">{wallet.enterprise.uscc}</dd>
              <dt className="text-sm text-slate-600">{t("wallet.enterpriseCode")}</dt>
              <dd>
                <Link href={enterpriseCodePath(wallet.enterprise.uscc)} className="text-brand-700 underline" data-testid="enterprise-code">
                  {t("wallet.enterpriseCodeLink")}
                </Link>
              </dd>
            </dl>
          </section>
          <section aria-labelledby="wallet-licences" className="space-y-3">
            <h2 id="wallet-licences" className="text-lg font-semibold">
              {t("wallet.licencesHeading", { count: wallet.licences.length })}
            </h2>
            {wallet.licences.length === 0 ? (
              <p className="text-slate-700" data-testid="wallet-empty">
                {t("wallet.empty")}
              </p>
            ) : (
              <>
                <p className="text-sm text-slate-700">
                  {t("wallet.currentFirst")} {t("wallet.jsonHint")}
                </p>
                <ul className="space-y-4">
                  {wallet.licences.map((l) => (
                    <li key={l.id}>
                      <LicenceCard licence={l} t={t} locale={locale} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
