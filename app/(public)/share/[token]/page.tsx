import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { isAppError } from "@/lib/errors";
import { openShare } from "@/lib/licences/open-share";
import { PageHeading } from "@/components/ui/page-heading";
import { formatDateTime } from "@/components/ui/date-time";
import { SharedLicenceCard } from "@/components/share/shared-licence-card";

export const dynamic = "force-dynamic";

// The link is a secret: not indexed, and not sent on as a referrer.
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("share.public.metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** A share link (精准授权), public: the chosen licences only, or a plain refusal when expired or revoked. */
export default async function SharedLicencesPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t, locale } = await getI18n();
  const opened = await openShare({ now: new Date(), token }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  });
  if (!opened) notFound();

  if (opened.outcome !== "SHOWN")
    return (
      <div className="space-y-6">
        <PageHeading title={t("share.public.refusedHeading")} />
        <div role="alert" className="space-y-2 rounded-lg border-2 border-red-700 bg-red-50 p-4" data-testid="share-refused" data-outcome={opened.outcome}>
          <p className="text-lg font-semibold text-red-900">
            {opened.outcome === "EXPIRED" ? t("share.public.expired", { time: formatDateTime(opened.expiresAt, locale) }) : t("share.public.revoked")}
          </p>
          <p className="text-slate-900">{t("share.public.refusedLead")}</p>
        </div>
      </div>
    );

  return (
    <div className="space-y-6">
      <PageHeading title={t("share.public.heading")} lead={t("share.public.lead", { purpose: opened.purpose })} />
      <p className="font-medium" data-testid="share-expires">
        {t("share.public.expiresAt", { time: formatDateTime(opened.expiresAt, locale) })}
      </p>
      <div className="space-y-4">
        {opened.licences.map((l) => (
          <SharedLicenceCard key={l.id} licence={l} t={t} />
        ))}
      </div>
    </div>
  );
}
