import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listShares } from "@/lib/licences/list-shares";
import { PageHeading } from "@/components/ui/page-heading";
import { CreateShareForm } from "@/components/share/create-share-form";
import { ShareList } from "@/components/share/share-list";
import { createShareAction, revokeShareAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("share.metaTitle") };
}

/** 精准授权: the enterprise shares chosen licences by link, for a purpose and a time, and sees every view. */
export default async function MySharesPage() {
  const actor = await requirePagePermission("licence.viewOwn", "/my/shares");
  const { t, locale } = await getI18n();
  const { shares, shareable } = await listShares({ actor, now: new Date() });
  return (
    <div className="space-y-6">
      <PageHeading title={t("share.heading")} lead={t("share.lead")} />
      {actor.enterpriseId ? (
        <CreateShareForm licences={shareable} action={createShareAction} />
      ) : (
        <p className="rounded border border-amber-300 bg-amber-50 p-3">{t("share.noEnterprise")}</p>
      )}
      <ShareList shares={shares} t={t} locale={locale} revokeAction={revokeShareAction} />
    </div>
  );
}
