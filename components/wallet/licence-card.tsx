import Link from "next/link";
import type { TFunction } from "@/lib/i18n/core";
import type { Locale } from "@/lib/i18n/core";
import { formatDateTime } from "@/components/ui/date-time";
import { licencePath } from "@/lib/licences/licence-view";
import type { WalletLicence } from "@/lib/licences/wallet";
import { LicenceStatusBadge } from "@/components/licences/licence-status-badge";
import { DataName, Zh } from "@/components/i18n/data-name";
import { MarkData } from "@/components/i18n/mark-data";

/**
 * One licence in the wallet: its facts, status badge, signature in plain words and its downloads. The title and
 * the issuing department go through the data translations; a licensed item that is a matter's name does too,
 * the others are business-scope terms (normative Chinese wording) and the address is registry data: both stay
 * Chinese, marked lang="zh-CN".
 */
export function LicenceCard({ licence: l, t, locale }: { licence: WalletLicence; t: TFunction; locale: Locale }) {
  const headingId = `licence-${l.id}`;
  const base = `/my/wallet/${encodeURIComponent(l.id)}`;
  return (
    <article
      aria-labelledby={headingId}
      data-testid="wallet-licence"
      className={`rounded-lg border bg-white p-4 ${l.current ? "border-slate-300" : "border-dashed border-slate-300 opacity-90"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          <DataName kind="certificate" zh={l.title} locale={locale} />
        </h3>
        <LicenceStatusBadge t={t} status={l.status} />
      </div>
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="text-sm text-slate-600">{t("wallet.number")}</dt>
        <dd className="font-mono break-all" data-testid="licence-number">
          {l.number}
        </dd>
        {l.items.length ? (
          <>
            <dt className="text-sm text-slate-600">{t("wallet.items")}</dt>
            <dd>
              {l.items.map((item, i) => (
                <span key={`${i}-${item}`}>
                  {i ? t("common.listSeparator") : null}
                  <DataName kind="matter" zh={item} locale={locale} />
                </span>
              ))}
            </dd>
          </>
        ) : null}
        <dt className="text-sm text-slate-600">{t(l.kind === "BUSINESS" ? "wallet.pdf.domicile" : "wallet.pdf.premises")}</dt>
        <dd>{locale === "zh-CN" ? l.address : <Zh>{l.address}</Zh>}</dd>
        <dt className="text-sm text-slate-600">{t("wallet.validity")}</dt>
        <dd>{l.validUntil ? t("wallet.validityRange", { from: l.validFrom, until: l.validUntil }) : t("wallet.validityOpen", { from: l.validFrom })}</dd>
        <dt className="text-sm text-slate-600">{t("wallet.issuer")}</dt>
        <dd>
          <DataName kind="department" zh={l.issuer} locale={locale} />
        </dd>
        <dt className="text-sm text-slate-600">{t("wallet.issuedAt")}</dt>
        <dd>{formatDateTime(l.issuedAt, locale)}</dd>
      </dl>
      <p className="mt-2 text-sm text-slate-700">
        {t("wallet.version", { version: l.version })}
        {l.supersededBy ? ` · ${t("common.labelValue", { label: t("licenceStatus.SUPERSEDED"), value: l.supersededBy })}` : ""}
      </p>
      {l.statusReason && l.status !== "VALID" ? (
        <p className="mt-1 text-sm text-slate-800">
          <MarkData text={t("wallet.reason", { reason: l.statusReason })} data={[l.statusReason]} />
        </p>
      ) : null}
      {l.verification ? (
        <p
          className={`mt-2 text-sm ${l.verification.status === "RECTIFYING" ? "rounded border border-amber-500 bg-amber-50 p-2 font-medium text-amber-950" : "text-slate-800"}`}
          data-testid="licence-verification"
          data-status={l.verification.status}
        >
          <MarkData
            text={t(`wallet.verification.${l.verification.status}`, {
              due: l.verification.dueOn,
              by: l.verification.rectifyBy ?? "",
              findings: l.verification.findings ?? "",
            })}
            data={[l.verification.findings]}
          />
        </p>
      ) : null}
      <p
        className={`mt-2 text-sm ${l.signature === "valid" ? "text-green-800" : l.signature === "unsigned" ? "text-slate-700" : "text-red-800"}`}
        data-testid="licence-signature"
      >
        {t(`wallet.signature.${l.signature}`)}
      </p>
      <ul className="mt-3 flex flex-wrap gap-3">
        <li>
          <a href={`${base}/licence.pdf`} download className="inline-block rounded-md border border-brand-600 px-3 py-2 text-brand-800 hover:bg-brand-50">
            {t("wallet.downloadPdf", { number: l.number })}
          </a>
        </li>
        {l.signed ? (
          <li>
            <a href={`${base}/licence.json`} download className="inline-block rounded-md border border-brand-600 px-3 py-2 text-brand-800 hover:bg-brand-50">
              {t("wallet.downloadJson", { number: l.number })}
            </a>
          </li>
        ) : null}
        <li>
          <Link href={licencePath(l.number)} className="inline-block px-1 py-2 text-brand-700 underline">
            {t("wallet.verifyLink", { number: l.number })}
          </Link>
        </li>
      </ul>
    </article>
  );
}
