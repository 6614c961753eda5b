import type { LicenceView } from "@/lib/licences/licence-view";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { DateTimeText } from "@/components/ui/date-time";
import { LicenceStatusBadge, SignatureResult } from "@/components/licences/licence-status-badge";

/** Every public field of one licence, its live status (with the reason) and the signature check. */
export function LicenceFacts({ licence: l, t, locale }: { licence: LicenceView; t: TFunction; locale: Locale }) {
  const row = "grid gap-1 border-b border-slate-100 py-2 sm:grid-cols-[10rem_1fr]";
  return (
    <dl aria-label={t("verify.licence.factsLabel")} className="rounded-lg border border-slate-200 bg-white px-4">
      <div className={row}>
        <dt className="text-slate-700">{t("verify.licence.status")}</dt>
        <dd>
          <LicenceStatusBadge status={l.status} t={t} />
          {l.statusReason && l.status !== "VALID" ? <span className="ml-2">{t("verify.licence.reason", { reason: l.statusReason })}</span> : null}
        </dd>
      </div>
      <div className={row}>
        <dt className="text-slate-700">{t("verify.licence.signature")}</dt>
        <dd>
          <SignatureResult check={l.signature} t={t} />
        </dd>
      </div>
      <div className={row}>
        <dt className="text-slate-700">{t("verify.licence.number")}</dt>
        <dd className="break-all font-mono">{l.number}</dd>
      </div>
      <div className={row}>
        <dt className="text-slate-700">{t("verify.licence.kindLabel")}</dt>
        <dd>{t(`licenceKind.${l.kind}`)}</dd>
      </div>
      <div className={row}>
        <dt className="text-slate-700">{t("verify.licence.holder")}</dt>
        <dd>{l.holderName}</dd>
      </div>
      <div className={row}>
        <dt className="text-slate-700">{t("verify.licence.uscc")}</dt>
        <dd className="font-mono">{l.uscc}</dd>
      </div>
      <div className={row}>
        <dt className="text-slate-700">{t("verify.licence.address")}</dt>
        <dd>{l.address}</dd>
      </div>
      {l.matter ? (
        <div className={row}>
          <dt className="text-slate-700">{t("verify.licence.matter")}</dt>
          <dd>{l.matter}</dd>
        </div>
      ) : null}
      {l.items.length ? (
        <div className={row}>
          <dt className="text-slate-700">{t("verify.licence.items")}</dt>
          <dd>
            <ul className="list-disc pl-5">
              {l.items.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
      <div className={row}>
        <dt className="text-slate-700">{t("verify.licence.validity")}</dt>
        <dd>
          {l.validUntil ? t("verify.licence.validRange", { from: l.validFrom, until: l.validUntil }) : t("verify.licence.longTerm", { from: l.validFrom })}
        </dd>
      </div>
      <div className={row}>
        <dt className="text-slate-700">{t("verify.licence.issuer")}</dt>
        <dd>{l.issuer}</dd>
      </div>
      <div className={row}>
        <dt className="text-slate-700">{t("verify.licence.issuedAt")}</dt>
        <dd>
          <DateTimeText date={l.issuedAt} locale={locale} />
        </dd>
      </div>
      <div className="grid gap-1 py-2 sm:grid-cols-[10rem_1fr]">
        <dt className="text-slate-700">{t("verify.licence.version")}</dt>
        <dd>{t("verify.licence.versionValue", { version: l.version })}</dd>
      </div>
    </dl>
  );
}
