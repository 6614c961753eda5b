// One shared licence as the visitor sees it: its signed public facts, its status now and the check of its
// electronic signature (the same LicenceView the public verification page uses).
import type { LicenceView } from "@/lib/licences/licence-view";
import type { TFunction } from "@/lib/i18n/core";
import { LicenceStatusBadge, SignatureResult } from "@/components/licences/licence-status-badge";

export function SharedLicenceCard({ licence: l, t }: { licence: LicenceView; t: TFunction }) {
  const headingId = `shared-${l.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="shared-licence"
      data-number={l.number}
      data-status={l.status}
      data-signature={l.signature}
    >
      <h2 id={headingId} className="text-xl font-semibold">
        {t(`licenceKind.${l.kind}`)}
      </h2>
      <p className={`rounded-md p-2 font-semibold ${l.genuineAndValid ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}>
        {l.genuineAndValid ? t("share.public.genuine") : t("share.public.notGenuine")}
      </p>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="text-slate-700">{t("share.public.number")}</dt>
        <dd className="font-mono break-all">{l.number}</dd>
        <dt className="text-slate-700">{t("share.public.status")}</dt>
        <dd>
          <LicenceStatusBadge t={t} status={l.status} />
          {l.statusReason && l.status !== "VALID" ? <span className="block">{t("share.public.statusReason", { reason: l.statusReason })}</span> : null}
        </dd>
        <dt className="text-slate-700">{t("share.public.signature")}</dt>
        <dd>
          <SignatureResult check={l.signature} t={t} />
        </dd>
        <dt className="text-slate-700">{t("share.public.holder")}</dt>
        <dd className="break-words">{l.holderName}</dd>
        <dt className="text-slate-700">{t("share.public.uscc")}</dt>
        <dd className="font-mono">{l.uscc}</dd>
        {l.matter ? (
          <>
            <dt className="text-slate-700">{t("share.public.matter")}</dt>
            <dd className="break-words">{l.matter}</dd>
          </>
        ) : null}
        {l.items.length ? (
          <>
            <dt className="text-slate-700">{t("share.public.items")}</dt>
            <dd className="break-words">{l.items.join(t("common.listSeparator"))}</dd>
          </>
        ) : null}
        <dt className="text-slate-700">{t("share.public.validity")}</dt>
        <dd>
          {l.validUntil ? t("share.public.validityRange", { from: l.validFrom, until: l.validUntil }) : t("share.public.validityOpen", { from: l.validFrom })}
        </dd>
        <dt className="text-slate-700">{t("share.public.issuer")}</dt>
        <dd className="break-words">{l.issuer}</dd>
      </dl>
    </article>
  );
}
