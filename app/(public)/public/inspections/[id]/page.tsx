import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getPublicInspectionPlan, type PlanDetail } from "@/lib/supervision/list-inspections";
import { PageHeading } from "@/components/ui/page-heading";
import { DrawAlgorithm, PlanFacts, PlanInspections } from "@/components/inspection/plan-view";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("inspection.public.metaTitle") };
}

/** 一公开: one drawn plan — the basis to recompute the draw, the targets, the inspectors (masked), the results. */
export default async function PublicInspectionPlanPage({ params }: { params: Params }) {
  const { id } = await params;
  const { t, locale } = await getI18n();
  let plan: PlanDetail;
  try {
    plan = await getPublicInspectionPlan({ actor: await getSessionUser(), now: new Date(), planId: id });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  return (
    <div className="space-y-6">
      <PageHeading title={plan.name} lead={t("inspection.public.lead")} />
      <PlanFacts t={t} locale={locale} plan={plan} />
      <p>
        <a href={`/public/inspections/${plan.id}/draw.json`} className="text-brand-700 underline" download>
          {t("inspection.public.download")}
        </a>
      </p>
      <DrawAlgorithm t={t} />
      <PlanInspections t={t} locale={locale} plan={plan} />
    </div>
  );
}
