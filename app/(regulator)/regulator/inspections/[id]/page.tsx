import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getInspectionPlan, type PlanDetail } from "@/lib/supervision/list-inspections";
import { PageHeading } from "@/components/ui/page-heading";
import { DrawButton } from "@/components/inspection/plan-forms";
import { DrawAlgorithm, PlanFacts, PlanInspections } from "@/components/inspection/plan-view";
import { drawPlanAction } from "../actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("inspection.regulator.metaTitle") };
}

/** One plan: its terms, the draw (once), and every inspection with its result. */
export default async function InspectionPlanPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requirePagePermission("supervision.manage", `/regulator/inspections/${encodeURIComponent(id)}`);
  const { t, locale } = await getI18n();
  let plan: PlanDetail;
  try {
    plan = await getInspectionPlan({ actor, now: new Date(), planId: id });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/regulator/inspections" className="text-brand-700 underline">
          {t("inspection.regulator.back")}
        </Link>
      </p>
      <PageHeading title={t("inspection.regulator.detailHeading", { name: plan.name })} />
      <PlanFacts t={t} locale={locale} plan={plan} />
      {plan.drawnAt ? (
        <section aria-labelledby="plan-inspections-heading" className="space-y-2">
          <h2 id="plan-inspections-heading" className="text-lg font-semibold">
            {t("inspection.regulator.inspectionsHeading")}
          </h2>
          <p>
            <Link href={`/public/inspections/${plan.id}`} className="text-brand-700 underline">
              {t("inspection.quickLinkPublic")}
            </Link>
          </p>
          <PlanInspections t={t} locale={locale} plan={plan} />
        </section>
      ) : (
        <DrawButton planId={plan.id} action={drawPlanAction} />
      )}
      <DrawAlgorithm t={t} />
    </div>
  );
}
