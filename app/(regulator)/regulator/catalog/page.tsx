import type { ComponentProps, ReactNode } from "react";
import type { Locale, TFunction } from "@/lib/i18n/core";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listProposalsForReview } from "@/lib/catalog/list-proposals";
import { PageHeading } from "@/components/ui/page-heading";
import { ProposalCard } from "@/components/catalog-admin/proposal-card";

export const dynamic = "force-dynamic";

const DECIDED_SHOWN = 50;

/** 清单动态管理: the regulator reviews department proposals (晋中方案 三(二)) and imports/exports the list. */
export default async function RegulatorCatalogPage() {
  const actor = await requirePagePermission("catalog.publish", "/regulator/catalog");
  const { t, locale } = await getI18n();
  const { pending, decided } = await listProposalsForReview({ actor, decidedLimit: DECIDED_SHOWN });

  return (
    <div className="space-y-8">
      <PageHeading title={t("catalogAdmin.review.heading")} lead={t("catalogAdmin.review.lead")} />

      <section aria-labelledby="tools" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="tools" className="text-lg font-semibold">
          {t("catalogAdmin.review.toolsHeading")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("catalogAdmin.review.toolsLead")}</p>
        <p className="mt-3 flex flex-wrap gap-3">
          <a
            href="/matters/export.xlsx"
            className="rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
            data-testid="export-link"
          >
            {t("catalogAdmin.common.exportXlsx")}
          </a>
          <Link href="/regulator/catalog/import" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            {t("catalogAdmin.common.importXlsx")}
          </Link>
        </p>
      </section>

      <ProposalSection
        id="pending"
        heading={t("catalogAdmin.review.pendingHeading", { count: pending.length })}
        empty={t("catalogAdmin.review.pendingEmpty")}
        testId="pending-proposals"
        proposals={pending}
        t={t}
        locale={locale}
        action={(p) => (
          <Link
            href={`/regulator/catalog/proposals/${p.id}`}
            aria-label={t("catalogAdmin.review.openFor", { name: p.matter.name })}
            className="rounded-md bg-brand-700 px-4 py-1.5 font-medium text-white hover:bg-brand-800"
          >
            {t("catalogAdmin.review.open")}
          </Link>
        )}
      />
      <ProposalSection
        id="decided"
        heading={t("catalogAdmin.review.decidedHeading", { count: decided.length })}
        empty={t("catalogAdmin.review.decidedEmpty")}
        testId="decided-proposals"
        proposals={decided}
        t={t}
        locale={locale}
        action={(p) => (
          <Link
            href={`/regulator/catalog/proposals/${p.id}`}
            aria-label={t("catalogAdmin.review.viewFor", { name: p.matter.name })}
            className="text-brand-700 underline"
          >
            {t("catalogAdmin.review.view")}
          </Link>
        )}
      />
    </div>
  );
}

function ProposalSection<P extends ComponentProps<typeof ProposalCard>["p"]>(props: {
  id: string;
  heading: string;
  empty: string;
  testId: string;
  proposals: P[];
  t: TFunction;
  locale: Locale;
  action: (p: P) => ReactNode;
}) {
  const { id, heading, empty, testId, proposals, t, locale, action } = props;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {heading}
      </h2>
      {proposals.length === 0 ? (
        <p className="text-slate-700">{empty}</p>
      ) : (
        <ul className="space-y-4" data-testid={testId}>
          {proposals.map((p) => (
            <li key={p.id}>
              <ProposalCard t={t} locale={locale} p={p} action={action(p)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
