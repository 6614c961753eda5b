import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { listPublicInspectionPlans } from "@/lib/supervision/list-inspections";
import { PageHeading } from "@/components/ui/page-heading";
import { DrawAlgorithm } from "@/components/inspection/plan-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("inspection.public.metaTitle") };
}

/** 一公开: every drawn plan, with how far its results are published. No login. */
export default async function PublicInspectionsPage() {
  const { t } = await getI18n();
  const plans = await listPublicInspectionPlans({ actor: await getSessionUser(), now: new Date() });
  return (
    <div className="space-y-6">
      <PageHeading title={t("inspection.public.heading")} lead={t("inspection.public.lead")} />
      <DrawAlgorithm t={t} />
      {plans.length === 0 ? (
        <p className="text-slate-700" data-testid="public-plans-empty">
          {t("inspection.public.empty")}
        </p>
      ) : (
        <ul className="space-y-3" data-testid="public-plans">
          {plans.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/public/inspections/${p.id}`} className="text-brand-700 underline">
                  {p.name}
                </Link>
              </h2>
              <p className="text-sm">
                {p.department} · {t("inspection.period", { from: p.periodStart, to: p.periodEnd })}
              </p>
              <p className="text-sm">{t("inspection.regulator.drawnSummary", { drawn: p.inspections, targets: p.targetCount ?? 0, recorded: p.recorded })}</p>
              {p.overdue ? <p className="text-sm font-medium text-red-800">{t("inspection.regulator.overdue")}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
