import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { getRatingRanking } from "@/lib/metrics/get-rating-ranking";
import { PageHeading } from "@/components/ui/page-heading";
import { RatingDefinitions, RatingRankingTable } from "@/components/ratings/rating-ranking";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("ratings.public.metaTitle") };
}

/** 好差评公示 (rating.viewPublic: everyone, no login): units ranked by bad-rating rate, then rectification rate. */
export default async function PublicRatingsPage() {
  const { t } = await getI18n();
  const ranking = await getRatingRanking({ now: new Date() });
  return (
    <div className="space-y-6">
      <PageHeading title={t("ratings.public.heading")} lead={t("ratings.public.lead")} />
      <RatingRankingTable ranking={ranking} t={t} />
      <RatingDefinitions t={t} />
    </div>
  );
}
